package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void define_and_lambda_with_rest_arguments() {
        assertThat(w("(define (f . args) args) (f 1 2 3)")).isEqualTo("(1 2 3)");
        assertThat(w("(define (g a . more) (list a more)) (g 1)")).isEqualTo("(1 ())");
        assertThat(w("((lambda args (length args)) 1 2)")).isEqualTo("2");
        assertThat(w("(define x) x")).isEqualTo("#<unspecified>");
    }

    @Test
    void optional_and_keyword_parameters() {
        console.eval("(define (g a #!optional (b 5) c #!key (port 80) family) (list a b c port family))");
        assertThat(w("(g 1)")).isEqualTo("(1 5 #f 80 #f)");
        assertThat(w("(g 1 2 3 family: 'inet6)")).isEqualTo("(1 2 3 80 inet6)");
    }

    @Test
    void let_forms() {
        assertThat(w("(let ((x 1) (y 2)) (+ x y))")).isEqualTo("3");
        assertThat(w("(let* ((x 1) (y (+ x 1))) (* x y))")).isEqualTo("2");
        assertThat(w("(letrec ((ev? (lambda (n) (if (= n 0) #t (od? (- n 1))))) (od? (lambda (n) (if (= n 0) #f (ev? (- n 1)))))) (ev? 10))"))
                .isEqualTo("#t");
        assertThat(w("(let loop ((i 0) (acc '())) (if (= i 3) (reverse acc) (loop (+ i 1) (cons i acc))))"))
                .isEqualTo("(0 1 2)");
    }

    @Test
    void a_named_let_loop_of_100000_iterations_runs_in_constant_stack() {
        assertThat(console.eval("(let loop ((i 0)) (if (< i 100000) (loop (+ i 1)) i))")).isEqualTo(100000L);
    }

    @Test
    void mutual_tail_calls_and_tail_calls_through_cond_and_when_run_in_constant_stack() {
        console.eval("""
                (define (ping n) (cond ((= n 0) 'done) (else (pong (- n 1)))))
                (define (pong n) (when #t (and #t (ping n))))
                """);
        assertThat(w("(ping 300000)")).isEqualTo("done");
        assertThat(console.eval("(do ((i 0 (+ i 1))) ((= i 200000) i))")).isEqualTo(200000L);
    }

    @Test
    void conditionals() {
        assertThat(w("(if #f 1)")).isEqualTo("#<unspecified>");
        assertThat(w("(if '() 'yes 'no)")).isEqualTo("yes");
        assertThat(w("(cond ((assv 2 '((1 . a) (2 . b))) => cdr) (else 'no))")).isEqualTo("b");
        assertThat(w("(cond (#f 1) ((+ 1 1)))")).isEqualTo("2");
        assertThat(w("(cond (#f 1) (else 'other))")).isEqualTo("other");
        assertThat(w("(case (* 2 3) ((2 3 5 7) 'prime) ((1 4 6 8 9) 'composite) (else 'big))")).isEqualTo("composite");
        assertThat(w("(case 'x ((a) 1) (else 'none))")).isEqualTo("none");
        assertThat(w("(list (when #t 1 2) (unless #t 1))")).isEqualTo("(2 #<unspecified>)");
        assertThat(w("(list (and) (and 1 2) (and 1 #f 3) (or) (or #f 2) (or #f #f))")).isEqualTo("(#t 2 #f #f 2 #f)");
    }

    @Test
    void set_and_begin() {
        assertThat(w("(define n 1) (begin (set! n (+ n 1)) (set! n (* n 10))) n")).isEqualTo("20");
        assertThat(w("(define (counter) (let ((c 0)) (lambda () (set! c (+ c 1)) c))) (define k (counter)) (k) (k)"))
                .isEqualTo("2");
    }

    @Test
    void internal_defines_stay_local() {
        assertThat(w("(define (f) (define a 1) (define (g) (+ a 1)) (g)) (f)")).isEqualTo("2");
        assertThat(console.interpreter.globals().lookup("a")).isNull();
    }

    @Test
    void multiple_values() {
        assertThat(w("(receive (a b . rest) (values 1 2 3 4) (list a b rest))")).isEqualTo("(1 2 (3 4))");
        assertThat(w("(define-values (x y) (values 3 4)) (list x y)")).isEqualTo("(3 4)");
        assertThat(w("(call-with-values (lambda () (values 1 2)) +)")).isEqualTo("3");
        assertThat(w("(let-values (((a b) (values 1 2)) ((c) (values 3))) (list a b c))")).isEqualTo("(1 2 3)");
        assertThat(console.eval("(values 1 2)")).isInstanceOf(Values.class);
        assertThat(console.eval("(values 7)")).isEqualTo(7L);
    }

    @Test
    void quote_and_quasiquote() {
        assertThat(w("'(a b)")).isEqualTo("(a b)");
        assertThat(w("`(1 ,(+ 1 1) ,@(list 3 4) 5)")).isEqualTo("(1 2 3 4 5)");
        assertThat(w("`(a `(b ,(c ,(+ 1 2))))")).isEqualTo("(a (quasiquote (b (unquote (c 3)))))");
    }

    @Test
    void import_and_use_are_accepted_and_ignored() {
        assertThat(console.eval("(import scheme (chicken base)) (use socket srfi-18) (require-extension socket) 5"))
                .isEqualTo(5L);
    }

    @Test
    void escaping_continuations_and_dynamic_wind() {
        assertThat(w("(call/cc (lambda (k) (for-each (lambda (x) (if (> x 2) (k x))) '(1 2 3 4)) 'none))"))
                .isEqualTo("3");
        assertThat(w("(define log '()) (call/cc (lambda (k) (dynamic-wind (lambda () (set! log (cons 'in log))) "
                + "(lambda () (k 1)) (lambda () (set! log (cons 'out log)))))) log")).isEqualTo("(out in)");
    }

    @Test
    void eval_and_apply() {
        assertThat(w("(apply + 1 2 '(3 4))")).isEqualTo("10");
        assertThat(w("(eval '(* 6 7))")).isEqualTo("42");
    }

    @Test
    void closures_are_callable_from_java() {
        Procedure add = (Procedure) console.eval("(lambda (a b) (+ a b))");
        assertThat(add.apply(2L, 3L)).isEqualTo(5L);
    }

    @Test
    void exit_carries_its_status() {
        assertThatThrownBy(() -> console.eval("(exit 3)")).isInstanceOf(SchemeExit.class)
                .satisfies(e -> assertThat(((SchemeExit) e).status()).isEqualTo(3));
    }
}
