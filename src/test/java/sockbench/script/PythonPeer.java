package sockbench.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A python3 program as a peer the project did not write (as sockbench.net's Peer, which this
 * package cannot reach): its stdout line by line, destroyed on close.
 */
final class PythonPeer implements AutoCloseable {
    private final Process process;
    private final LineStream out;
    private final StringBuffer err = new StringBuffer();

    PythonPeer(String code, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", "-u", "-c", code));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        // no proxy may stand between a client and the loopback server under test
        pb.environment().keySet().removeIf(k -> k.toLowerCase().endsWith("_proxy"));
        process = pb.start();
        out = LineStream.pump(process.getInputStream(), "python-stdout");
        Thread t = new Thread(() -> {
            try (InputStream e = process.getErrorStream()) {
                err.append(new String(e.readAllBytes(), StandardCharsets.ISO_8859_1));
            } catch (IOException ignored) {
                // destroyed
            }
        }, "python-stderr");
        t.setDaemon(true);
        t.start();
    }

    String nextLine(Duration timeout) throws InterruptedException {
        try {
            return out.nextLine(timeout);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; python stderr: " + err, e);
        }
    }

    /** Exit status, waiting at most {@code timeout}. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("python still running after " + timeout + "; stderr: " + err);
        }
        return process.exitValue();
    }

    String output() {
        return out.text();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
