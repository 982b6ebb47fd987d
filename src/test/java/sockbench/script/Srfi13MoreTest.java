package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * SRFI-13's comparisons, case procedures, builders, in-place procedures and traversals, and the
 * optional [start end] of string-copy, string->list and string-map. Expected values are the SRFI
 * document's examples where it has them, else what srfi-13.scm (the egg) computes.
 */
class Srfi13MoreTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void start_and_end_of_string_copy_list_and_map() {
        assertThat(w("(list (string-copy \"abcde\" 1 3) (string-copy \"abcde\" 2) (string->list \"abcde\" 2) (string->list \"abcde\" 1 3))"))
                .isEqualTo("(\"bc\" \"cde\" (#\\c #\\d #\\e) (#\\b #\\c))");
        assertThat(w("(list (string-map char-upcase \"abcde\" 1 3) (string-map char-upcase \"abc\"))")).isEqualTo("(\"BC\" \"ABC\")");
        assertThat(w("(let ((s (make-string 4 #\\a))) (string-fill! s #\\z 1 3) s)")).isEqualTo("\"azza\"");
    }

    @Test
    void a_bad_range_raises_the_eggs_illegal_substring_errors() {
        String message = "(lambda (thunk) (condition-case (thunk) (e (exn) (list ((condition-property-accessor 'exn 'message) e)"
                + " ((condition-property-accessor 'exn 'location) e)))))";
        // srfi-13.scm's check-string-lengths: located at the literal symbol proc
        assertThat(w("(" + message + " (lambda () (string-copy \"abc\" 1 10)))")).isEqualTo("(\"Illegal substring END spec\" proc)");
        assertThat(w("(" + message + " (lambda () (string-copy \"abc\" -1)))")).isEqualTo("(\"Illegal substring START spec\" proc)");
        assertThat(w("(" + message + " (lambda () (string->list \"abc\" 2 1)))")).isEqualTo("(\"Illegal substring START/END spec\" proc)");
        assertThat(w("(" + message + " (lambda () (substring/shared \"abc\" 2 1)))"))
                .isEqualTo("(\"Illegal substring spec.\" check-substring-spec)");
    }

    @Test
    void comparisons_with_ranges() {
        assertThat(w("(list (string= \"abc\" \"abc\") (string< \"abc\" \"abd\") (string<> \"a\" \"a\") (string> \"b\" \"a\") (string<= \"ab\" \"abc\") (string>= \"a\" \"b\"))"))
                .isEqualTo("(#t #t #f #t #t #f)");
        assertThat(w("(list (string= \"xabc\" \"abc\" 1) (string-ci= \"aBc\" \"AbC\") (string-ci< \"ABC\" \"abd\") (string-ci<> \"a\" \"A\"))"))
                .isEqualTo("(#t #t #t #f)");
        // the egg: the mismatch index in s1, or end1 when s1's part is a prefix of s2's
        String procs = " (lambda (i) (list '< i)) (lambda (i) (list '= i)) (lambda (i) (list '> i)))";
        assertThat(w("(list (string-compare \"abcd\" \"abxy\"" + procs + " (string-compare \"ab\" \"abc\"" + procs
                + " (string-compare \"abc\" \"abc\"" + procs + " (string-compare-ci \"ABz\" \"abc\"" + procs + ")"))
                .isEqualTo("((< 2) (< 2) (= 3) (> 2))");
        assertThat(w("(list (string-prefix-length \"abcdef\" \"abxy\") (string-suffix-length \"xyzdef\" \"abdef\") (string-prefix-length-ci \"ABc\" \"abd\"))"))
                .isEqualTo("(2 3 2)");
    }

    @Test
    void titlecase_and_case_in_place() {
        // SRFI-13's examples
        assertThat(w("(string-titlecase \"--capitalize tHIS sentence.\")")).isEqualTo("\"--Capitalize This Sentence.\"");
        assertThat(w("(string-titlecase \"see Spot run. see Nix run.\")")).isEqualTo("\"See Spot Run. See Nix Run.\"");
        assertThat(w("(string-titlecase \"3com makes routers.\")")).isEqualTo("\"3Com Makes Routers.\"");
        assertThat(w("(let ((s (string-copy \"hello world\"))) (string-titlecase! s 6) s)")).isEqualTo("\"hello World\"");
        assertThat(w("(let ((s (string-copy \"hello\"))) (string-upcase! s 0 2) (string-downcase! s 0 1) s)")).isEqualTo("\"hEllo\"");
    }

    @Test
    void builders() {
        assertThat(w("(list (string-tabulate (lambda (i) (integer->char (+ i 65))) 4) (reverse-list->string '(#\\a #\\b #\\c)))"))
                .isEqualTo("(\"ABCD\" \"cba\")");
        // SRFI-13: (string-unfold null? car cdr lis) is list->string; base in front, make-final's string behind
        assertThat(w("(list (string-unfold null? car cdr '(#\\a #\\b)) (string-unfold null? car cdr '(#\\a #\\b) \"<\" (lambda (x) \">\")))"))
                .isEqualTo("(\"ab\" \"<ab>\")");
        // string-unfold-right builds from the right: make-final's string first, base last
        assertThat(w("(string-unfold-right null? car cdr '(#\\a #\\b) \"<\" (lambda (x) \">\"))")).isEqualTo("\">ba<\"");
        assertThat(w("(string-replace \"The TCP stack\" \"UDP\" 4 7)")).isEqualTo("\"The UDP stack\"");
        assertThat(w("(list (string-concatenate-reverse '(\"c\" \"b\" \"a\")) (string-concatenate-reverse '(\"c\" \"b\" \"a\") \"xyz\" 2))"))
                .isEqualTo("(\"abc\" \"abcxy\")");
        assertThat(w("(list (string-append/shared \"a\" \"\" \"b\") (string-concatenate/shared '(\"x\" \"y\")) (substring/shared \"hello\" 1 3))"))
                .isEqualTo("(\"ab\" \"xy\" \"el\")");
        assertThat(w("(let ((s \"abc\")) (list (eq? s (substring/shared s 0)) (eq? s (string-append/shared \"\" s)) (eq? s (string-concatenate-reverse/shared (list s)))))"))
                .isEqualTo("(#t #t #t)");
    }

    @Test
    void xsubstring_replicates() {
        // SRFI-13's examples
        assertThat(w("(list (xsubstring \"abcdef\" 2) (xsubstring \"abcdef\" -2) (xsubstring \"abc\" 0 7))"))
                .isEqualTo("(\"cdefab\" \"efabcd\" \"abcabca\")");
        assertThat(w("(list (xsubstring \"abcdef\" 2 8) (xsubstring \"abcdef\" 3 3) (xsubstring \"xabcx\" 0 5 1 4))"))
                .isEqualTo("(\"cdefab\" \"\" \"abcab\")");
        assertThat(w("(condition-case (xsubstring \"\" 0 2) ((exn) 'error))")).isEqualTo("error");
    }

    @Test
    void in_place() {
        assertThat(w("(let ((s (make-string 5 #\\-))) (string-copy! s 1 \"abc\") s)")).isEqualTo("\"-abc-\"");
        assertThat(w("(let ((s (string-copy \"abcde\"))) (string-copy! s 1 s 0 3) s)")).isEqualTo("\"aabce\"");
        assertThat(w("(condition-case (string-copy! (make-string 2) 1 \"abc\") ((exn) 'error))")).isEqualTo("error");
        assertThat(w("(let ((s (string-copy \"hello\"))) (string-reverse! s) s)")).isEqualTo("\"olleh\"");
        assertThat(w("(let ((s (string-copy \"hello\"))) (string-reverse! s 1 4) s)")).isEqualTo("\"hlleo\"");
        assertThat(w("(let ((s (string-copy \"abc\"))) (string-map! char-upcase s 1) s)")).isEqualTo("\"aBC\"");
        assertThat(w("(let ((s (make-string 7 #\\.))) (string-xcopy! s 0 \"abc\" 1 8) s)")).isEqualTo("\"bcabcab\"");
    }

    @Test
    void every_any_fold_right_and_index_walks() {
        assertThat(w("(list (string-every char-numeric? \"123\") (string-every #\\a \"aab\") (string-every char-set:digit \"12\") (string-every #\\a \"\"))"))
                .isEqualTo("(#t #f #t #t)");
        // with a predicate, the value of its last call (string-every) or first true one (string-any)
        assertThat(w("(list (string-every char->integer \"ab\") (string-any (lambda (c) (and (char=? c #\\b) 'found)) \"abc\") (string-any #\\z \"abc\"))"))
                .isEqualTo("(98 found #f)");
        assertThat(w("(condition-case (string-any 3 \"\") ((exn) 'error))")).isEqualTo("error");
        assertThat(w("(list (string-fold-right cons '() \"abc\") (string-fold-right cons '() \"abcd\" 1 3))"))
                .isEqualTo("((#\\a #\\b #\\c) (#\\b #\\c))");
        assertThat(w("(let ((seen '())) (string-for-each-index (lambda (i) (set! seen (cons i seen))) \"abcd\" 1) seen)"))
                .isEqualTo("(3 2 1)");
    }
}
