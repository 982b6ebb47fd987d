package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * (chicken irregex), from the examples of CHICKEN 5's manual ("Module (chicken irregex)") and the
 * rules of irregex-core.scm (CHICKEN 5.3.0) where the manual is silent. "#t" stands for the
 * manual's {@code #<match>}: a match object.
 */
class IrregexTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    /** Whether each subject gives a match, as a list of #t/#f. */
    private String matches(String procedure, String sre, String... subjects) {
        StringBuilder list = new StringBuilder("'(");
        for (String s : subjects) {
            list.append('"').append(s).append("\" ");
        }
        return w("(map (lambda (s) (irregex-match-data? (" + procedure + " " + sre + " s))) " + list + "))");
    }

    @Test
    void search_is_case_sensitive_unless_told_otherwise() {
        assertThat(w("(irregex-search \"foobar\" \"abcFOOBARdef\")")).isEqualTo("#f");
        assertThat(w("(irregex-match-data? (irregex-search (irregex \"foobar\" 'i) \"abcFOOBARdef\"))")).isEqualTo("#t");
        assertThat(w("(irregex-match-data? (irregex-search '(w/nocase \"foobar\") \"abcFOOBARdef\"))")).isEqualTo("#t");
        assertThat(matches("irregex-search", "'(w/nocase \"SMALL\" (w/case \"BIG\"))", "smallBIGsmall")).isEqualTo("(#t)");
        assertThat(matches("irregex-search", "'(w/nocase \"small\" (w/case \"big\"))", "smallBIGsmall")).isEqualTo("(#f)");
    }

    @Test
    void match_is_anchored_at_both_ends() {
        assertThat(w("(irregex-match '(w/nocase \"foobar\") \"abcFOOBARdef\")")).isEqualTo("#f");
        assertThat(w("(irregex-match? '(w/nocase \"foobar\") \"FOOBAR\")")).isEqualTo("#t");
        assertThat(matches("irregex-match", "'(* #\\-)", "---", "-_-")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-match", "'(* (\"aeiou\"))", "oui", "ouais")).isEqualTo("(#t #f)");
    }

    @Test
    void sequences_alternatives_and_repetitions() {
        assertThat(matches("irregex-search", "'(: \"one\" space \"two\" space \"three\")", "one two three")).isEqualTo("(#t)");
        assertThat(matches("irregex-search", "'(or \"eeney\" \"meeney\" \"miney\")", "meeney", "moe")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-search", "'(: \"match\" (? \"es\") \"!\")", "matches!", "match!", "matche!"))
                .isEqualTo("(#t #t #f)");
        assertThat(matches("irregex-search", "'(: \"<\" (* (~ #\\>)) \">\")", "<html>", "<>", "<html")).isEqualTo("(#t #t #f)");
        assertThat(matches("irregex-search", "'(: \"<\" (+ (~ #\\>)) \">\")", "<html>", "<a>", "<>")).isEqualTo("(#t #t #f)");
        assertThat(matches("irregex-search", "'(: \"<\" (>= 3 (~ #\\>)) \">\")", "<table>", "<pre>", "<tr>")).isEqualTo("(#t #t #f)");
        assertThat(matches("irregex-search", "'(: \"<\" (= 4 (~ #\\>)) \">\")", "<html>", "<table>")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-search", "'(: (= 3 (** 1 3 numeric) \".\") (** 1 3 numeric))", "192.168.1.10", "192.0168.1.10"))
                .isEqualTo("(#t #f)");
    }

    @Test
    void character_sets_ranges_and_their_algebra() {
        assertThat(matches("irregex-match", "'(* (/ \"AZ09\"))", "R2D2", "C-3PO")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-match", "'(* (& (/ \"az\") (~ (\"aeiou\"))))", "xyzzy", "vowels")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-match", "'(* (- (/ \"az\") (\"aeiou\")))", "xyzzy", "vowels")).isEqualTo("(#t #f)");
        // irregex-core's named sets are ASCII, and space is space, tab and newline only
        assertThat(matches("irregex-match", "'(+ space)", " \t\n", "\r")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-match", "'punct", "!", "$")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-match", "\"[[:alpha:]]+\"", "abcXYZ", "abc1")).isEqualTo("(#t #f)");
    }

    @Test
    void assertions() {
        assertThat(matches("irregex-search", "'(: \"foo\" eow)", "foo", "foo!", "foof")).isEqualTo("(#t #t #f)");
        assertThat(matches("irregex-search", "'(: \"foo\" nwb)", "foo", "foo!", "foof")).isEqualTo("(#f #f #t)");
        assertThat(matches("irregex-search", "'(: \"regular\" (look-ahead \" expression\"))", "regular expression"))
                .isEqualTo("(#t)");
        // "$" is eos, not "before a final newline"
        assertThat(matches("irregex-search", "\"a$\"", "a", "a\n")).isEqualTo("(#t #f)");
        assertThat(matches("irregex-search", "(irregex \"^b\" 'm)", "a\nb")).isEqualTo("(#t)");
    }

    @Test
    void submatches_by_number_and_name() {
        console.eval("(define m (irregex-search \"(?<key>[^:]+): *(.*)\" \"Host: example.org\"))");
        assertThat(w("(list (irregex-match-substring m) (irregex-match-substring m 'key) (irregex-match-substring m 2))"))
                .isEqualTo("(\"Host: example.org\" \"Host\" \"example.org\")");
        assertThat(w("(list (irregex-match-start-index m 2) (irregex-match-end-index m 2) (irregex-match-num-submatches m))"))
                .isEqualTo("(6 17 2)");
        assertThat(w("(irregex-match-names m)")).isEqualTo("((key . 1))");
        // a submatch that took no part is #f; an index beyond them is an error
        assertThat(w("(irregex-match-substring (irregex-search \"a(b)?c|d\" \"xd\") 1)")).isEqualTo("#f");
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(irregex-match-substring m 3)"));
        assertThat(e.getMessage()).contains("(irregex-match-substring) not a valid index");
        assertThat(w("(irregex-num-submatches (irregex '(: ($ \"a\") (=> x \"b\"))))")).isEqualTo("2");
        assertThat(w("(irregex-names (irregex '(: ($ \"a\") (=> x \"b\"))))")).isEqualTo("((x . 2))");
    }

    @Test
    void replace_as_the_manual_shows() {
        assertThat(w("(irregex-replace \"[aeiou]\" \"hello world\" \"*\")")).isEqualTo("\"h*llo world\"");
        assertThat(w("(irregex-replace/all \"[aeiou]\" \"hello world\" \"*\")")).isEqualTo("\"h*ll* w*rld\"");
        assertThat(w("(irregex-replace/all '(* \"foo \") \"foo foo platter\" \"*\")")).isEqualTo("\"**p*l*a*t*t*e*r\"");
        assertThat(w("(irregex-replace \"(.)(.)\" \"ab\" 2 1 \"*\")")).isEqualTo("\"ba*\"");
        assertThat(w("(irregex-replace \"...bar\" \"xxfoobar\" (lambda (m) (string-reverse (irregex-match-substring m))))"))
                .isEqualTo("\"xxraboof\"");
        assertThat(w("(irregex-replace \"(...)(bar)\" \"xxfoobar\" 2 (lambda (m) (string-reverse (irregex-match-substring m 1))))"))
                .isEqualTo("\"xxbaroof\"");
        // no match: the string itself
        assertThat(w("(let ((s \"abc\")) (eq? s (irregex-replace \"x\" s \"y\")))")).isEqualTo("#t");
    }

    @Test
    void split_extract_and_fold() {
        assertThat(w("(irregex-split \"[aeiou]*\" \"foobarbaz\")")).isEqualTo("(\"f\" \"b\" \"r\" \"b\" \"z\")");
        assertThat(w("(irregex-extract \"[aeiou]*\" \"foobarbaz\")")).isEqualTo("(\"\" \"oo\" \"\" \"a\" \"\" \"\" \"a\" \"\")");
        // irregex-split drops the empty pieces between adjacent matches and at the end
        assertThat(w("(irregex-split \",\" \"a,,b,\")")).isEqualTo("(\"a\" \"b\")");
        assertThat(w("(map irregex-match-substring (irregex-fold \"[0-9]+\" (lambda (i m s) (cons m s)) '() \"a1b22c333\""
                + " (lambda (i s) (reverse s))))")).isEqualTo("(\"1\" \"22\" \"333\")");
        // kons is given the index the search began from: the end of the last match
        assertThat(w("(irregex-fold \"b\" (lambda (i m s) (cons i s)) '() \"abcabc\")")).isEqualTo("(2 0)");
    }

    @Test
    void posix_strings_read_into_sres() {
        assertThat(w("(string->sre \"ab|c\")")).isEqualTo("(or \"ab\" \"c\")");
        // a repetition takes the last char alone, as irregex-core's collect/single does
        assertThat(w("(string->sre \"ab+\")")).isEqualTo("(: \"a\" (+ #\\b))");
        assertThat(w("(string->sre \"a+?\")")).isEqualTo("(**? 1 #f #\\a)");
        assertThat(w("(irregex-quote \"a.b*c\")")).isEqualTo("\"a\\\\.b\\\\*c\"");
        assertThat(w("(irregex-match-substring (irregex-search \"^HTTP/1\\\\.[01] ([0-9]{3})\" \"HTTP/1.1 200 OK\") 1)"))
                .isEqualTo("\"200\"");
        assertThat(w("(list (irregex? (irregex \"a\")) (irregex? \"a\"))")).isEqualTo("(#t #f)");
        assertThat(w("(irregex \"a\")")).isEqualTo("#<regexp>");
    }

    @Test
    void bad_patterns_and_arguments_are_errors_naming_them() {
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(irregex \"(ab\")"));
        assertThat(e.getMessage()).contains("unterminated parenthesis");
        e = catchThrowableOfType(SchemeError.class, () -> console.eval("(irregex-search \"a\" 5)"));
        assertThat(e.getMessage()).contains("(irregex-search) not a string: 5");
        e = catchThrowableOfType(SchemeError.class, () -> console.eval("(irregex '(frobnicate \"a\"))"));
        assertThat(e.getMessage()).contains("(frobnicate \"a\")");
        // the chunked API is named as not provided, not as unbound
        e = catchThrowableOfType(SchemeError.class, () -> console.eval("(make-irregex-chunker car car)"));
        assertThat(e.getMessage()).contains("not provided by this console");
    }
}
