package sockbench.script;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A Scheme output port over any OutputStream: each char is one byte (ISO-8859-1). Every write is
 * one {@code write(byte[])} on the stream, with no buffer of its own, so the engine's socket ports
 * see the writes the program made. Safe to share between threads.
 */
public final class OutputPort implements Closeable, Flushable {
    private final OutputStream out;
    private final String name;
    private volatile boolean closed;

    public OutputPort(OutputStream out, String name) {
        this.out = out;
        this.name = name;
    }

    /** A string port: what is written is kept, see {@link #contents()}. */
    public static OutputPort toBytes() {
        return new OutputPort(new ByteArrayOutputStream(), "(string)");
    }

    public synchronized void write(CharSequence byteText) throws IOException {
        if (closed) {
            throw new IOException("port closed: " + name);
        }
        out.write(ByteText.bytes(byteText));
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
        if (!closed) {
            out.flush();
        }
    }

    /** The stream under this port (the bindings use it to find the socket of a socket port). */
    public OutputStream stream() {
        return out;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    @Override
    public String toString() {
        return "#<output port \"" + name + "\">";
    }
}
