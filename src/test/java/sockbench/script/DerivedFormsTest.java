package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Forms from R7RS 4.2 and CHICKEN's manual (Module (chicken base)): case-lambda, promises,
 * fluid-let, let-optionals, optional, case with =>, assert, receive, define-values, parameterize
 * with converters; and local bindings that shadow special forms (R7RS 3.1).
 */
class DerivedFormsTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void r7rs_case_lambda_chooses_the_clause_by_argument_count() {
        console.eval("""
                (define range
                  (case-lambda
                    ((e) (range 0 e))
                    ((b e) (do ((r '() (cons e r)) (e (- e 1) (- e 1))) ((< e b) r)))))
                (define plus (case-lambda (() 0) ((x) x) ((x y) (+ x y)) ((x y . rest) (apply plus (+ x y) rest))))
                """);
        assertThat(w("(range 3)")).isEqualTo("(0 1 2)");
        assertThat(w("(range 3 5)")).isEqualTo("(3 4)");
        assertThat(w("(list (plus) (plus 1) (plus 1 2) (plus 1 2 3 4))")).isEqualTo("(0 1 3 10)");
        // chicken-syntax.scm: case-lambda is a lambda of the fewest required parameters and a rest list
        assertThatThrownBy(() -> console.eval("((case-lambda ((a) a)))")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("too few arguments - received 0 but expected 1");
    }

    @Test
    void r7rs_promises_delay_force_make_promise_and_delay_force() {
        assertThat(w("(force (delay (+ 1 2)))")).isEqualTo("3");
        assertThat(w("(let ((p (delay (+ 1 2)))) (list (force p) (force p)))")).isEqualTo("(3 3)");
        // R7RS: a promise that forces itself while running keeps its first value
        assertThat(w("""
                (define count 0)
                (define p (delay (begin (set! count (+ count 1)) (if (> count x) count (force p)))))
                (define x 5)
                (force p)
                """)).isEqualTo("6");
        // R7RS: the stream loop runs in constant space with delay-force
        assertThat(w("""
                (define (loop n) (delay-force (if (= n 0) (delay 'done) (loop (- n 1)))))
                (force (loop 100000))
                """)).isEqualTo("done");
        assertThat(w("(list (promise? (make-promise 1)) (force (make-promise 7)) (force 5))")).isEqualTo("(#t 7 5)");
        assertThat(w("(let ((side 0)) (delay (set! side 1)) side)")).isEqualTo("0");
    }

    @Test
    void chicken_fluid_let_restores_the_value_also_on_an_error() {
        console.eval("(define depth 1) (define (get) depth)");
        assertThat(w("(fluid-let ((depth 2)) (get))")).isEqualTo("2");
        assertThat(w("depth")).isEqualTo("1");
        assertThat(w("(condition-case (fluid-let ((depth 3)) (error \"boom\")) (e () depth))")).isEqualTo("1");
        assertThat(w("(let ((a 1) (b 2)) (list (fluid-let ((a 10) (b 20)) (+ a b)) a b))")).isEqualTo("(30 1 2)");
    }

    @Test
    void chicken_let_optionals_and_optional() {
        console.eval("(define (f . args) (let-optionals args ((a 1) (b (+ a 1))) (list a b)))");
        assertThat(w("(list (f) (f 10) (f 10 20))")).isEqualTo("((1 2) (10 11) (10 20))");
        assertThat(w("(let-optionals '(1 2 3) ((a 0) . more) (list a more))")).isEqualTo("(1 (2 3))");
        assertThat(w("(define (g . args) (optional args 'none)) (list (g) (g 5))")).isEqualTo("(none 5)");
    }

    @Test
    void case_with_arrow_passes_the_key() {
        assertThat(w("(case 5 ((1 2) 'small) ((5) => (lambda (k) (* k 2))) (else 'other))")).isEqualTo("10");
        assertThat(w("(case 'z ((a) 1) (else => (lambda (k) (list k 'unknown))))")).isEqualTo("(z unknown)");
    }

    @Test
    void receive_define_values_assert_and_parameterize_with_a_converter() {
        assertThat(w("(receive (q r . rest) (values 1 2 3 4) (list q r rest))")).isEqualTo("(1 2 (3 4))");
        assertThat(w("(define-values (x y) (values 1 2)) (+ x y)")).isEqualTo("3");
        assertThatThrownBy(() -> console.eval("(assert (= 1 2))")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("assertion failed");
        // R7RS 4.2.6: the converter is applied to the initial value and to each parameterized one
        assertThat(w("""
                (define radix (make-parameter 10 (lambda (x) (if (integer? x) x (error "not an integer" x)))))
                (define (f n) (number->string n (radix)))
                (list (f 12) (parameterize ((radix 2)) (f 12)) (f 12))
                """)).isEqualTo("(\"12\" \"1100\" \"12\")");
        assertThat(w("(define p (make-parameter 1 (lambda (x) (* x 10)))) (list (p) (parameterize ((p 2)) (p)))")).isEqualTo("(10 20)");
    }

    @Test
    void cond_expand_knows_chicken() {
        assertThat(w("(cond-expand (chicken 'chicken) (else 'other))")).isEqualTo("chicken");
        assertThat(w("(cond-expand ((and srfi-0 (not gauche)) 'yes) (else 'no))")).isEqualTo("yes"); // expand.scm registers srfi-0
        assertThat(w("(cond-expand (gauche 'gauche) (else 'else))")).isEqualTo("else");
    }

    @Test
    void local_bindings_shadow_special_forms() {
        // R7RS 3.1: a variable binding of a keyword name shadows the syntax
        assertThat(w("((lambda (when) (when 1)) (lambda (x) (list 'called x)))")).isEqualTo("(called 1)");
        assertThat(w("(let ((if (lambda (a b c) (list a b c)))) (if 1 2 3))")).isEqualTo("(1 2 3)");
        assertThat(w("(define (f list) (list 1)) (f -)")).isEqualTo("-1");
        assertThat(w("(let ((else #f)) (cond (else 'taken) (#t 'fell-through)))")).isEqualTo("fell-through");
        assertThat(w("(define (g assert) (assert #f)) (g not)")).isEqualTo("#t");
    }

    @Test
    void tail_calls_through_apply_run_in_constant_stack() {
        assertThat(w("(define (count n) (if (= n 0) 'done (apply count (list (- n 1))))) (count 1000000)")).isEqualTo("done");
        assertThat(w("(apply + 1 2 '(3 4))")).isEqualTo("10");
    }

    @Test
    void errors_name_what_went_wrong_in_chicken_words() {
        assertThatThrownBy(() -> console.eval("(no-such-procedure 1)")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("unbound variable: no-such-procedure");
        // runtime.c C_apply: C_bad_min_argc(c, 4)
        assertThatThrownBy(() -> console.eval("(apply car)")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("too few arguments - received 1 but expected 2");
        assertThat(w("(condition-case (apply car) ((exn arity) 'arity))")).isEqualTo("arity");
    }
}
