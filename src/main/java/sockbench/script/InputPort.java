package sockbench.script;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.charset.StandardCharsets;

/**
 * A Scheme input port over any InputStream: each byte is one char (ISO-8859-1). It adds no buffer
 * of its own beyond one byte of look-ahead, so a stream that buffers itself (the engine's socket
 * ports) keeps its exact behaviour. Safe to share between threads.
 */
public final class InputPort implements Closeable {
    private static final int NOTHING = -2;

    private final InputStream in;
    private final String name;
    private volatile int lookahead = NOTHING;
    private final AtomicBoolean closed = new AtomicBoolean();

    public InputPort(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** A port reading the UTF-8 bytes of Unicode text. */
    public static InputPort ofText(String unicode) {
        return ofBytes(unicode.getBytes(StandardCharsets.UTF_8), "(string)");
    }

    public static InputPort ofBytes(byte[] bytes, String name) {
        return new InputPort(new ByteArrayInputStream(bytes), name);
    }

    /** The next char (0..255), or -1 at end of input. */
    public synchronized int read() throws IOException {
        int c = peek();
        lookahead = NOTHING;
        return c;
    }

    /** The next char without consuming it, or -1 at end of input. */
    public synchronized int peek() throws IOException {
        if (closed.get()) {
            throw new IOException("port closed: " + name);
        }
        if (lookahead == NOTHING) {
            lookahead = in.read();
        }
        return lookahead;
    }

    /**
     * Whether a char can be read without waiting ({@code char-ready?}). Not synchronized: it must
     * answer while another thread waits in a read on this port.
     */
    public boolean ready() throws IOException {
        if (closed.get()) {
            throw new IOException("port closed: " + name);
        }
        return lookahead != NOTHING || in.available() > 0;
    }

    /**
     * A line without its terminator ({@code \n}, {@code \r\n} or {@code \r}), or null at end of
     * input. A lone {@code \r} waits for the next byte to see whether {@code \n} follows.
     */
    public String readLine() throws IOException {
        return readLine(-1);
    }

    /**
     * A line as {@link #readLine()}, but at most {@code limit} chars of it (no limit when negative):
     * the rest of a longer line stays for the next read, as CHICKEN's {@code (read-line port limit)}.
     */
    public synchronized String readLine(int limit) throws IOException {
        StringBuilder line = new StringBuilder();
        if (limit == 0) {
            return peek() == -1 ? null : "";
        }
        int c = read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n') {
            if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                break;
            }
            line.append((char) c);
            if (line.length() == limit) {
                break;
            }
            c = read();
        }
        return line.toString();
    }

    /** Up to {@code count} chars (all that remain when count is negative); null at end of input. */
    public synchronized String readString(int count) throws IOException {
        StringBuilder text = new StringBuilder();
        while (count < 0 || text.length() < count) {
            int c = read();
            if (c == -1) {
                break;
            }
            text.append((char) c);
        }
        return text.length() == 0 && count != 0 ? null : text.toString();
    }

    /** The stream under this port (the bindings use it to find the socket of a socket port). */
    public InputStream stream() {
        return in;
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            in.close();
        }
    }

    @Override
    public String toString() {
        return "#<input port \"" + name + "\">";
    }
}
