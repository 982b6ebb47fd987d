package sockbench.script;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A script run headless in a console with the socket egg, on its own thread, its output watched line by line. */
final class RunningScript implements AutoCloseable {
    private final LineStream out = new LineStream();
    private final LineStream err = new LineStream();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final Thread thread;

    RunningScript(String source) {
        thread = new Thread(() -> {
            try {
                status.complete(new ScriptRunner(SocketConsole.create(InputStream.nullInputStream(), out, err)).run(source));
            } catch (RuntimeException | Error e) {
                status.completeExceptionally(e);
            }
        }, "script under test");
        thread.setDaemon(true);
        thread.start();
    }

    String nextLine(Duration timeout) throws InterruptedException {
        return out.nextLine(timeout);
    }

    /** The exit status, waiting at most {@code timeout}. */
    int waitFor(Duration timeout) throws Exception {
        try {
            return status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("script still running after " + timeout + "; output: " + out.text() + "; errors: " + err.text());
        }
    }

    String output() {
        return out.text();
    }

    String errors() {
        return err.text();
    }

    /** Interrupts a script that is still running (the engine's blocking calls end on an interrupt). */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }
}
