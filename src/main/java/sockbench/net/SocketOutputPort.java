package sockbench.net;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A socket output port. Unbuffered ({@code socket-send-buffer-size} #f): every write is one
 * send-all. Buffered by N: bytes gather, and once N or more wait, only whole multiples of N leave in
 * one send-all, the rest stays (500 + 526 with N = 512: one send-all of 1024, 2 kept). Each send-all
 * offers at most {@code socket-send-size} bytes per send call. Closing flushes, then shuts down the
 * write side unless the port was abandoned.
 */
public final class SocketOutputPort extends OutputStream {
    private final SocketPorts ports;
    private final Integer bufferSize;
    private final Integer sendSize;
    private byte[] pending;
    private int count;
    private boolean closed;
    private volatile boolean abandoned;

    SocketOutputPort(SocketPorts ports, Integer bufferSize, Integer sendSize) {
        this.ports = ports;
        this.bufferSize = bufferSize;
        this.sendSize = sendSize;
        this.pending = new byte[bufferSize == null ? 0 : bufferSize];
    }

    /** {@code socket-i/o-port->socket}. */
    public Socket socket() {
        return ports.socket();
    }

    /** {@code socket-abandon-port}: closing will not shut the write side down. */
    public void abandon() {
        abandoned = true;
    }

    public boolean isAbandoned() {
        return abandoned;
    }

    /** Bytes kept in the buffer, not yet sent. */
    public synchronized int buffered() {
        return count;
    }

    /** The buffer size N, or null when unbuffered. */
    public Integer bufferSize() {
        return bufferSize;
    }

    /** The send-all chunk size, or null for everything at once. */
    public Integer sendSize() {
        return sendSize;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw Errors.net("write: output port closed");
        }
        if (len == 0) {
            return;
        }
        if (bufferSize == null) {
            PortEvents.emit(socket(), PortEvent.Kind.WRITE, len, 0, 0);
            sendAll(b, off, len);
            return;
        }
        if (count + len > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, count + len));
        }
        System.arraycopy(b, off, pending, count, len);
        count += len;
        PortEvents.emit(socket(), PortEvent.Kind.WRITE, len, count, bufferSize);
        if (count >= bufferSize) {
            int whole = count / bufferSize * bufferSize;
            sendAll(pending, 0, whole);
            System.arraycopy(pending, whole, pending, 0, count - whole);
            count -= whole;
        }
    }

    /** Sends everything kept in the buffer. */
    @Override
    public synchronized void flush() {
        if (count > 0) {
            int n = count;
            count = 0;
            sendAll(pending, 0, n);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            try {
                if (!abandoned) {
                    ports.shutdownQuietly(Constants.require("shut/wr"));
                }
                PortEvents.emit(socket(), PortEvent.Kind.CLOSE, abandoned ? 0 : 1, count, bufferSize == null ? 0 : bufferSize);
            } finally {
                ports.portClosed();
            }
        }
    }

    private void sendAll(byte[] b, int off, int len) {
        PortEvents.emit(socket(), PortEvent.Kind.SEND_ALL, len, count, bufferSize == null ? 0 : bufferSize);
        socket().sendAll(b, off, off + len, 0, sendSize,
                sent -> PortEvents.emit(socket(), PortEvent.Kind.SEND, sent, count, bufferSize == null ? 0 : bufferSize));
    }
}
