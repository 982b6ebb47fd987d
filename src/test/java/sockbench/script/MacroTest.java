package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** User macros, from the examples of R7RS 4.3 and of CHICKEN's manual (Module (chicken syntax)). */
class MacroTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void r7rs_let_syntax_keeps_the_outer_meaning_of_if_and_the_temporary_apart() {
        // R7RS 4.3.1: the inner if of my-or is the outer if; its temp does not capture the user's.
        assertThat(w("""
                (let-syntax ((given-that (syntax-rules ()
                                  ((_ test stmt1 stmt2 ...)
                                   (if test (begin stmt1 stmt2 ...))))))
                  (let ((if #t))
                    (given-that if (set! if 'now))
                    if))
                """)).isEqualTo("now");
    }

    @Test
    void r7rs_letrec_syntax_my_or() {
        assertThat(w("""
                (letrec-syntax
                    ((my-or (syntax-rules ()
                              ((my-or) #f)
                              ((my-or e) e)
                              ((my-or e1 e2 ...)
                               (let ((temp e1))
                                 (if temp temp (my-or e2 ...)))))))
                  (let ((x #f) (y 7) (temp 8) (let odd?) (if even?))
                    (my-or x (let temp) (if y) y)))
                """)).isEqualTo("7");
    }

    @Test
    void r7rs_be_like_begin_and_literals() {
        console.eval("""
                (define-syntax be-like-begin
                  (syntax-rules ()
                    ((be-like-begin name)
                     (define-syntax name
                       (syntax-rules ()
                         ((name expr (... ...))
                          (begin expr (... ...))))))))
                (be-like-begin sequence)
                """);
        assertThat(w("(sequence 1 2 3 4)")).isEqualTo("4");
        console.eval("""
                (define-syntax simple-let
                  (syntax-rules ()
                    ((_ (head ... ((x . y) val) . tail) body1 body2 ...)
                     (syntax-error "expected an identifier but got" (x . y)))
                    ((_ ((name val) ...) body1 body2 ...)
                     ((lambda (name ...) body1 body2 ...) val ...))))
                """);
        assertThat(w("(simple-let ((a 1) (b 2)) (+ a b))")).isEqualTo("3");
    }

    @Test
    void r7rs_cond_with_else_and_arrow_literals_defined_as_a_macro() {
        console.eval("""
                (define-syntax my-cond
                  (syntax-rules (else =>)
                    ((_ (else result1 result2 ...)) (begin result1 result2 ...))
                    ((_ (test => result)) (let ((temp test)) (if temp (result temp))))
                    ((_ (test => result) clause1 clause2 ...)
                     (let ((temp test)) (if temp (result temp) (my-cond clause1 clause2 ...))))
                    ((_ (test)) test)
                    ((_ (test result1 result2 ...) clause1 ...)
                     (if test (begin result1 result2 ...) (my-cond clause1 ...)))))
                """);
        assertThat(w("(my-cond ((assv 'b '((a 1) (b 2))) => cadr) (else 'nope))")).isEqualTo("2");
        assertThat(w("(my-cond (#f 1) (else 'last))")).isEqualTo("last");
    }

    @Test
    void ellipsis_after_nested_patterns_and_before_a_tail() {
        console.eval("""
                (define-syntax my-let*
                  (syntax-rules ()
                    ((_ () body ...) (let () body ...))
                    ((_ ((x v) rest ...) body ...) (let ((x v)) (my-let* (rest ...) body ...)))))
                (define-syntax flat
                  (syntax-rules () ((_ (a b ...) ...) '(a ... (b ... ...)))))
                (define-syntax last-of
                  (syntax-rules () ((_ x ... y) 'y)))
                (define-syntax swap-pairs
                  (syntax-rules () ((_ #(a b) ...) '(#(b a) ...))))
                """);
        assertThat(w("(my-let* ((a 1) (b (+ a 1))) (* a b))")).isEqualTo("2");
        assertThat(w("(flat (1 2 3) (4 5) (6))")).isEqualTo("(1 4 6 (2 3 5))");
        assertThat(w("(last-of 1 2 3)")).isEqualTo("3");
        assertThat(w("(swap-pairs #(1 2) #(3 4))")).isEqualTo("(#(2 1) #(4 3))");
    }

    @Test
    void a_swap_macro_does_not_capture_a_user_variable_named_like_its_temporary() {
        console.eval("""
                (define-syntax swap!
                  (syntax-rules () ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
                (define tmp 1)
                (define other 2)
                (swap! tmp other)
                """);
        assertThat(w("(list tmp other)")).isEqualTo("(2 1)");
    }

    @Test
    void free_names_of_a_template_mean_their_definition_site_bindings() {
        console.eval("""
                (define-syntax my-unless
                  (syntax-rules () ((_ c body ...) (if c #f (begin body ...)))))
                (define-syntax first-of (syntax-rules () ((_ x) (car x))))
                """);
        assertThat(w("(let ((if list) (begin vector)) (my-unless #f 1 2))")).isEqualTo("2");
        assertThat(w("(let ((car cdr)) (first-of '(1 2)))")).isEqualTo("1");
    }

    @Test
    void a_macro_defining_a_top_level_name_defines_it_and_a_recursive_while_loop_runs() {
        console.eval("""
                (define-syntax define-getter
                  (syntax-rules () ((_ name value) (define (name) value))))
                (define-getter answer 42)
                (define-syntax while
                  (syntax-rules ()
                    ((_ cond body ...) (let loop () (when cond body ... (loop))))))
                (define i 0)
                (while (< i 100000) (set! i (+ i 1)))
                """);
        assertThat(w("(answer)")).isEqualTo("42");
        assertThat(w("i")).isEqualTo("100000");
    }

    @Test
    void quoted_template_symbols_are_plain_symbols() {
        console.eval("(define-syntax names (syntax-rules () ((_ x) '(x y))))");
        assertThat(w("(eq? (cadr (names a)) 'y)")).isEqualTo("#t");
        assertThat(w("(names a)")).isEqualTo("(a y)");
    }

    @Test
    void internal_define_syntax_is_local_to_its_body() {
        assertThat(w("""
                (define (f x)
                  (define-syntax twice (syntax-rules () ((_ e) (begin e e))))
                  (define n 0)
                  (twice (set! n (+ n x)))
                  n)
                (f 5)
                """)).isEqualTo("10");
        assertThatThrownBy(() -> console.eval("(twice 1)")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("unbound variable: twice");
    }

    @Test
    void no_matching_rule_is_a_syntax_error_naming_the_form() {
        console.eval("(define-syntax one (syntax-rules () ((_ x) x)))");
        assertThatThrownBy(() -> console.eval("(one 1 2)")).isInstanceOf(SchemeError.class)
                .hasMessageContaining("no rule matches form")
                .hasMessageContaining("(one 1 2)");
        assertThat(w("(condition-case (eval '(one)) ((exn syntax) 'syntax-error))")).isEqualTo("syntax-error");
    }

    @Test
    void chicken_er_macro_transformer_renames_what_it_introduces() {
        // CHICKEN manual, (chicken syntax): er-macro-transformer
        console.eval("""
                (define-syntax my-swap!
                  (er-macro-transformer
                    (lambda (form rename compare)
                      (let ((a (cadr form)) (b (caddr form)) (tmp (rename 'tmp)))
                        `(,(rename 'let) ((,tmp ,a))
                           (,(rename 'set!) ,a ,b)
                           (,(rename 'set!) ,b ,tmp))))))
                (define tmp 'x)
                (define y 'y)
                (my-swap! tmp y)
                """);
        assertThat(w("(list tmp y)")).isEqualTo("(y x)");
    }

    @Test
    void chicken_ir_macro_transformer_injects_it() {
        // CHICKEN manual: an anaphoric if that binds "it" for its branches
        console.eval("""
                (define-syntax aif
                  (ir-macro-transformer
                    (lambda (form inject compare)
                      (let ((it (inject 'it)))
                        `(let ((,it ,(cadr form)))
                           (if ,it ,(caddr form) ,(cadddr form)))))))
                """);
        assertThat(w("(aif (assq 'b '((a . 1) (b . 2))) (cdr it) 'none)")).isEqualTo("2");
        assertThat(w("(let ((let 5)) (aif #f 1 let))")).isEqualTo("5");
    }

    @Test
    void r7rs_let_syntax_free_name_means_the_outer_binding_not_the_one_at_the_use() {
        // R7RS 4.3.1, the let-syntax example: evaluates to outer.
        assertThat(w("""
                (let ((x 'outer))
                  (let-syntax ((m (syntax-rules () ((m) x))))
                    (let ((x 'inner))
                      (m))))
                """)).isEqualTo("outer");
    }

    @Test
    void r7rs_a_local_variable_named_like_a_cond_literal_is_no_literal() {
        // R7RS 4.3.2: (let ((=> #f)) (cond (#t => 'ok))) evaluates to ok.
        assertThat(w("(let ((=> #f)) (cond (#t => 'ok)))")).isEqualTo("ok");
    }

    @Test
    void a_local_macro_sees_the_if_of_its_definition_whichever_if_the_use_binds() {
        // Bound to list around the use: the template's if is still the special form.
        assertThat(w("""
                (let-syntax ((my-if (syntax-rules () ((_ c a b) (cond (c a) (else b))))))
                  (let ((if list) (cond vector)) (my-if #t 1 2)))
                """)).isEqualTo("1");
        // Bound to list around the definition: the template's if is that list.
        assertThat(w("""
                (let ((if list))
                  (let-syntax ((my-if (syntax-rules () ((_ c a b) (if c a b)))))
                    (my-if #t 1 2)))
                """)).isEqualTo("(#t 1 2)");
    }

    @Test
    void set_through_a_local_macro_changes_the_definition_site_variable() {
        assertThat(w("""
                (let ((n 0))
                  (let-syntax ((bump! (syntax-rules () ((_) (set! n (+ n 1))))))
                    (let ((n 100))
                      (bump!)
                      (bump!)
                      (list n))))
                """)).isEqualTo("(100)");
        assertThat(w("""
                (let ((n 0))
                  (let-syntax ((bump! (syntax-rules () ((_) (set! n (+ n 1))))))
                    (let ((n 100)) (bump!) (bump!)))
                  n)
                """)).isEqualTo("2");
    }

    @Test
    void internal_define_syntax_refers_to_its_body_variable_under_a_user_binding() {
        console.eval("""
                (define (make-counter)
                  (define count 0)
                  (define-syntax next!
                    (syntax-rules () ((_) (begin (set! count (+ count 1)) count))))
                  (lambda () (let ((count 'mine)) (next!))))
                (define c (make-counter))
                (c)
                """);
        assertThat(w("(c)")).isEqualTo("2");
    }

    @Test
    void a_free_name_passes_over_every_user_binding_even_repeated_ones_and_nested_macros() {
        assertThat(w("""
                (let ((x 1))
                  (let-syntax ((m (syntax-rules () ((_) x))))
                    (let* ((x 2) (x 3))
                      (let ((x 4))
                        (list x (m))))))
                """)).isEqualTo("(4 1)");
        assertThat(w("""
                (let ((x 'a))
                  (let-syntax ((get (syntax-rules () ((_) x))))
                    (let-syntax ((get2 (syntax-rules () ((_) (get)))))
                      (let ((x 'b)) (list (get2) x)))))
                """)).isEqualTo("(a b)");
        // A recursive letrec-syntax macro that binds its own x on the way: neither catches the outer x.
        assertThat(w("""
                (let ((x 1))
                  (letrec-syntax ((m (syntax-rules () ((_ 0) x) ((_ k) (let ((x 'no)) (m 0))))))
                    (let ((x 2)) (m 1))))
                """)).isEqualTo("1");
    }

    @Test
    void r7rs_my_or_temp_does_not_capture_a_user_temp_bound_outside_the_macro() {
        assertThat(w("""
                (let ((temp 5))
                  (letrec-syntax ((my-or (syntax-rules ()
                                           ((_) #f)
                                           ((_ e) e)
                                           ((_ e r ...) (let ((temp e)) (if temp temp (my-or r ...)))))))
                    (my-or #f temp)))
                """)).isEqualTo("5");
    }

    @Test
    void a_transformer_is_a_value_that_define_syntax_evaluates() {
        // expand.scm: define-syntax evaluates its transformer expression; er-macro-transformer is a procedure
        console.eval("""
                (define (adder n) (er-macro-transformer (lambda (form rename compare) `(,(rename '+) ,n ,(cadr form)))))
                (define-syntax add10 (adder 10))
                """);
        assertThat(w("(add10 5)")).isEqualTo("15");
        assertThat(w("(let-syntax ((k (let ((v 42)) (er-macro-transformer (lambda (f r c) v))))) (k))")).isEqualTo("42");
        assertThat(w("(procedure? er-macro-transformer)")).isEqualTo("#t");
        // ##sys#ensure-transformer: anything else is "expected syntax-transformer, but got" at the macro's name
        assertThatThrownBy(() -> console.eval("(define-syntax bad 5)"))
                .hasMessageContaining("(bad) expected syntax-transformer, but got: 5");
    }
}
