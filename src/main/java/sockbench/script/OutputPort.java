package sockbench.script;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Scheme output port over any OutputStream: each char is one byte (ISO-8859-1). Every write is
 * one {@code write(byte[])} on the stream, with no buffer of its own, so the engine's socket ports
 * see the writes the program made. Safe to share between threads.
 */
public final class OutputPort implements Closeable, Flushable {
    private final OutputStream out;
    private final String name;
    private final boolean flushEachWrite;
    private final AtomicBoolean closed = new AtomicBoolean();

    public OutputPort(OutputStream out, String name) {
        this(out, name, false);
    }

    /** A port that flushes its stream after every write: for consoles, where output must show at once. */
    public OutputPort(OutputStream out, String name, boolean flushEachWrite) {
        this.out = out;
        this.name = name;
        this.flushEachWrite = flushEachWrite;
    }

    /** A string port: what is written is kept, see {@link #contents()}. */
    public static OutputPort toBytes() {
        return new OutputPort(new ByteArrayOutputStream(), "(string)");
    }

    public synchronized void write(CharSequence byteText) throws IOException {
        if (closed.get()) {
            throw new IOException("port closed: " + name);
        }
        out.write(ByteText.bytes(byteText));
        if (flushEachWrite) {
            out.flush();
        }
    }

    public synchronized void write(char c) throws IOException {
        write(String.valueOf(c));
    }

    /** What a string port holds so far; for other ports a type error. */
    public synchronized MString contents() {
        if (out instanceof ByteArrayOutputStream bytes) {
            return MString.ofBytes(bytes.toByteArray());
        }
        throw Errors.wrongType("string output port", this);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!closed.get()) {
            out.flush();
        }
    }

    /** The stream under this port (the bindings use it to find the socket of a socket port). */
    public OutputStream stream() {
        return out;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Not synchronized: closing must not wait for a write blocked in another thread. */
    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            out.close();
        }
    }

    @Override
    public String toString() {
        return "#<output port \"" + name + "\">";
    }
}
