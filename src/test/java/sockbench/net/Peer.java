package sockbench.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A program this project did not write (python3, curl) as a child process: its stdout read line by
 * line with a bounded wait, its stderr kept for failure messages, destroyed on close.
 */
final class Peer implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer stderr = new StringBuffer();

    private Peer(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        // No proxy may stand between a client and the loopback server under test.
        pb.environment().keySet().removeIf(k -> k.toLowerCase().endsWith("_proxy"));
        process = pb.start();
        pump(process.getInputStream(), true);
        pump(process.getErrorStream(), false);
    }

    /** {@code python3 -u -c code args...}. */
    static Peer python(String code, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("python3", "-u", "-c", code));
        cmd.addAll(List.of(args));
        return new Peer(cmd);
    }

    static Peer run(String... command) throws IOException {
        return new Peer(List.of(command));
    }

    /** The next line of stdout, waiting at most {@code timeout}; fails when none comes. */
    String readLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no line from peer within " + timeout + "; stderr: " + stderr);
        }
        if (line.equals(EOF)) {
            lines.add(EOF);
            throw new AssertionError("peer closed its output; stderr: " + stderr);
        }
        return line;
    }

    /** Exit status, waiting at most {@code timeout}; fails when it is still running. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("peer still running after " + timeout + "; stderr: " + stderr);
        }
        return process.exitValue();
    }

    String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private void pump(InputStream in, boolean out) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (out) {
                        lines.add(line);
                    } else {
                        stderr.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process was destroyed
            } finally {
                if (out) {
                    lines.add(EOF);
                }
            }
        }, "peer-" + (out ? "stdout" : "stderr"));
        t.setDaemon(true);
        t.start();
    }
}
