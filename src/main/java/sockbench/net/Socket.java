package sockbench.net;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import java.lang.ref.Cleaner;
import java.util.List;
import sockbench.net.libc.Sockaddrs;

/**
 * The egg's socket record: a non-blocking kernel socket whose blocking operations wait in poll(2)
 * with the egg's timeouts, so only the calling thread waits. Printed as
 * {@code #<socket fd:19 af/inet sock/stream>}. Closing from another thread wakes a thread blocked on
 * this socket within one poll slice, with "socket closed".
 */
public final class Socket implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    /** The longest single poll wait: how soon a blocked thread notices a close. */
    private static final int POLL_SLICE_MILLIS = 50;
    private static final int MSG_DONTWAIT = Constants.value("msg/dontwait").orElse(0);
    private static final int SO_ERROR = Constants.require("so/error");
    private static final int SOL_SOCKET = Constants.require("sol/socket");

    private final FdHandle handle;
    private final int family;
    private final int type;
    private final int protocol;
    private final Cleaner.Cleanable cleanable;
    private volatile SocketState state;
    private volatile int shutdownHow = -1;
    /**
     * How many receives (sends) in a row had to wait, 0 when the last one did not. While waiting is
     * the pattern (request/response), the next call polls first rather than making a call that would
     * only answer EAGAIN, saving a system call per wait; every 16th tries the call at once again, to
     * notice when data (room) is there already. A hint: a race between threads only costs a call.
     */
    private int receiveWaits;
    private int sendWaits;

    private Socket(int fd, int family, int type, int protocol, SocketState state) {
        this.handle = new FdHandle(fd);
        this.family = family;
        this.type = type;
        this.protocol = protocol;
        this.state = state;
        this.cleanable = CLEANER.register(this, handle);
        SocketEvents.fire(SocketEvents.Kind.CREATED, this);
    }

    /** {@code (socket family type protocol)}: a new non-blocking, close-on-exec socket. */
    public static Socket create(int family, int type, int protocol) {
        int fd = Sys.socket(family, type, protocol);
        return new Socket(fd, family, type, protocol, SocketState.CREATED);
    }

    /** {@code (socket family type)}. */
    public static Socket create(int family, int type) {
        return create(family, type, 0);
    }

    /**
     * {@code (socket-connect/ai ais)}: tries each address in order; transient and timeout errors move
     * on to the next, a fatal one aborts; when all fail, the last error is raised.
     */
    public static Socket connectAi(List<AddrInfo> ais) {
        if (ais == null || ais.isEmpty()) {
            throw Errors.badArgument("socket-connect/ai", "no addresses to connect to");
        }
        for (int i = 0; i < ais.size(); i++) {
            if (ais.get(i) == null) { // List.of(...).contains(null) would throw
                throw Errors.badArgument("socket-connect/ai", "no address at position " + i);
            }
        }
        NetException last = null;
        for (AddrInfo ai : ais) {
            Socket s = create(ai.family(), ai.socktype(), ai.protocol());
            try {
                s.connect(ai.address());
                return s;
            } catch (NetException e) {
                s.closeQuietly();
                if (!e.is("transient") && !e.is("timeout")) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** {@code socket-fileno}. */
    public int fileno() { return handle.fd(); }

    /** {@code socket-family}. */
    public int family() { return family; }

    /** {@code socket-type}. */
    public int type() { return type; }

    /** {@code socket-protocol}. */
    public int protocol() { return protocol; }

    /** Where the socket is in its life. */
    public SocketState state() { return state; }

    /** The last {@code shut/*} applied, or -1. */
    public int shutdownHow() { return shutdownHow; }

    public boolean isClosed() { return handle.isClosed(); }

    /** {@code (socket-connect so saddr)}: waits for the handshake up to {@code socket-connect-timeout}. */
    public void connect(SockAddr address) {
        checkFamily("socket-connect", address);
        Sockaddrs.Native sa = address.toNative();
        int fd = enter("socket-connect");
        try {
            setState(SocketState.CONNECTING);
            int r = Sys.connect(fd, sa, address);
            if (r < 0) {
                int err = -r;
                if (err != Sys.EINPROGRESS && err != Sys.EINTR) {
                    throw Errors.syscall("connect", err);
                }
                await(fd, Sys.POLLOUT, Parameters.CONNECT_TIMEOUT.get(), "connect");
                int soError = intOption(fd, SOL_SOCKET, SO_ERROR, "SO_ERROR");
                if (soError != 0) {
                    throw Errors.syscall("connect", soError);
                }
            }
            setState(SocketState.CONNECTED);
        } catch (NetException e) {
            if (state == SocketState.CONNECTING) {
                setState(SocketState.CREATED);
            }
            throw e;
        } finally {
            leave();
        }
    }

    /** {@code (socket-bind so saddr)}. */
    public void bind(SockAddr address) {
        checkFamily("socket-bind", address);
        Sockaddrs.Native sa = address.toNative();
        int fd = enter("socket-bind");
        try {
            Sys.bind(fd, sa, address);
            setState(SocketState.BOUND);
        } finally {
            leave();
        }
    }

    /** {@code (socket-listen so backlog)}. */
    public void listen(int backlog) {
        if (backlog < 0) {
            throw Errors.badArgument("socket-listen", "backlog " + backlog + " is negative");
        }
        int fd = enter("socket-listen");
        try {
            Sys.listen(fd, backlog);
            setState(SocketState.LISTENING);
        } finally {
            leave();
        }
    }

    /** {@code (socket-accept so)}: a new connected socket; waits up to {@code socket-accept-timeout}. */
    public Socket accept() {
        Integer timeout = Parameters.ACCEPT_TIMEOUT.get();
        long deadline = deadline(timeout);
        int fd = enter("socket-accept");
        try {
            Memory storage = new Memory(Sockaddrs.STORAGE_SIZE);
            IntByReference len = new IntByReference();
            while (true) {
                int r = Sys.accept(fd, storage, len);
                if (r >= 0) {
                    return new Socket(r, family, type, protocol, SocketState.CONNECTED);
                }
                int err = -r;
                if (err == Sys.EAGAIN) {
                    awaitUntil(fd, Sys.POLLIN, deadline, timeout, "accept");
                } else if (err != Sys.EINTR && err != Sys.ECONNABORTED) {
                    throw Errors.syscall("accept", err);
                }
            }
        } finally {
            leave();
        }
    }

    /** {@code (socket-accept-ready? so)}: whether a connection waits to be accepted. */
    public boolean isAcceptReady() {
        return isReady("socket-accept-ready?");
    }

    /** {@code (socket-receive-ready? so)}: whether a receive would not block. */
    public boolean isReceiveReady() {
        return isReady("socket-receive-ready?");
    }

    /** {@code (socket-shutdown so how)} with {@code shut/rd}, {@code shut/wr} or {@code shut/rdwr}. */
    public void shutdown(int how) {
        if (how != Constants.require("shut/rd") && how != Constants.require("shut/wr") && how != Constants.require("shut/rdwr")) {
            throw Errors.badArgument("socket-shutdown", "how must be shut/rd, shut/wr or shut/rdwr, got " + how);
        }
        int fd = enter("socket-shutdown");
        try {
            Sys.shutdown(fd, how);
            shutdownHow = shutdownHow >= 0 && shutdownHow != how ? Constants.require("shut/rdwr") : how;
            setState(SocketState.SHUT_DOWN);
        } finally {
            leave();
        }
    }

    /** {@code (socket-close so)}: closes once; raises if close(2) fails or the socket is closed. */
    public void close() {
        int r = handle.close();
        if (r == -1) {
            throw Errors.closed("socket-close");
        }
        markClosed();
        if (r != 0) {
            throw Errors.syscall("close", r);
        }
    }

    /** {@code (socket-close* so)}: like close, but swallows every error. */
    public void closeQuietly() {
        if (handle.close() != -1) {
            markClosed();
        }
    }

    /** {@code (socket-name so)}: the local address, or null while unbound (port 0) and for UNIX sockets. */
    public SockAddr name() {
        int fd = enter("socket-name");
        try {
            SockAddr a = SockAddr.fromRaw(Sys.getsockname(fd));
            return a.isInet() && a.port() != 0 ? a : null;
        } finally {
            leave();
        }
    }

    /** {@code (socket-peer-name so)}: the remote address, or null when not connected. */
    public SockAddr peerName() {
        int fd = enter("socket-peer-name");
        try {
            Sockaddrs.Raw raw = Sys.getpeername(fd);
            return raw == null ? null : SockAddr.fromRaw(raw);
        } finally {
            leave();
        }
    }

    // ---- receiving

    /** {@code (socket-receive! so buf start end flags)}: bytes received into buf[start, end), 0 at end of stream. */
    public int receive(byte[] buf, int start, Integer end, int flags) {
        int e = range("socket-receive!", buf, start, end);
        return (int) transfer("socket-receive!", "recv", e - start, flags, true,
                fd -> Sys.recv(fd, buf, start, e - start, flags));
    }

    /** {@code (socket-receive! so buf)}. */
    public int receive(byte[] buf) {
        return receive(buf, 0, null, 0);
    }

    /** {@code (socket-receive so len flags)}: up to len bytes, sized to fit. */
    public byte[] receive(int len, int flags) {
        checkLength("socket-receive", len);
        // one recv never moves more than the scratch buffer holds: a huge len must not allocate (or OOM)
        byte[] buf = new byte[Math.min(len, Sys.MAX_SCRATCH)];
        int n = receive(buf, 0, buf.length, flags);
        return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }

    /** {@code (socket-receive-from! so buf start end flags)}: count and source. */
    public Received receiveFrom(byte[] buf, int start, Integer end, int flags) {
        int e = range("socket-receive-from!", buf, start, end);
        Sockaddrs.Raw[] from = new Sockaddrs.Raw[1];
        int n = (int) transfer("socket-receive-from!", "recvfrom", e - start, flags, true,
                fd -> Sys.recvfrom(fd, buf, start, e - start, flags, from));
        return new Received(n, from[0] == null || from[0].family() == 0 ? null : SockAddr.fromRaw(from[0]));
    }

    /** {@code (socket-receive-from so len flags)}: the data, sized to fit, and its source. */
    public Datagram receiveFrom(int len, int flags) {
        checkLength("socket-receive-from", len);
        byte[] buf = new byte[Math.min(len, Sys.MAX_SCRATCH)];
        Received r = receiveFrom(buf, 0, buf.length, flags);
        return new Datagram(r.count() == buf.length ? buf : java.util.Arrays.copyOf(buf, r.count()), r.source());
    }

    /** A count of bytes received and where they came from (null when the kernel gave no address). */
    public record Received(int count, SockAddr source) {}

    /** Bytes received and where they came from. */
    public record Datagram(byte[] data, SockAddr source) {}

    // ---- sending

    /** {@code (socket-send so buf start end flags)}: bytes sent, at least one unless buf is empty. */
    public int send(byte[] buf, int start, Integer end, int flags) {
        int e = range("socket-send", buf, start, end);
        return (int) transfer("socket-send", "send", e - start, flags, false,
                fd -> Sys.send(fd, buf, start, e - start, flags));
    }

    /** {@code (socket-send so buf)}. */
    public int send(byte[] buf) {
        return send(buf, 0, null, 0);
    }

    /** {@code (socket-send-to so buf saddr start end flags)}: bytes sent to the address. */
    public int sendTo(byte[] buf, SockAddr to, int start, Integer end, int flags) {
        checkFamily("socket-send-to", to);
        int e = range("socket-send-to", buf, start, end);
        Sockaddrs.Native sa = to.toNative();
        return (int) transfer("socket-send-to", "sendto", e - start, flags, false,
                fd -> Sys.sendto(fd, buf, start, e - start, flags, sa, to));
    }

    /**
     * One data call as the egg makes it: waits for readiness in poll (within the receive or send
     * timeout) whenever the call answers EAGAIN, retries on EINTR, and raises any other errno. While
     * calls on this socket keep having to wait, the next one polls first (see {@link #waitFirst}).
     */
    private long transfer(String procedure, String syscall, int length, int flags, boolean receiving,
                          java.util.function.IntToLongFunction call) {
        Integer timeout = (receiving ? Parameters.RECEIVE_TIMEOUT : Parameters.SEND_TIMEOUT).get();
        int events = receiving ? Sys.POLLIN : Sys.POLLOUT;
        String operation = receiving ? "receive" : "send";
        long deadline = deadline(timeout);
        int fd = enter(procedure);
        try {
            int waits = receiving ? receiveWaits : sendWaits;
            boolean waited = waitFirst(waits, length, fd, flags, events, deadline, timeout, operation);
            while (true) {
                long r = call.applyAsLong(fd);
                if (r >= 0) {
                    int next = waited ? waits + 1 : 0;
                    if (receiving) {
                        receiveWaits = next;
                    } else {
                        sendWaits = next;
                    }
                    return r;
                }
                waited |= retryOrThrow(fd, (int) -r, flags, events, deadline, timeout, syscall, operation);
            }
        } finally {
            leave();
        }
    }

    /**
     * {@code (socket-send-all so buf start end flags)}: calls send until all of buf[start, end) is
     * sent, each call offering at most {@code socket-send-size} bytes (all that remains when #f).
     */
    public void sendAll(byte[] buf, int start, Integer end, int flags) {
        sendAll(buf, start, end, flags, Parameters.SEND_SIZE.get(), sent -> { });
    }

    /** send-all with an explicit chunk size (null: all that remains), telling {@code eachSend} each result. */
    void sendAll(byte[] buf, int start, Integer end, int flags, Integer chunk, java.util.function.IntConsumer eachSend) {
        int e = range("socket-send-all", buf, start, end);
        int off = start;
        do {
            int n = chunk == null ? e - off : Math.min(chunk, e - off);
            int sent = send(buf, off, off + n, flags);
            eachSend.accept(sent);
            off += sent;
        } while (off < e);
    }

    /** {@code (socket-send-all so buf)}. */
    public void sendAll(byte[] buf) {
        sendAll(buf, 0, null, 0);
    }

    // ---- kernel views used by options and the workbench

    /** The fd for an operation that another class of the engine performs; pair with {@link #leave()}. */
    int enter(String operation) {
        if (!handle.acquire()) {
            throw Errors.closed(operation);
        }
        return handle.fd();
    }

    void leave() {
        handle.release();
    }

    // ---- helpers

    private boolean isReady(String operation) {
        int fd = enter(operation);
        try {
            int r = Sys.poll(fd, Sys.POLLIN, 0);
            if (r < 0 && r != -Sys.EINTR) {
                throw Errors.syscall("poll", -r);
            }
            return r > 0;
        } finally {
            leave();
        }
    }

    /** After a failed data call: true when it waited for readiness (EAGAIN), false to retry at once (EINTR). */
    private boolean retryOrThrow(int fd, int err, int flags, int events, long deadline, Integer timeout,
                                 String call, String operation) {
        if (err == Sys.EINTR) {
            return false;
        }
        if (err == Sys.EAGAIN && (flags & MSG_DONTWAIT) == 0) {
            awaitUntil(fd, events, deadline, timeout, operation);
            return true;
        }
        throw Errors.syscall(call, err);
    }

    /**
     * Polls before the data call when the previous ones had to wait (see {@link #receiveWaits}); never
     * for an empty buffer, MSG_DONTWAIT or a zero timeout, which must try the call itself. True when it polled.
     */
    private boolean waitFirst(int waits, int len, int fd, int flags, int events, long deadline, Integer timeout,
                              String operation) {
        if (waits == 0 || (waits & 15) == 0 || len == 0 || (flags & MSG_DONTWAIT) != 0 || (timeout != null && timeout == 0)) {
            return false;
        }
        awaitUntil(fd, events, deadline, timeout, operation);
        return true;
    }

    private void await(int fd, int events, Integer timeout, String operation) {
        awaitUntil(fd, events, deadline(timeout), timeout, operation);
    }

    /** Waits in poll slices until ready, the deadline passes (timeout error) or the socket closes. */
    private void awaitUntil(int fd, int events, long deadline, Integer timeout, String operation) {
        while (true) {
            if (handle.isClosed()) {
                throw Errors.closed(operation);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw Errors.timeout(operation, timeout);
            }
            int slice = (int) Math.min(POLL_SLICE_MILLIS, (left + 999_999) / 1_000_000);
            int r = Sys.poll(fd, events, slice);
            if (r > 0) {
                if (handle.isClosed()) {
                    throw Errors.closed(operation);
                }
                return;
            }
            if (r < 0 && r != -Sys.EINTR) {
                throw Errors.syscall("poll", -r);
            }
        }
    }

    private static long deadline(Integer timeoutMillis) {
        return timeoutMillis == null ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    private static int intOption(int fd, int level, int name, String shown) {
        Memory m = new Memory(4);
        int r = Sys.getsockopt(fd, level, name, m, 4, shown);
        if (r < 0) {
            throw Errors.syscall("getsockopt", -r);
        }
        return m.getInt(0);
    }

    private void checkFamily(String procedure, SockAddr address) {
        if (address == null) {
            throw Errors.badArgument(procedure, "no address given");
        }
        if (address.family() != family) {
            throw Errors.badArgument(procedure, "wrong family: the socket is " + Constants.describe("af", family)
                    + ", the address " + address + " is " + Constants.describe("af", address.family()));
        }
    }

    private static int range(String procedure, byte[] buf, int start, Integer end) {
        if (buf == null) {
            throw Errors.badArgument(procedure, "no buffer given");
        }
        int e = end == null ? buf.length : end;
        if (start < 0 || start > buf.length) {
            throw Errors.outOfBounds(procedure, "start " + start + " is outside the buffer of " + buf.length + " bytes");
        }
        if (e < start || e > buf.length) {
            throw Errors.outOfBounds(procedure, "end " + e + " is outside " + start + ".." + buf.length);
        }
        return e;
    }

    private static void checkLength(String procedure, int len) {
        if (len < 0) {
            throw Errors.badArgument(procedure, "length " + len + " is negative");
        }
    }

    private void setState(SocketState s) {
        if (state != s && state != SocketState.CLOSED) {
            state = s;
            SocketEvents.fire(SocketEvents.Kind.CHANGED, this);
        }
    }

    private void markClosed() {
        state = SocketState.CLOSED;
        cleanable.clean();
        SocketEvents.fire(SocketEvents.Kind.CLOSED, this);
    }

    /** The egg's printed form: {@code #<socket fd:19 af/inet sock/stream>}. */
    @Override
    public String toString() {
        return "#<socket fd:" + handle.fd() + " " + Constants.describe("af", family) + " "
                + Constants.describe("sock", type) + ">";
    }

    // ---- af/packet (the Wire view's capture)

    /**
     * recvfrom(2) of one frame on an {@code af/packet} socket into buf, waiting like {@code socket-receive!}:
     * the frame's whole length (MSG_TRUNC: it may exceed buf, which then holds its start), the interface
     * it crossed and its packet type from the {@code sockaddr_ll}, and the kernel's time for it.
     */
    public LinkFrame receiveLink(byte[] buf) {
        long[] link = new long[3];
        int flags = Constants.require("msg/trunc");
        long n = transfer("socket-receive-from!", "recvfrom", buf.length, flags, true,
                fd -> Sys.recvfromLink(fd, buf, flags, link));
        return new LinkFrame((int) n, (int) link[0], (int) link[1], link[2]);
    }
}
