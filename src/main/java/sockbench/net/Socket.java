package sockbench.net;

import com.sun.jna.Memory;
import java.lang.ref.Cleaner;
import java.util.List;
import sockbench.net.libc.Sockaddrs;

/**
 * The egg's socket record: a non-blocking kernel socket whose blocking operations wait in poll(2)
 * with the egg's timeouts, so only the calling thread waits. Printed as
 * {@code #<socket fd:19 af/inet sock/stream>}. Each wait polls the fd beside the thread's {@link Waker}:
 * closing from another thread wakes every thread blocked on this socket at once with "socket closed",
 * and interrupting a blocked thread ends its wait with {@code (exn i/o net cancelled)}, the socket
 * left open. Close under {@code so/linger (#t N)} blocks the closing thread in close(2) up to N
 * seconds, as the kernel does (the trace shows the wait as close's duration): callers that must not
 * block (a window's event thread) close on a thread of their own.
 */
public final class Socket implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    /** The longest pause between retries of a unix connect to a full backlog (no poll event says "room now"). */
    private static final int UNIX_RETRY_MAX_MILLIS = 50;
    private static final int AF_UNIX = Constants.value("af/unix").orElse(-1);
    private static final int MSG_DONTWAIT = Constants.value("msg/dontwait").orElse(0);
    private static final int SO_ERROR = Constants.require("so/error");
    private static final int SOL_SOCKET = Constants.require("sol/socket");
    private static final int STREAM = Constants.require("sock/stream");

    private final FdHandle handle;
    private final int family;
    private final int type;
    private final int protocol;
    private final Cleaner.Cleanable cleanable;
    private volatile SocketState state;
    private volatile int shutdownHow = -1;
    /** The errno symbol of the last failed connect, shown with {@link SocketState#CONNECT_FAILED}. */
    private volatile String connectError;
    /**
     * A pending error another reader of SO_ERROR took while a connect waited (the options panel, a
     * console thread): reading SO_ERROR clears it, and the connect would then read 0 and call a
     * refused socket connected. The connect takes it from here.
     */
    private volatile int errorTakenWhileConnecting; // set and taken under pendingErrorLock
    /** Held across each read of SO_ERROR and what is done with it, so the connect sees the error or its hand-over, never neither. */
    final Object pendingErrorLock = new Object();
    /**
     * How many receives (sends) in a row had to wait, 0 when the last one did not. While waiting is
     * the pattern (request/response), the next call polls first rather than making a call that would
     * only answer EAGAIN, saving a system call per wait; every 16th tries the call at once again, to
     * notice when data (room) is there already. A hint: a race between threads only costs a call.
     * A receive that waits once is then exactly poll and recv in the trace.
     */
    private static final int MSG_PEEK = Constants.require("msg/peek");
    /** Bytes every send and receive call on this socket moved, whoever made it (console, window, a job). */
    private final java.util.concurrent.atomic.AtomicLong bytesSent = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong bytesReceived = new java.util.concurrent.atomic.AtomicLong();
    private int receiveWaits = 1; // a new socket's first receive usually waits: poll, then recv
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

    /**
     * The state in words, exact: {@code connect failed (ECONNREFUSED)}, {@code shut down (wr)},
     * {@code connecting (timed out)}, {@code peer closed}.
     */
    public String stateText() {
        SocketState s = state;
        if (s == SocketState.CONNECT_FAILED && connectError != null) {
            return s.label() + " (" + connectError + ")";
        }
        if (s == SocketState.SHUT_DOWN && shutdownHow >= 0) {
            return s.label() + " (" + Constants.describe("shut", shutdownHow).replace("shut/", "") + ")";
        }
        return s.label();
    }

    /** The last {@code shut/*} applied, or -1. */
    public int shutdownHow() { return shutdownHow; }

    public boolean isClosed() { return handle.isClosed(); }

    /**
     * {@code (socket-connect so saddr)}: waits for the handshake up to {@code socket-connect-timeout}
     * (0: polls once). The state follows the kernel: after a timeout or a cancel the kernel goes on
     * with the handshake, so the socket is "connecting (timed out)" and a later connect answers what
     * the kernel says (EALREADY, EISCONN); a refused socket may connect again, as Linux allows. A unix
     * connect to a full backlog (EAGAIN) is retried until the timeout: the kernel has no event for
     * "room in the backlog now", so the retries pause 1, 2, 4 ... up to 50 ms, each pause a poll on
     * the waker alone, so close and cancel still end it at once.
     */
    public void connect(SockAddr address) {
        checkFamily("socket-connect", address);
        Sockaddrs.Native sa = address.toNative();
        Integer timeout = Parameters.CONNECT_TIMEOUT.get();
        long deadline = deadline(timeout);
        int fd = enter("socket-connect");
        try {
            boolean failedBefore = state == SocketState.CONNECT_FAILED;
            errorTakenWhileConnecting = 0; // one read of SO_ERROR under the lock per connect: this start does not wait for it
            if (state != SocketState.CONNECT_TIMED_OUT) {
                setState(SocketState.CONNECTING);
            }
            int pause = 1;
            while (true) {
                int r = Sys.connect(fd, sa, address);
                checkOpen("socket-connect");
                if (r == 0) {
                    break;
                }
                int err = -r;
                if (err == Sys.ECONNABORTED && failedBefore) {
                    // Linux answers the first connect after a failed one ECONNABORTED, resetting the socket: again
                    failedBefore = false;
                    continue;
                }
                if (err == Sys.EAGAIN && family == AF_UNIX) {
                    pauseUntil(deadline, timeout, pause, "connect");
                    pause = Math.min(pause * 2, UNIX_RETRY_MAX_MILLIS);
                    continue;
                }
                if (err != Sys.EINPROGRESS && err != Sys.EINTR) {
                    throw connectFailed(err);
                }
                awaitUntil(fd, Sys.POLLOUT, deadline, timeout, "connect");
                int soError;
                synchronized (pendingErrorLock) {
                    soError = intOption(fd, SOL_SOCKET, SO_ERROR, "SO_ERROR");
                    if (soError == 0) {
                        soError = errorTakenWhileConnecting;
                    }
                    errorTakenWhileConnecting = 0;
                }
                if (soError != 0) {
                    throw connectFailed(soError);
                }
                break;
            }
            connectError = null;
            setState(SocketState.CONNECTED);
        } catch (NetException e) {
            if (e.is("timeout") || e.is("cancelled")) {
                setState(SocketState.CONNECT_TIMED_OUT);
            }
            throw e.at("socket-connect");
        } finally {
            leave();
        }
    }

    /**
     * Someone read SO_ERROR on this socket and got {@code err}: a connect waiting now learns its outcome
     * from it. Call holding {@link #pendingErrorLock}, across the read.
     */
    void pendingErrorRead(int err) {
        SocketState now = state;
        if (err != 0 && errorTakenWhileConnecting == 0 && (now == SocketState.CONNECTING || now == SocketState.CONNECT_TIMED_OUT)) {
            errorTakenWhileConnecting = err;
        }
    }

    /** A connect the kernel refused or failed: the state says so, except where the kernel says connected. */
    private NetException connectFailed(int err) {
        if (err == Sys.EISCONN) {
            setState(SocketState.CONNECTED);
        } else if (err != Sys.EALREADY) {
            connectError = Errors.errnoSymbol(err);
            setState(SocketState.CONNECT_FAILED);
        }
        return Errors.syscall("connect", err);
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
            while (true) {
                int r = Sys.accept(fd);
                if (handle.isClosed()) {
                    if (r >= 0) {
                        Sys.close(r);
                    }
                    throw Errors.closed("socket-accept");
                }
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
        } catch (NetException e) {
            throw e.at("socket-accept");
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
        } catch (NetException e) {
            // the egg ignores ENOTCONN: "the peer may have already initiated shutdown"
            if (!"ENOTCONN".equals(e.errnoSymbol())) {
                throw e.at("socket-shutdown");
            }
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
            checkOpen("socket-name");
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
            checkOpen("socket-peer-name");
            if (raw != null && (state == SocketState.CONNECTING || state == SocketState.CONNECT_TIMED_OUT)) {
                setState(SocketState.CONNECTED); // a handshake that went on after a timeout
            }
            return raw == null ? null : SockAddr.fromRaw(raw);
        } finally {
            leave();
        }
    }

    // ---- receiving

    /**
     * {@code (socket-receive! so buf start end flags)}: bytes received into buf[start, end), 0 at end
     * of stream. With {@code msg/trunc} on a datagram socket, the datagram's real length, which may
     * exceed end - start; only the range is written, as C's recv does.
     */
    public int receive(byte[] buf, int start, Integer end, int flags) {
        return receive(buf, start, end, flags, Parameters.RECEIVE_TIMEOUT.get());
    }

    /** receive with the timeout given (a port's, taken when it was made). */
    int receive(byte[] buf, int start, Integer end, int flags, Integer timeout) {
        int e = range("socket-receive!", buf, start, end);
        int n = (int) transfer("socket-receive!", "recv", e - start, flags, true, timeout,
                fd -> Sys.recv(fd, buf, start, e - start, flags));
        if (n == 0 && e > start && type == STREAM && state == SocketState.CONNECTED) {
            setState(SocketState.PEER_CLOSED);
        }
        return n;
    }

    /** {@code (socket-receive! so buf)}. */
    public int receive(byte[] buf) {
        return receive(buf, 0, null, 0);
    }

    /** {@code (socket-receive so len flags)}: up to len bytes, sized to fit (len bytes of a longer datagram with msg/trunc). */
    public byte[] receive(int len, int flags) {
        checkLength("socket-receive", len);
        // one recv never moves more than Scratch.MAX_CALL: a huge len must not allocate (or OOM)
        byte[] buf = new byte[Math.min(len, Scratch.MAX_CALL)];
        int n = Math.min(receive(buf, 0, buf.length, flags), buf.length);
        return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }

    /** {@code (socket-receive-from! so buf start end flags)}: count (the real length with msg/trunc) and source. */
    public Received receiveFrom(byte[] buf, int start, Integer end, int flags) {
        int e = range("socket-receive-from!", buf, start, end);
        Sockaddrs.Raw[] from = new Sockaddrs.Raw[1];
        int n = (int) transfer("socket-receive-from!", "recvfrom", e - start, flags, true, Parameters.RECEIVE_TIMEOUT.get(),
                fd -> Sys.recvfrom(fd, buf, start, e - start, flags, from));
        return new Received(n, from[0] == null || from[0].family() == 0 ? null : SockAddr.fromRaw(from[0]));
    }

    /** {@code (socket-receive-from so len flags)}: the data, sized to fit, and its source. */
    public Datagram receiveFrom(int len, int flags) {
        checkLength("socket-receive-from", len);
        byte[] buf = new byte[Math.min(len, Scratch.MAX_CALL)];
        Received r = receiveFrom(buf, 0, buf.length, flags);
        int n = Math.min(r.count(), buf.length);
        return new Datagram(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n), r.source());
    }

    /** A count of bytes received and where they came from (null when the kernel gave no address). */
    public record Received(int count, SockAddr source) {}

    /** Bytes the kernel accepted from every send call on this socket so far. */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** Bytes every receive call on this socket took from the kernel so far (peeks not counted). */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    /** Bytes received and where they came from. */
    public record Datagram(byte[] data, SockAddr source) {}

    // ---- sending

    /** {@code (socket-send so buf start end flags)}: bytes sent, at least one unless buf is empty. */
    public int send(byte[] buf, int start, Integer end, int flags) {
        return send(buf, start, end, flags, Parameters.SEND_TIMEOUT.get());
    }

    private int send(byte[] buf, int start, Integer end, int flags, Integer timeout) {
        int e = range("socket-send", buf, start, end);
        return (int) transfer("socket-send", "send", e - start, flags, false, timeout,
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
        to.writeNative(Scratch.current().sockaddr); // an address with no struct here is refused before any wait
        return (int) transfer("socket-send-to", "sendto", e - start, flags, false, Parameters.SEND_TIMEOUT.get(),
                fd -> Sys.sendto(fd, buf, start, e - start, flags, to));
    }

    /**
     * One data call as the egg makes it: waits for readiness in poll (within the receive or send
     * timeout) whenever the call answers EAGAIN, retries on EINTR, and raises any other errno. While
     * calls on this socket keep having to wait, the next one polls first (see {@link #waitFirst}).
     * A call that ran while another thread closed the socket answers "socket closed", whatever the
     * pre-closed fd gave (see {@link FdHandle}).
     */
    private long transfer(String procedure, String syscall, int length, int flags, boolean receiving, Integer timeout,
                          java.util.function.IntToLongFunction call) {
        int events = receiving ? Sys.POLLIN : Sys.POLLOUT;
        String operation = receiving ? "receive" : "send";
        long deadline = deadline(timeout);
        int fd = enter(procedure);
        try {
            int waits = receiving ? receiveWaits : sendWaits;
            boolean waited = waitFirst(waits, length, fd, flags, events, deadline, timeout, operation);
            while (true) {
                long r = call.applyAsLong(fd);
                checkOpen(procedure);
                if (r >= 0) {
                    int next = waited ? waits + 1 : 0;
                    if (receiving) {
                        if ((flags & MSG_PEEK) == 0) {
                            bytesReceived.addAndGet(r); // under msg/trunc, the datagram's whole size left the queue
                        }
                        receiveWaits = next;
                    } else {
                        bytesSent.addAndGet(r);
                        // a partial send means the send buffer is full: the next call waits first, not EAGAIN first
                        sendWaits = r < length && next == 0 ? 1 : next;
                        if (state == SocketState.CONNECT_TIMED_OUT) {
                            setState(SocketState.CONNECTED); // the handshake finished after the timeout
                        }
                    }
                    return r;
                }
                waited |= retryOrThrow(fd, (int) -r, flags, events, deadline, timeout, syscall, operation);
            }
        } catch (NetException e) {
            throw e.at(procedure);
        } finally {
            leave();
        }
    }

    /**
     * {@code (socket-send-all so buf start end flags)}: calls send until all of buf[start, end) is
     * sent, each call offering at most {@code socket-send-size} bytes (all that remains when #f).
     */
    public void sendAll(byte[] buf, int start, Integer end, int flags) {
        sendAll(buf, start, end, flags, Parameters.SEND_SIZE.get(), Parameters.SEND_TIMEOUT.get(), sent -> { });
    }

    /**
     * send-all with an explicit chunk size (null: all that remains) and timeout, telling
     * {@code eachSend} each call's result as soon as it returns (so a caller keeping a buffer can
     * advance it by what really left, even when a later call fails).
     */
    void sendAll(byte[] buf, int start, Integer end, int flags, Integer chunk, Integer timeout,
                 java.util.function.IntConsumer eachSend) {
        int e = range("socket-send-all", buf, start, end);
        if (chunk != null && chunk == 0 && e > start) {
            throw Errors.badArgument("socket-send-all", "socket-send-size is 0: no send could make progress");
        }
        int off = start;
        Scratch scratch = Scratch.current();
        do {
            // the bytes cross into native memory once per window, however many partial sends and retries follow
            int window = Math.min(e - off, Scratch.MAX_CALL);
            com.sun.jna.Memory copy = scratch.data(window);
            window = (int) Math.min(window, copy.size());
            try {
                scratch.copyIn(copy, 0, buf, off, window);
                int windowEnd = off + window;
                do {
                    int from = off;
                    int n = chunk == null ? windowEnd - from : Math.min(chunk, windowEnd - from);
                    com.sun.jna.Pointer at = copy.share(from - (windowEnd - window));
                    int sent;
                    try {
                        sent = (int) transfer("socket-send", "send", n, flags, false, timeout,
                                fd -> Sys.sendCopied(fd, at, buf, from, n, flags));
                    } catch (NetException ex) {
                        throw ex.at("socket-send-all");
                    }
                    eachSend.accept(sent);
                    off += sent;
                } while (off < windowEnd);
            } finally {
                scratch.release(copy);
            }
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
        SocketState now = state;
        if (type == STREAM && (now == SocketState.LISTENING || now == SocketState.CREATED || now == SocketState.BOUND)) {
            return false; // the call answers at once (ENOTCONN, EPIPE) as the egg's does; poll would wait for nothing
        }
        awaitUntil(fd, events, deadline, timeout, operation);
        return true;
    }

    /**
     * Waits in one poll of the fd and the thread's waker until ready, the deadline (timeout error),
     * a close ("socket closed") or the thread's interrupt (cancelled, the interrupt status cleared).
     * A zero or past timeout polls once. Poll returns early only by rounding: then it waits again.
     */
    private void awaitUntil(int fd, int events, long deadline, Integer timeout, String operation) {
        Waker waker = Waker.current();
        handle.addWaiter(waker);
        try {
            while (true) {
                checkOpen(operation);
                int r = waker.poll(fd, events, pollMillis(deadline));
                if (r > 0 && (r & Waker.WOKEN) != 0) {
                    checkOpen(operation);
                    if (Thread.interrupted()) {
                        throw Errors.cancelled(operation);
                    }
                    r &= ~Waker.WOKEN; // a wake meant for an earlier wait
                }
                if (r > 0) {
                    checkOpen(operation);
                    return;
                }
                if (r < 0 && r != -Sys.EINTR) {
                    throw Errors.syscall("poll", -r);
                }
                if (r == 0 && System.nanoTime() - deadline >= 0) {
                    throw Errors.timeout(operation, timeout);
                }
            }
        } finally {
            handle.removeWaiter(waker);
        }
    }

    /** Sleeps {@code millis} (bounded by the deadline) on the waker alone: a close or cancel still ends it at once. */
    private void pauseUntil(long deadline, Integer timeout, int millis, String operation) {
        if (System.nanoTime() - deadline >= 0) {
            throw Errors.timeout(operation, timeout);
        }
        Waker waker = Waker.current();
        handle.addWaiter(waker);
        try {
            checkOpen(operation);
            long left = timeout == null ? Long.MAX_VALUE : (deadline - System.nanoTime() + 999_999) / 1_000_000;
            int r = waker.poll(-1, 0, (int) Math.max(0, Math.min(millis, left)));
            if (r > 0) {
                checkOpen(operation);
                if (Thread.interrupted()) {
                    throw Errors.cancelled(operation);
                }
            }
        } finally {
            handle.removeWaiter(waker);
        }
    }

    /** poll's timeout for a deadline: -1 for none, 0 when passed, else the milliseconds left, rounded up. */
    private static int pollMillis(long deadline) {
        if (deadline == Long.MAX_VALUE) {
            return -1;
        }
        long left = deadline - System.nanoTime();
        return left <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
    }

    /** Raises "socket closed" once the socket is closed (an fd pre-closed under us answers for a dead socket). */
    private void checkOpen(String operation) {
        if (handle.isClosed()) {
            throw Errors.closed(operation);
        }
    }

    private static long deadline(Integer timeoutMillis) {
        return timeoutMillis == null ? Long.MAX_VALUE : System.nanoTime() + Math.max(0, timeoutMillis) * 1_000_000L;
    }

    private static int intOption(int fd, int level, int name, String shown) {
        Scratch scratch = Scratch.current();
        Memory m = scratch.option(4);
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
            throw Errors.network(procedure, "wrong family: the socket is " + Constants.describe("af", family)
                    + ", the address " + address + " is " + Constants.describe("af", address.family()));
        }
    }

    private static int range(String procedure, byte[] buf, int start, Integer end) {
        if (buf == null) {
            throw Errors.badArgument(procedure, "no buffer given");
        }
        return range(procedure, buf.length, start, end);
    }

    /** Checks [start, end) within a buffer of {@code length} (end null: the length), as every transfer does: the end. */
    public static int range(String procedure, int length, int start, Integer end) {
        int e = end == null ? length : end;
        if (start < 0 || start > length) {
            throw Errors.outOfBounds(procedure, "start " + start + " is outside the buffer of " + length + " bytes");
        }
        if (e < start || e > length) {
            throw Errors.outOfBounds(procedure, "end " + e + " is outside " + start + ".." + length);
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
     * Waits until the socket is readable, as a receive would before its call, but calls nothing after:
     * what a packet socket's mapped frame ring needs (the frames are read from memory). {@code
     * timeoutMillis} null waits for as long as it takes; a close or the thread's interrupt ends it as
     * it ends any wait ("socket closed", cancelled).
     */
    void awaitReceivable(String procedure, Integer timeoutMillis) {
        int fd = enter(procedure);
        try {
            awaitUntil(fd, Sys.POLLIN, deadline(timeoutMillis), timeoutMillis, "receive");
        } catch (NetException e) {
            throw e.at(procedure);
        } finally {
            leave();
        }
    }
}
