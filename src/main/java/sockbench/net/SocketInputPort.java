package sockbench.net;

import java.io.InputStream;

/**
 * A socket input port: a buffer of {@code socket-receive-buffer-size} bytes, refilled by one
 * receive call whenever it is empty. For a datagram socket, one datagram per refill (truncated to the
 * buffer). Closing shuts down the read side unless the port was abandoned.
 */
public final class SocketInputPort extends InputStream {
    private final SocketPorts ports;
    private final byte[] buffer;
    private final Integer timeout;
    private int position;
    private int limit;
    /** limit - position, published for readers on other threads (a window) that must not take the port's lock. */
    private volatile int waiting;
    private boolean closed;
    private volatile boolean abandoned;

    SocketInputPort(SocketPorts ports, int size, Integer timeout) {
        this.ports = ports;
        this.buffer = new byte[size];
        this.timeout = timeout;
    }

    /** {@code socket-i/o-port->socket}. */
    public Socket socket() {
        return ports.socket();
    }

    /** {@code socket-abandon-port}: closing will not shut the read side down. */
    public void abandon() {
        abandoned = true;
    }

    public boolean isAbandoned() {
        return abandoned;
    }

    /** Bytes waiting in the port's buffer: a snapshot, lock-free, safe from any thread while a read blocks. */
    public int buffered() {
        return waiting;
    }

    public int capacity() {
        return buffer.length;
    }

    @Override
    public synchronized int read() {
        if (!ready()) {
            return -1;
        }
        int b = buffer[position++] & 0xff;
        waiting = limit - position;
        PortEvents.emit(socket(), PortEvent.Kind.READ, 1, limit - position, buffer.length);
        return b;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!ready()) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        waiting = limit - position;
        PortEvents.emit(socket(), PortEvent.Kind.READ, n, limit - position, buffer.length);
        return n;
    }

    /** Reads a line without its terminator (LF or CRLF), or null at end of stream. */
    public synchronized String readLine() {
        StringBuilder s = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                return s.length() == 0 ? null : s.toString();
            }
            if (c == '\n') {
                int last = s.length() - 1;
                return last >= 0 && s.charAt(last) == '\r' ? s.substring(0, last) : s.toString();
            }
            s.append((char) c);
        }
    }

    @Override
    public synchronized int available() {
        return limit - position;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!abandoned) {
                ports.shutdownQuietly(Constants.require("shut/rd"));
            }
            PortEvents.emit(socket(), PortEvent.Kind.CLOSE, abandoned ? 0 : 1, limit - position, buffer.length);
        } finally {
            ports.portClosed();
        }
    }

    /** True when bytes wait in the buffer, refilling it with one receive call when empty. */
    private boolean ready() {
        if (closed) {
            throw Errors.net("read: input port closed");
        }
        if (position < limit) {
            return true;
        }
        int n = Math.min(socket().receive(buffer, 0, buffer.length, 0, timeout), buffer.length);
        position = 0;
        limit = n;
        waiting = n;
        PortEvents.emit(socket(), PortEvent.Kind.RECEIVE, n, n, buffer.length);
        return n > 0;
    }
}
