package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SRFI-14 character sets, from the SRFI's text (examples and its Latin-1 table of the standard sets). */
class Srfi14Test {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    /** The members of a set in ascending order, whatever order a procedure gives them in. */
    private String sorted(String setExpression) {
        return w("(sort (char-set->list " + setExpression + ") char<?)");
    }

    @Test
    void algebra_of_union_intersection_difference_xor_and_complement() {
        console.eval("(define abcd (string->char-set \"abcd\")) (define bce (string->char-set \"bce\"))");
        assertThat(sorted("(char-set-union abcd bce)")).isEqualTo("(#\\a #\\b #\\c #\\d #\\e)");
        assertThat(sorted("(char-set-intersection abcd bce)")).isEqualTo("(#\\b #\\c)");
        assertThat(sorted("(char-set-difference abcd bce)")).isEqualTo("(#\\a #\\d)");
        assertThat(sorted("(char-set-xor abcd bce)")).isEqualTo("(#\\a #\\d #\\e)");
        assertThat(w("(char-set-size (char-set-complement abcd))")).isEqualTo("252");
        assertThat(w("(char-set-contains? (char-set-complement abcd) #\\a)")).isEqualTo("#f");
        // The SRFI: with no arguments union and xor give the empty set, intersection the full one.
        assertThat(w("(list (char-set-size (char-set-union)) (char-set-size (char-set-intersection)) (char-set-size (char-set-xor)))"))
                .isEqualTo("(0 256 0)");
        assertThat(w("(call-with-values (lambda () (char-set-diff+intersection abcd bce)) (lambda (d i) (list (char-set->string d) (char-set->string i))))"))
                .isEqualTo("(\"ad\" \"bc\")");
    }

    @Test
    void linear_update_procedures_change_their_first_set() {
        console.eval("(define cs (char-set #\\a))");
        console.eval("(char-set-adjoin! cs #\\b #\\c)");
        assertThat(w("(char-set->string cs)")).isEqualTo("\"abc\"");
        console.eval("(char-set-delete! cs #\\a)");
        console.eval("(char-set-union! cs (char-set #\\z))");
        assertThat(w("(char-set->string cs)")).isEqualTo("\"bcz\"");
        // The pure forms leave their arguments alone.
        console.eval("(char-set-adjoin cs #\\q) (char-set-intersection cs char-set:empty)");
        assertThat(w("(char-set->string cs)")).isEqualTo("\"bcz\"");
    }

    @Test
    void comparisons_and_queries() {
        assertThat(w("(char-set= (char-set #\\a #\\b) (string->char-set \"ba\") (list->char-set '(#\\b #\\a)))")).isEqualTo("#t");
        assertThat(w("(char-set= (char-set #\\a) (char-set #\\b))")).isEqualTo("#f");
        assertThat(w("(list (char-set=) (char-set<=))")).isEqualTo("(#t #t)");
        assertThat(w("(char-set<= (char-set #\\a) (char-set #\\a #\\b) char-set:letter)")).isEqualTo("#t");
        assertThat(w("(char-set<= char-set:letter (char-set #\\a))")).isEqualTo("#f");
        assertThat(w("(char-set-count char-upper-case? (string->char-set \"aBcD\"))")).isEqualTo("2");
        assertThat(w("(char-set-every char-lower-case? (string->char-set \"abc\"))")).isEqualTo("#t");
        assertThat(w("(char-set-any char-upper-case? (string->char-set \"abc\"))")).isEqualTo("#f");
        assertThat(w("(char-set? char-set:digit)")).isEqualTo("#t");
        // A char-set is a record, not a procedure.
        assertThat(w("(list (procedure? char-set:digit) (char-set? \"abc\"))")).isEqualTo("(#f #f)");
    }

    @Test
    void the_srfis_fold_unfold_and_cursor_examples() {
        console.eval("(define cs (string->char-set \"aBcD\"))");
        // "(char-set-fold cons '() cs)" lists the chars; counting with it gives the size.
        assertThat(w("(sort (char-set-fold cons '() cs) char<?)")).isEqualTo("(#\\B #\\D #\\a #\\c)");
        assertThat(w("(char-set-fold (lambda (c i) (+ i 1)) 0 cs)")).isEqualTo("4");
        assertThat(w("(char-set-fold (lambda (c i) (if (char-upper-case? c) (+ i 1) i)) 0 cs)")).isEqualTo("2");
        // "(list->char-set lis) = (char-set-unfold car null? cdr lis)"
        assertThat(w("(char-set= (char-set-unfold car null? cdr '(#\\x #\\y)) (list->char-set '(#\\x #\\y)))")).isEqualTo("#t");
        // The cursor loop of the SRFI collects every member.
        assertThat(w("""
                (sort (let lp ((cur (char-set-cursor cs)) (ans '()))
                        (if (end-of-char-set? cur) ans
                            (lp (char-set-cursor-next cs cur) (cons (char-set-ref cs cur) ans))))
                      char<?)
                """)).isEqualTo("(#\\B #\\D #\\a #\\c)");
        assertThat(w("(char-set->string (char-set-map char-downcase cs))")).isEqualTo("\"abcd\"");
        assertThat(w("(char-set->string (char-set-filter char-upper-case? cs (char-set #\\z)))")).isEqualTo("\"BDz\"");
        console.eval("(define seen '()) (char-set-for-each (lambda (c) (set! seen (cons c seen))) (char-set #\\1 #\\2))");
        assertThat(w("(sort seen char<?)")).isEqualTo("(#\\1 #\\2)");
    }

    @Test
    void constructors_from_ranges_and_coercion() {
        // ucs-range->char-set: codes from lower up to, not including, upper.
        assertThat(w("(char-set->string (ucs-range->char-set 97 101))")).isEqualTo("\"abcd\"");
        assertThat(w("(char-set->string (->char-set \"hello\"))")).isEqualTo("\"ehlo\"");
        assertThat(w("(char-set->string (->char-set #\\q))")).isEqualTo("\"q\"");
        assertThat(w("(char-set->string (char-set-copy (char-set #\\k)))")).isEqualTo("\"k\"");
        assertThat(w("(char-set->string (string->char-set \"xy\" (char-set #\\a)))")).isEqualTo("\"axy\"");
    }

    @Test
    void standard_sets_as_the_srfis_latin_1_table_defines_them() {
        assertThat(w("""
                (map char-set-size (list char-set:lower-case char-set:upper-case char-set:title-case char-set:letter
                                         char-set:digit char-set:letter+digit char-set:punctuation char-set:symbol
                                         char-set:graphic char-set:whitespace char-set:printing char-set:blank
                                         char-set:iso-control char-set:hex-digit char-set:ascii char-set:empty char-set:full))
                """)).isEqualTo("(59 56 0 117 10 127 29 27 183 7 190 3 65 22 128 0 256)");
        // Latin-1 letters: sharp s and y-diaeresis are lower case, the division sign is not; ª º are letters.
        assertThat(w("(map (lambda (n) (char-set-contains? char-set:lower-case (integer->char n))) '(#xDF #xFF #xF7 #xB5))"))
                .isEqualTo("(#t #t #f #t)");
        assertThat(w("(map (lambda (n) (char-set-contains? char-set:letter (integer->char n))) '(#xAA #xBA #xD7))"))
                .isEqualTo("(#t #t #f)");
        assertThat(w("(char-set-contains? char-set:whitespace (integer->char #xA0))")).isEqualTo("#t");
        assertThat(w("(map (lambda (c) (char-set-contains? char-set:punctuation c)) (string->list \"!_{$\"))"))
                .isEqualTo("(#t #t #t #f)");
        assertThat(w("(char-set-contains? char-set:symbol #\\$)")).isEqualTo("#t");
    }

    @Test
    void srfi_13_procedures_take_the_sets() {
        assertThat(w("(string-tokenize \"one, two;three\" char-set:letter)")).isEqualTo("(\"one\" \"two\" \"three\")");
        assertThat(w("(string-index \"abc123\" char-set:digit)")).isEqualTo("3");
        assertThat(w("(string-trim-both \"  x  \")")).isEqualTo("\"x\"");
    }

    @Test
    void bad_arguments_are_named() {
        assertThatThrownBy(() -> console.eval("(char-set-union (char-set #\\a) \"b\")")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("bad argument type - not a char-set: \"b\"");
        // (char-set-difference cs1 . rest): C_bad_min_argc_2, "too few arguments"
        assertThatThrownBy(() -> console.eval("(char-set-difference)")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("too few arguments - received 0 but expected 1");
    }
}
