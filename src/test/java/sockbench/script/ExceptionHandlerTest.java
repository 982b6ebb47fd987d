package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** CHICKEN's (chicken condition): handlers, signal and abort, and the condition procedures, from CHICKEN 5's manual. */
class ExceptionHandlerTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void the_value_of_a_handler_returns_to_the_signal_point() {
        assertThat(w("(with-exception-handler (lambda (e) 0) (lambda () (+ 1 (signal 'x))))")).isEqualTo("1");
        assertThat(w("(with-exception-handler (lambda (e) (* 2 e)) (lambda () (+ 1 (raise-continuable 20))))")).isEqualTo("41");
    }

    @Test
    void the_manuals_try_car_example() {
        // Module (chicken condition): a handler that adds to the condition and passes it on to the outer handler
        console.eval("""
                (define (try-car v)
                  (let ((orig (current-exception-handler)))
                    (with-exception-handler
                      (lambda (exn)
                        (orig (make-composite-condition
                               (make-property-condition 'not-a-pair 'value v)
                               exn)))
                      (lambda () (car v)))))""");
        assertThat(w("(try-car '(1))")).isEqualTo("1");
        console.eval("""
                (handle-exceptions exn
                  (if ((condition-predicate 'not-a-pair) exn)
                      (begin
                        (display "Not a pair: ")
                        (display ((condition-property-accessor 'not-a-pair 'value) exn))
                        (newline))
                      (abort exn))
                  (try-car 0))""");
        assertThat(console.output()).isEqualTo("Not a pair: 0\n");
    }

    @Test
    void a_handler_that_escapes_leaves_the_raise() {
        assertThat(w("(call/cc (lambda (k) (with-exception-handler (lambda (e) (k (list 'caught e))) (lambda () (+ 1 (raise 'oops))))))"))
                .isEqualTo("(caught oops)");
        assertThat(w("(call/cc (lambda (k) (with-exception-handler (lambda (e) (k (condition->list e))) (lambda () (error \"bad\" 1)))))"))
                .isEqualTo("((exn message \"bad\" arguments (1)))");
    }

    @Test
    void an_inner_condition_case_catches_before_an_outer_handler() {
        assertThat(w("(with-exception-handler (lambda (e) 10) (lambda () (condition-case (+ 1 (signal 'y)) (e () (list 'cc e)))))"))
                .isEqualTo("(cc y)");
    }

    @Test
    void a_handler_that_returns_from_abort_raises_exception_handler_returned_outside_it() {
        SchemeError e = catchThrowableOfType(SchemeError.class,
                () -> console.eval("(with-exception-handler (lambda (e) 'ignored) (lambda () (abort 'x)))"));
        assertThat(Conditions.describe(e.payload())).isEqualTo("exception handler returned");
        assertThat(w("(handle-exceptions e (get-condition-property e 'exn 'message) "
                + "(with-exception-handler (lambda (e) 'ignored) (lambda () (error \"x\"))))")).isEqualTo("\"exception handler returned\"");
    }

    @Test
    void the_handler_runs_with_the_handlers_outside_its_own() {
        assertThat(w("(with-exception-handler (lambda (e) (list 'outer e)) (lambda () "
                + "(with-exception-handler (lambda (e) (signal (list 'inner e))) (lambda () (signal 'x)))))"))
                .isEqualTo("(outer (inner x))");
    }

    @Test
    void condition_objects() {
        assertThat(w("(condition->list (make-property-condition 'my 'code 7 'text \"t\"))")).isEqualTo("((my code 7 text \"t\"))");
        assertThat(w("(condition->list (make-composite-condition (make-property-condition 'a 'x 1) (make-property-condition 'b 'y 2)))"))
                .isEqualTo("((a x 1) (b y 2))");
        assertThat(w("(condition->list (condition '(exn message \"m\") '(net errno 5)))")).isEqualTo("((exn message \"m\") (net errno 5))");
        assertThat(w("(list ((condition-predicate 'exn) (make-property-condition 'exn)) ((condition-predicate 'exn) 5))"))
                .isEqualTo("(#t #f)");
        // CHICKEN's accessor: #f when the kind is missing, the default when only the property is
        assertThat(w("((condition-property-accessor 'net 'errno) (make-property-condition 'exn 'message \"m\"))")).isEqualTo("#f");
        assertThat(w("((condition-property-accessor 'exn 'errno 'none) (make-property-condition 'exn 'message \"m\"))"))
                .isEqualTo("none");
        assertThat(catchThrowableOfType(SchemeError.class,
                () -> console.eval("((condition-property-accessor 'exn 'errno) (make-property-condition 'exn))")).getMessage())
                .contains("condition has no such property");
        assertThat(w("(condition->list (make-condition 'app 'id 3))")).isEqualTo("((app id 3))");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(make-property-condition 'a 'x)")).getMessage())
                .contains("argument is not an even property list");
    }

    @Test
    void current_exception_handler_outside_any_handler_raises() {
        assertThat(w("(condition-case ((current-exception-handler) 'boom) (e () (list 'raised e)))")).isEqualTo("(raised boom)");
    }

    @Test
    void a_handler_set_at_top_level_lasts_for_the_session_and_stays_in_its_interpreter() {
        // CHICKEN's REPL: (current-exception-handler proc) at top level holds for the forms after it
        console.eval("(current-exception-handler (lambda (e) (list 'top e)))");
        assertThat(w("(signal 'x)")).isEqualTo("(top x)");
        assertThat(w("(+ 1 (with-exception-handler (lambda (e) 2) (lambda () (signal 'y))))")).isEqualTo("3");
        assertThat(w("(signal 'z)")).isEqualTo("(top z)");
        // another interpreter on the same thread has its own: there the signal is an uncaught error
        TestConsole other = new TestConsole();
        assertThat(other.write("(condition-case (signal 'x) (e () (list 'default e)))")).isEqualTo("(default x)");
        assertThat(w("(signal 'w)")).isEqualTo("(top w)");
    }

    @Test
    void current_exception_handler_is_a_parameter_that_can_be_set_and_bound() {
        // Set inside a with-exception-handler: signal reaches the new handler, and the value returns.
        assertThat(w("""
                (with-exception-handler (lambda (e) 'outer)
                  (lambda ()
                    (current-exception-handler (lambda (e) (list 'set e)))
                    (signal 'x)))
                """)).isEqualTo("(set x)");
        // The with-exception-handler around the assignment restores its own outer handler on exit.
        assertThat(w("""
                (with-exception-handler (lambda (e) 0)
                  (lambda () (current-exception-handler (lambda (e) 1)) 'done))
                (condition-case (signal 'y) (e () (list 'caught e)))
                """)).isEqualTo("(caught y)");
        // parameterize binds it for its body only.
        assertThat(w("(parameterize ((current-exception-handler (lambda (e) (* e 2)))) (+ 1 (signal 20)))")).isEqualTo("41");
        assertThat(w("(condition-case (signal 'z) (e () 'thrown-again))")).isEqualTo("thrown-again");
        assertThat(w("""
                (let ((h (lambda (e) 'mine)))
                  (parameterize ((current-exception-handler h)) (eq? h (current-exception-handler))))
                """)).isEqualTo("#t");
    }

    @Test
    void current_exception_handler_refuses_what_is_no_procedure() {
        assertThatThrownBy(() -> console.eval("(parameterize ((current-exception-handler 5)) 1)"))
                .isInstanceOf(SchemeError.class)
                .hasMessageContaining("(current-exception-handler) bad argument type - not a procedure: 5");
    }

    @Test
    void a_handler_of_the_parameter_sees_the_errors_the_evaluator_raises_too() {
        // CHICKEN's unbound variable, call of a non-procedure and wrong argument count are errors like
        // any other: the current handler is called where they happen, so its continuation is still live
        String escape = """
                (call-with-current-continuation
                  (lambda (k)
                    (parameterize ((current-exception-handler
                                    (lambda (e) (k (list 'handled ((condition-property-accessor 'exn 'message) e))))))
                      %s)))
                """;
        assertThat(w(escape.formatted("(no-such-procedure 1)"))).isEqualTo("(handled \"unbound variable\")");
        assertThat(w(escape.formatted("(set! no-such-variable 1)"))).isEqualTo("(handled \"unbound variable\")");
        assertThat(w(escape.formatted("(1 2)"))).isEqualTo("(handled \"call of non-procedure\")");
        assertThat(w(escape.formatted("((lambda (x) x))"))).startsWith("(handled \"bad argument count");
        // set by assignment (inside a with-exception-handler, which restores the handler when it ends)
        assertThat(w("""
                (with-exception-handler (lambda (e) 'outer)
                  (lambda ()
                    (call-with-current-continuation
                      (lambda (k)
                        (current-exception-handler (lambda (e) (k 'caught)))
                        (undefined-thing)))))
                """)).isEqualTo("caught");
    }

    @Test
    void a_handler_of_the_parameter_sees_the_errors_primitives_throw() {
        // CHICKEN calls the current handler for every error: here the handler escapes with its own value.
        assertThat(w("""
                (call-with-current-continuation
                  (lambda (k)
                    (parameterize ((current-exception-handler
                                    (lambda (e) (k (list 'handled ((condition-property-accessor 'exn 'message) e))))))
                      (car 1))))
                """)).isEqualTo("(handled \"bad argument type\")"); // runtime.c C_i_car: C_BAD_ARGUMENT_TYPE_ERROR
        // One that returns from a non-continuable error: the error goes on, as "exception handler returned".
        assertThat(w("""
                (condition-case
                  (with-exception-handler (lambda (e) 'outer)
                    (lambda ()
                      (current-exception-handler (lambda (e) 'inner))
                      (vector-ref (vector) 3)))
                  (e () ((condition-property-accessor 'exn 'message) e)))
                """)).isEqualTo("\"exception handler returned\"");
        // An error inside the handler is not handed to that handler again.
        assertThat(w("""
                (define calls 0)
                (condition-case
                  (parameterize ((current-exception-handler (lambda (e) (set! calls (+ calls 1)) (car '()))))
                    (map (lambda (x) (car x)) '(1)))
                  (e () (list 'out calls)))
                """)).isEqualTo("(out 1)");
    }
}
