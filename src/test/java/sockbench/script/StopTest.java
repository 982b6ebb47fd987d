package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Interpreter#interrupt}: a running form ends, whatever it catches, and the console goes on. */
class StopTest {
    private final Interpreter interpreter = SocketConsole.create(new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(), new ByteArrayOutputStream());
    private final CountDownLatch started = new CountDownLatch(1);

    StopTest() {
        interpreter.globals().defineProcedure("started", 0, 0, a -> {
            started.countDown();
            return null;
        });
    }

    /** Runs the source on a Scheme thread, stops it once it has started, and gives what eval raised. */
    private SchemeError stopWhileRunning(String source) throws Exception {
        CompletableFuture<Throwable> raised = new CompletableFuture<>();
        Thread t = new Thread(null, () -> {
            try {
                interpreter.eval(source);
                raised.complete(null);
            } catch (Throwable e) {
                raised.complete(e);
            }
        }, "stop test", SchemeThread.STACK_SIZE);
        t.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        interpreter.interrupt();
        Throwable e = raised.get(10, TimeUnit.SECONDS);
        t.join(10_000);
        assertThat(e).isInstanceOf(SchemeError.class);
        return (SchemeError) e;
    }

    @Test
    void an_endless_loop_stops() throws Exception {
        SchemeError e = stopWhileRunning("(started) (let loop ((i 0)) (loop (+ i 1)))");
        assertThat(e.kinds()).containsExactly("user-interrupt");
        assertThat(interpreter.eval("(+ 1 2)")).isEqualTo(3L);
    }

    @Test
    void a_loop_that_catches_every_condition_still_stops() throws Exception {
        SchemeError e = stopWhileRunning("""
                (started)
                (let loop ()
                  (condition-case (thread-sleep! 10) (e () 'caught))
                  (handle-exceptions x 'handled (thread-sleep! 10))
                  (loop))
                """);
        assertThat(e.kinds()).containsExactly("user-interrupt");
    }

    @Test
    void a_form_blocked_in_accept_stops_and_the_socket_stays_usable() throws Exception {
        interpreter.eval("""
                (define listener (socket af/inet sock/stream))
                (socket-bind listener (inet-address "127.0.0.1" 0))
                (socket-listen listener 1)
                """);
        SchemeError e = stopWhileRunning("(started) (let loop () (condition-case (socket-accept listener) (e () 'again)) (loop))");
        assertThat(e.kinds()).containsExactly("user-interrupt");
        // no interrupt is left behind for the next form, and the listener still works
        assertThat(interpreter.eval("(thread-sleep! 0.01) (socket-accept-ready? listener)")).isEqualTo(false);
        interpreter.eval("(socket-close listener)");
    }

    @Test
    void a_stop_when_nothing_runs_does_nothing() {
        interpreter.interrupt();
        assertThat(interpreter.eval("(* 6 7)")).isEqualTo(42L);
    }
}
