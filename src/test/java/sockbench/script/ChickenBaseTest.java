package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** chicken.base's odds and ends, from CHICKEN 5.3's manual (Module (chicken base)) and library.scm. */
class ChickenBaseTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void foldl_and_foldr_take_their_arguments_in_their_own_order() {
        // manual: (foldl f z l) calls (f z x) left to right; (foldr f z l) calls (f x z) from the right
        assertThat(w("(foldl cons '() '(1 2 3))")).isEqualTo("(((() . 1) . 2) . 3)");
        assertThat(w("(foldr cons '() '(1 2 3))")).isEqualTo("(1 2 3)");
        assertThat(w("(foldl - 0 '(1 2 3))")).isEqualTo("-6");
        assertThat(console.raised("(foldl + 0 5)"))
                .isEqualTo("((exn message \"bad argument type - not a list\" arguments (5) location foldl) (type))");
    }

    @Test
    void chop_cuts_a_list_into_pieces_of_n() {
        assertThat(w("(chop '(a b c d e) 2)")).isEqualTo("((a b) (c d) (e))");
        assertThat(w("(chop '() 3)")).isEqualTo("()");
        assertThat(console.raised("(chop '(1) 0)"))
                .isEqualTo("((exn message \"invalid numeric argument\" arguments (0) location chop))");
    }

    @Test
    void rassoc_atom_and_tail() {
        assertThat(w("(rassoc 2 '((a . 1) (b . 2)))")).isEqualTo("(b . 2)");
        assertThat(w("(rassoc \"x\" '((a . \"x\")) string=?)")).isEqualTo("(a . \"x\")");
        assertThat(w("(rassoc 9 '((a . 1)))")).isEqualTo("#f");
        assertThat(w("(list (atom? 1) (atom? '()) (atom? '(1)))")).isEqualTo("(#t #t #f)");
        assertThat(w("(let ((l (list 1 2 3))) (list (tail? (cddr l) l) (tail? (list 3) l) (tail? '() l)))")).isEqualTo("(#t #f #t)");
    }

    @Test
    void numbers_signum_and_the_paired_divisions() {
        assertThat(w("(list (signum -7) (signum 0) (signum 3/4) (signum -2.5))")).isEqualTo("(-1 0 1 -1.0)");
        assertThat(w("(receive (q r) (quotient&remainder -7 2) (list q r))")).isEqualTo("(-3 -1)");
        assertThat(w("(receive (q m) (quotient&modulo -7 2) (list q m))")).isEqualTo("(-3 1)");
        // manual: (exact-integer-nth-root k n) returns s and r with k = s^n + r
        assertThat(w("(receive (s r) (exact-integer-nth-root 100 3) (list s r))")).isEqualTo("(4 36)");
        assertThat(w("(receive (s r) (exact-integer-nth-root (expt 10 40) 4) (list s r))")).isEqualTo("(10000000000 0)");
    }

    @Test
    void equal_numerically_compares_numbers_by_equals() {
        // manual: like equal?, but numbers are compared with =
        assertThat(w("(list (equal=? '(1 #(2)) '(1.0 #(2.0))) (equal? 1 1.0) (equal=? \"a\" \"a\") (equal=? 1 2))"))
                .isEqualTo("(#t #f #t #f)");
    }

    @Test
    void ports_tell_whether_they_are_open() {
        assertThat(w("(let ((p (open-input-string \"x\"))) (let ((before (input-port-open? p))) (close-input-port p)"
                + " (list before (input-port-open? p) (port-closed? p))))")).isEqualTo("(#t #f #t)");
        assertThat(w("(output-port-open? (open-output-string))")).isEqualTo("#t");
    }

    @Test
    void an_uninterned_symbol_is_never_the_interned_one() {
        assertThat(w("(let ((s (string->uninterned-symbol \"car\"))) (list (symbol->string s) (eq? s 'car)))"))
                .isEqualTo("(\"car\" #f)");
    }

    @Test
    void warning_prints_as_the_signal_hook_prints_it() {
        console.eval("(warning \"low on\" 'memory) (warning \"two\" 1 \"b\") (warning \"none\")");
        assertThat(console.errors()).isEqualTo("\nWarning: low on: memory\n\nWarning: two\n1\n\"b\"\n\nWarning: none\n");
    }
}
