package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

    /** Stands in for the engine's NetException: a plain Java exception with data, no Scheme in it. */
    static final class FakeNetException extends RuntimeException {
        final List<String> kinds;
        final int errno;

        FakeNetException(String message, int errno, String... kinds) {
            super(message);
            this.errno = errno;
            this.kinds = List.of(kinds);
        }
    }

    static {
        Conditions.register(FakeNetException.class, e -> new ConditionLike() {
            @Override
            public List<String> kinds() {
                return e.kinds;
            }

            @Override
            public Object property(String kind, String name) {
                if (kind.equals("exn") && name.equals("message")) {
                    return e.getMessage();
                }
                return kind.equals("net") && name.equals("errno") ? e.errno : null;
            }
        });
    }

    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    private void defineFailingPrimitive(String name, FakeNetException e) {
        console.interpreter.globals().defineProcedure(name, 0, 0, a -> {
            throw e;
        });
    }

    @Test
    void a_clause_matches_when_the_condition_has_all_its_kinds() {
        defineFailingPrimitive("time-out", new FakeNetException("operation timed out", 110, "exn", "i/o", "net", "timeout"));
        assertThat(w("(condition-case (time-out) ((exn i/o net transient) 'transient) ((exn i/o net timeout) 'timeout))"))
                .isEqualTo("timeout");
        assertThat(w("(condition-case (time-out) ((exn net) 'net))")).isEqualTo("net");
        assertThat(w("(condition-case (time-out) ((exn type) 'type) (e () 'anything))")).isEqualTo("anything");
    }

    @Test
    void a_clause_may_bind_the_condition_and_read_its_properties() {
        defineFailingPrimitive("refuse", new FakeNetException("Connection refused", 111, "exn", "i/o", "net", "transient"));
        assertThat(w("(condition-case (refuse) (e (exn i/o net) (list (get-condition-property e 'exn 'message) "
                + "(get-condition-property e 'net 'errno))))")).isEqualTo("(\"Connection refused\" 111)");
    }

    @Test
    void get_condition_property_gives_the_default_when_the_property_is_missing() {
        // CHICKEN 5.3 (library.scm, condition-property-accessor): a condition without the kind gives #f, default or not
        assertThat(w("(condition-case (car 1) (e () (get-condition-property e 'net 'errno 'none)))")).isEqualTo("#f");
        assertThat(w("(condition-case (car 1) (e () (get-condition-property e 'exn 'errno 'none)))")).isEqualTo("none");
        assertThat(w("(condition-case (car 1) (e () (get-condition-property e 'exn 'location)))")).isEqualTo("car");
        assertThatThrownBy(() -> console.eval("(condition-case (car 1) (e () (get-condition-property e 'exn 'errno)))"))
                .isInstanceOf(SchemeError.class).hasMessageContaining("no such property");
    }

    @Test
    void an_unmatched_condition_goes_on_to_the_next_handler() {
        assertThat(w("(condition-case (condition-case (car 1) ((exn arity) 'inner)) ((exn type) 'outer))"))
                .isEqualTo("outer");
        assertThatThrownBy(() -> console.eval("(condition-case (car 1) ((exn net) 'no))"))
                .isInstanceOf(SchemeError.class)
                .satisfies(e -> assertThat(((SchemeError) e).kinds()).containsExactly("exn", "type"));
    }

    @Test
    void error_signal_and_abort_raise_conditions() {
        assertThat(w("(condition-case (error \"boom\" 1 2) (e (exn) (list (get-condition-property e 'exn 'message) "
                + "(get-condition-property e 'exn 'arguments))))")).isEqualTo("(\"boom\" (1 2))");
        assertThat(w("(condition-case (error 'frob \"bad\") (e () (get-condition-property e 'exn 'location)))"))
                .isEqualTo("frob");
        assertThat(w("(condition-case (signal (make-property-condition 'my 'code 7)) (e (my) (get-condition-property e 'my 'code)))"))
                .isEqualTo("7");
        assertThat(w("(condition-case (abort 42) ((exn) 'exn) (x () (list 'raised x)))")).isEqualTo("(raised 42)");
    }

    @Test
    void composite_conditions_have_the_kinds_of_their_parts() {
        assertThat(w("(condition-case (signal (make-composite-condition (make-property-condition 'exn 'message \"m\") "
                + "(make-property-condition 'net 'errno 5))) (e (exn net) (get-condition-property e 'net 'errno)))"))
                .isEqualTo("5");
    }

    @Test
    void evaluator_errors_have_their_kinds() {
        assertThat(w("(condition-case (undefined-thing) ((exn runtime) 'unbound))")).isEqualTo("unbound");
        assertThat(w("(condition-case ((lambda (x) x)) ((exn arity) 'arity))")).isEqualTo("arity");
        assertThat(w("(condition-case (+ 1 \"a\") ((exn type) 'type))")).isEqualTo("type");
        assertThat(w("(condition-case (/ 1 0) ((exn arithmetic) 'arithmetic))")).isEqualTo("arithmetic");
        assertThat(w("(condition-case (vector-ref (vector 1) 5) ((exn bounds) 'bounds))")).isEqualTo("bounds");
    }

    @Test
    void java_exceptions_without_an_adapter_become_exn_conditions() {
        console.interpreter.globals().defineProcedure("explode", 0, 0, a -> {
            throw new IllegalStateException("engine exploded");
        });
        assertThat(w("(condition-case (explode) (e (exn) (get-condition-property e 'exn 'message)))"))
                .isEqualTo("\"engine exploded\"");
    }

    @Test
    void handle_exceptions_and_with_exception_handler() {
        assertThat(w("(handle-exceptions e (get-condition-property e 'exn 'message) (error \"oops\"))")).isEqualTo("\"oops\"");
        // a handler that returns from an error (not a signal) raises "exception handler returned"
        assertThat(w("(condition-case (with-exception-handler (lambda (e) 'handled) (lambda () (car '()))) "
                + "(e () (get-condition-property e 'exn 'message)))")).isEqualTo("\"exception handler returned\"");
        assertThat(w("(call/cc (lambda (k) (with-exception-handler (lambda (e) (k 'escaped)) (lambda () (raise 'x)))))"))
                .isEqualTo("escaped");
    }
}
