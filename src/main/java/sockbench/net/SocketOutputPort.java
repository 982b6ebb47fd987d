package sockbench.net;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A socket output port. Unbuffered ({@code socket-send-buffer-size} #f or 0): every write is one
 * send-all. Buffered by N: bytes gather, and once N or more wait, only whole multiples of N leave in
 * one send-all, the rest stays (500 + 526 with N = 512: one send-all of 1024, 2 kept). Each send-all
 * offers at most {@code socket-send-size} bytes per send call. The buffer advances by what each send
 * call really sent, so a send-all that fails part-way (timeout, EPIPE) keeps exactly the bytes that
 * did not leave: a later flush sends those, never again what is on the wire. Closing flushes, then
 * shuts down the write side unless the port was abandoned.
 */
public final class SocketOutputPort extends OutputStream {
    private final SocketPorts ports;
    private final Integer bufferSize;
    private final Integer sendSize;
    private final Integer timeout;
    private byte[] pending;
    /** The kept bytes are pending[head, head + count). */
    private int head;
    private int count;
    /** count, published for readers on other threads (a window) that must not take the port's lock. */
    private volatile int kept;
    private boolean closed;
    private volatile boolean abandoned;

    SocketOutputPort(SocketPorts ports, Integer bufferSize, Integer sendSize, Integer timeout) {
        this.ports = ports;
        this.bufferSize = bufferSize == null || bufferSize == 0 ? null : bufferSize;
        this.sendSize = sendSize;
        this.timeout = timeout;
        this.pending = new byte[this.bufferSize == null ? 0 : this.bufferSize];
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

    /** Bytes kept in the buffer, not yet sent: a snapshot, lock-free, safe from any thread while a send blocks. */
    public int buffered() {
        return kept;
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
            sendAll(b, off, len, false);
            return;
        }
        keep(b, off, len);
        PortEvents.emit(socket(), PortEvent.Kind.WRITE, len, count, bufferSize);
        if (count >= bufferSize) {
            sendAll(pending, head, count / bufferSize * bufferSize, true);
        }
    }

    /** Sends everything kept in the buffer; what a failing send did not take stays kept. */
    @Override
    public synchronized void flush() {
        if (count > 0) {
            sendAll(pending, head, count, true);
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

    /** Appends to the kept bytes, moving them to the front (or a bigger array) when the tail is short. */
    private void keep(byte[] b, int off, int len) {
        if (head + count + len > pending.length) {
            if (count + len > pending.length) {
                pending = Arrays.copyOfRange(pending, head, head + Math.max(pending.length * 2, count + len));
            } else {
                System.arraycopy(pending, head, pending, 0, count);
            }
            head = 0;
        }
        System.arraycopy(b, off, pending, head + count, len);
        count += len;
        kept = count;
    }

    /** One send-all; when the bytes are the kept ones, each send call's count leaves the buffer as it returns. */
    private void sendAll(byte[] b, int off, int len, boolean fromBuffer) {
        int size = bufferSize == null ? 0 : bufferSize;
        PortEvents.emit(socket(), PortEvent.Kind.SEND_ALL, len, count, size);
        socket().sendAll(b, off, off + len, 0, sendSize, timeout, sent -> {
            if (fromBuffer) {
                head += sent;
                count -= sent;
                kept = count;
                if (count == 0) {
                    head = 0;
                }
            }
            PortEvents.emit(socket(), PortEvent.Kind.SEND, sent, count, size);
        });
    }
}
