package sockbench.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Text arriving from a running program (a console's output, a peer's stdout), handed out line by
 * line with a bounded wait, and kept whole for the final comparison.
 */
final class LineStream extends OutputStream {
    private static final String END = "\u0000end";
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer all = new StringBuffer();
    private final StringBuilder partial = new StringBuilder();

    /** Pumps a stream (a process's stdout) into a new LineStream on a daemon thread. */
    static LineStream pump(InputStream in, String name) {
        LineStream s = new LineStream();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
                for (String line; (line = r.readLine()) != null;) {
                    s.all.append(line).append('\n');
                    s.lines.add(line);
                }
            } catch (IOException e) {
                // the process was destroyed
            } finally {
                s.lines.add(END);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return s;
    }

    @Override
    public synchronized void write(int b) {
        char c = (char) (b & 0xFF);
        all.append(c);
        if (c == '\n') {
            lines.add(partial.toString());
            partial.setLength(0);
        } else {
            partial.append(c);
        }
    }

    /** The next whole line, waiting at most {@code timeout}; fails when none comes. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(END)) {
            throw new AssertionError("no line within " + timeout + "; so far: " + all);
        }
        return line;
    }

    /** Everything so far. */
    String text() {
        return all.toString();
    }
}
