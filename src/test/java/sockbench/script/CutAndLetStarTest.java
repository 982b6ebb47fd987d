package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * SRFI-26's cut and cute and SRFI-2's and-let*, which CHICKEN 5 has in chicken.base; the expected
 * values are the SRFIs' own examples, and chicken-syntax.scm's and-let* for an empty body.
 */
class CutAndLetStarTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void cut_specializes_the_slots_left_to_right() {
        // SRFI-26: (cut list 1 <> 3 <> 5) is (lambda (x2 x4) (list 1 x2 3 x4 5))
        assertThat(w("((cut list 1 <> 3 <> 5) 'a 'b)")).isEqualTo("(1 a 3 b 5)");
        assertThat(w("((cut list))")).isEqualTo("()");
        // (cut list 1 <> 3 <...>) is (lambda (x2 . xs) (apply list 1 x2 3 xs))
        assertThat(w("((cut list 1 <> 3 <...>) 2 4 5)")).isEqualTo("(1 2 3 4 5)");
        // (cut <> a b) is (lambda (f) (f a b))
        assertThat(w("((cut <> 3 4) +)")).isEqualTo("7");
        assertThat(w("(map (cut cons 0 <>) '(1 2))")).isEqualTo("((0 . 1) (0 . 2))");
    }

    @Test
    void cut_evaluates_its_expressions_at_each_call_and_cute_once() {
        // SRFI-26: (let* ((x 'wrong) (y (cut list x))) (set! x 'ok) (y)) is (ok)
        assertThat(w("(let* ((x 'wrong) (y (cut list x))) (set! x 'ok) (y))")).isEqualTo("(ok)");
        assertThat(w("(let ((a 0)) (map (cut + (begin (set! a (+ a 1)) a) <>) '(1 2)))")).isEqualTo("(2 4)");
        assertThat(w("(let ((a 0)) (map (cute + (begin (set! a (+ a 1)) a) <>) '(1 2)))")).isEqualTo("(2 3)");
    }

    @Test
    void the_macros_temporaries_do_not_capture_the_users_names() {
        assertThat(w("(let ((x 10)) ((cut list x <>) 1))")).isEqualTo("(10 1)");
        assertThat(w("(let ((v 10) (rest 3)) ((cute list v rest <> <...>) 1 2))")).isEqualTo("(10 3 1 2)");
        assertThat(w("(let ((v 7)) (and-let* (((> v 3)) (w v)) (list v w)))")).isEqualTo("(7 7)");
    }

    @Test
    void and_let_star_binds_tests_and_short_circuits() {
        // SRFI-2's examples
        assertThat(w("(and-let* () 1)")).isEqualTo("1");
        assertThat(w("(and-let* () 1 2)")).isEqualTo("2");
        assertThat(w("(and-let* ())")).isEqualTo("#t");
        assertThat(w("(let ((x #f)) (and-let* (x)))")).isEqualTo("#f");
        assertThat(w("(let ((x 1)) (and-let* (x)))")).isEqualTo("1");
        assertThat(w("(and-let* ((x #f)))")).isEqualTo("#f");
        assertThat(w("(and-let* ((x 1)))")).isEqualTo("1");
        assertThat(w("(and-let* ((x #f) (y (car x))))")).isEqualTo("#f");
        assertThat(w("(let ((x 1)) (and-let* (x ((positive? x))) (+ x 1)))")).isEqualTo("2");
        assertThat(w("(let ((x 0)) (and-let* (x ((positive? x))) (+ x 1)))")).isEqualTo("#f");
    }

    @Test
    void the_interpreters_readings_of_chicken_syntax() {
        // in csi, define-constant and define-inline define; the and assume drop their types; define-type is nothing
        assertThat(w("(define-constant k 42) k")).isEqualTo("42");
        assertThat(w("(define-inline (sq x) (* x x)) (sq 7)")).isEqualTo("49");
        assertThat(w("(the fixnum (+ 1 2))")).isEqualTo("3");
        assertThat(w("(let ((z 9)) (assume ((z fixnum)) (+ z 1)))")).isEqualTo("10");
        assertThat(w("(begin (define-type point (pair fixnum fixnum)) 'ok)")).isEqualTo("ok");
        assertThat(w("(define-for-syntax (helper) 5) (helper)")).isEqualTo("5");
    }
}
