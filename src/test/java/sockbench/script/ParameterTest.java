package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParameterTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void parameterize_binds_for_its_body_and_restores_after_it() {
        assertThat(w("(define p (make-parameter 10)) (list (p) (parameterize ((p 20)) (p)) (p))")).isEqualTo("(10 20 10)");
        assertThat(w("(condition-case (parameterize ((p 30)) (error \"x\")) (e () (p)))")).isEqualTo("10");
        assertThat(w("(p 11) (p)")).isEqualTo("11");
    }

    @Test
    void defines_inside_parameterize_stay_inside_it() {
        assertThat(w("(define p (make-parameter 1)) (parameterize ((p 2)) (define q (* (p) 10)) (define-values (a b) (values q 3)) (+ a b))"))
                .isEqualTo("23");
        assertThat(console.interpreter.globals().lookup("q")).isNull();
    }

    @Test
    void a_converter_sees_every_value() {
        assertThat(w("(define p (make-parameter 5 (lambda (x) (* x 2)))) (list (p) (parameterize ((p 1)) (p)))"))
                .isEqualTo("(10 2)");
    }

    @Test
    void a_binding_in_one_thread_is_not_seen_by_another_running_thread() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> null).get(5, TimeUnit.SECONDS);
            console.interpreter.globals().defineProcedure("p-elsewhere", 0, 0,
                    a -> other.submit(() -> console.eval("(p)")).get(5, TimeUnit.SECONDS));
            console.eval("(define p (make-parameter 'outer))");
            assertThat(w("(parameterize ((p 'inner)) (list (p) (p-elsewhere)))")).isEqualTo("(inner outer)");
            assertThat(w("(p 'set-here) (list (p) (p-elsewhere))")).isEqualTo("(set-here outer)");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void a_new_thread_starts_with_its_creators_current_values() {
        assertThat(w("""
                (define p (make-parameter 'outer))
                (parameterize ((p 'inner))
                  (define t (make-thread (lambda () (p))))
                  (list (p) (thread-join! (thread-start! t))))
                """)).isEqualTo("(inner inner)");
    }

    @Test
    void a_thread_keeps_the_values_of_when_it_was_made_and_its_own_bindings_stay_its_own() {
        assertThat(w("""
                (define p (make-parameter 1))
                (define t (parameterize ((p 2)) (make-thread (lambda () (parameterize ((p 3)) 'done) (p)))))
                (list (thread-join! (thread-start! t)) (p))
                """)).isEqualTo("(2 1)");
    }

    @Test
    void a_parameter_from_java_is_bound_by_parameterize() {
        StringBuilder log = new StringBuilder();
        ParameterLike timeout = new ParameterLike() {
            private Object value = 60000L;

            @Override
            public Object get() {
                return value;
            }

            @Override
            public void set(Object v) {
                value = v;
            }

            @Override
            public Runnable bind(Object v) {
                if (!(v instanceof Long || v == Boolean.FALSE)) {
                    throw new IllegalArgumentException("timeout must be milliseconds or #f");
                }
                Object previous = value;
                value = v;
                log.append("bind ").append(v).append(';');
                return () -> {
                    value = previous;
                    log.append("restore;");
                };
            }
        };
        console.interpreter.globals().defineParameter("socket-receive-timeout", timeout);
        assertThat(w("(list (socket-receive-timeout) (parameterize ((socket-receive-timeout 500)) (socket-receive-timeout)) (socket-receive-timeout))"))
                .isEqualTo("(60000 500 60000)");
        assertThat(log).hasToString("bind 500;restore;");
        assertThatThrownBy(() -> console.eval("(parameterize ((socket-receive-timeout \"soon\")) 1)"))
                .isInstanceOf(SchemeError.class).hasMessageContaining("timeout must be milliseconds or #f");
    }

    @Test
    void parameterize_refuses_what_is_not_a_parameter() {
        assertThatThrownBy(() -> console.eval("(parameterize ((car 1)) 1)"))
                .isInstanceOf(SchemeError.class).hasMessageContaining("not a parameter");
    }
}
