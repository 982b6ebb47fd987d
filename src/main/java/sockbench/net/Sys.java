package sockbench.net;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.function.Supplier;
import sockbench.net.libc.LibC;
import sockbench.net.libc.Sockaddrs;
import sockbench.net.libc.Variadic;

/**
 * The engine's only door to the C library: every call reads errno at once, reports to the
 * {@link SyscallTrace} when someone listens, and answers "not yet" ({@code EAGAIN}) as a value.
 * Data-path calls return a count, or {@code -errno}; set-up calls throw {@link NetException}.
 */
final class Sys {
    static final int EINTR = Constants.errno("EINTR");
    static final int EAGAIN = Constants.errno("EAGAIN");
    static final int EINPROGRESS = Constants.errno("EINPROGRESS");
    static final int ENOTCONN = Constants.errno("ENOTCONN");
    static final int ECONNABORTED = Constants.errno("ECONNABORTED");
    static final int EALREADY = Constants.errno("EALREADY");
    static final int EISCONN = Constants.errno("EISCONN");

    static final int POLLIN = (int) Constants.internal("POLLIN");
    static final int POLLOUT = (int) Constants.internal("POLLOUT");
    private static final int SOCK_FLAGS = (int) (Constants.internal("SOCK_NONBLOCK") | Constants.internal("SOCK_CLOEXEC"));
    private static final int EFD_FLAGS = (int) (Constants.internal("EFD_NONBLOCK") | Constants.internal("EFD_CLOEXEC"));
    private static final int MSG_NOSIGNAL = Constants.value("msg/nosignal").orElse(0);
    private static final int MSG_TRUNC = Constants.value("msg/trunc").orElse(0);
    /** The 8-byte 1 that wakes an eventfd; only read by write(2), so threads share it. */
    private static final Memory ONE = new Memory(8);
    private static final boolean BIG_ENDIAN = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN;

    static {
        ONE.setLong(0, 1);
    }

    private Sys() {}

    static int socket(int domain, int type, int protocol) {
        long t0 = start();
        try {
            int fd = LibC.socket(domain, type | SOCK_FLAGS, protocol);
            trace(t0, fd, "socket", () -> af(domain) + ", " + sock(type) + "|SOCK_NONBLOCK|SOCK_CLOEXEC, " + protocol, fd, 0);
            return fd;
        } catch (LastErrorException e) {
            trace(t0, -1, "socket", () -> af(domain) + ", " + sock(type) + "|SOCK_NONBLOCK|SOCK_CLOEXEC, " + protocol, -1, e.getErrorCode());
            throw Errors.syscall("socket", e.getErrorCode());
        }
    }

    static void bind(int fd, Sockaddrs.Native addr, SockAddr shown) {
        long t0 = start();
        try {
            LibC.bind(fd, addr.memory(), addr.length());
            trace(t0, fd, "bind", () -> fd + ", " + shown.toC() + ", " + addr.length(), 0, 0);
        } catch (LastErrorException e) {
            trace(t0, fd, "bind", () -> fd + ", " + shown.toC() + ", " + addr.length(), -1, e.getErrorCode());
            throw Errors.syscall("bind", e.getErrorCode());
        }
    }

    static void listen(int fd, int backlog) {
        long t0 = start();
        try {
            LibC.listen(fd, backlog);
            trace(t0, fd, "listen", () -> fd + ", " + backlog, 0, 0);
        } catch (LastErrorException e) {
            trace(t0, fd, "listen", () -> fd + ", " + backlog, -1, e.getErrorCode());
            throw Errors.syscall("listen", e.getErrorCode());
        }
    }

    /** accept4: the new fd, or -errno (the peer's address only shown in the trace). */
    static int accept(int fd) {
        Scratch scratch = Scratch.current();
        Memory storage = scratch.sockaddr;
        IntByReference len = scratch.socklen;
        long t0 = start();
        len.setValue((int) storage.size());
        int r = LibC.accept4(fd, storage, len, SOCK_FLAGS);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "accept4", () -> fd + ", " + (r < 0 ? "0x" + Long.toHexString(Pointer.nativeValue(storage))
                : SockAddr.fromRaw(Sockaddrs.decode(storage, len.getValue())).toC()) + ", [" + len.getValue()
                + "], SOCK_NONBLOCK|SOCK_CLOEXEC", r, err);
        return r < 0 ? -err : r;
    }

    /** connect: 0, or -errno ({@code -EINPROGRESS} while the handshake runs). */
    static int connect(int fd, Sockaddrs.Native addr, SockAddr shown) {
        long t0 = start();
        int r = LibC.connect(fd, addr.memory(), addr.length());
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "connect", () -> fd + ", " + shown.toC() + ", " + addr.length(), r, err);
        return r < 0 ? -err : 0;
    }

    /** getsockname: the local address. */
    static Sockaddrs.Raw getsockname(int fd) {
        Scratch scratch = Scratch.current();
        Memory storage = scratch.sockaddr;
        IntByReference len = scratch.socklen;
        len.setValue((int) storage.size());
        long t0 = start();
        try {
            LibC.getsockname(fd, storage, len);
            Sockaddrs.Raw raw = Sockaddrs.decode(storage, len.getValue());
            trace(t0, fd, "getsockname", () -> fd + ", " + SockAddr.fromRaw(raw).toC() + ", [" + len.getValue() + "]", 0, 0);
            return raw;
        } catch (LastErrorException e) {
            trace(t0, fd, "getsockname", () -> fd + ", ..., [128]", -1, e.getErrorCode());
            throw Errors.syscall("getsockname", e.getErrorCode());
        }
    }

    /** getpeername: the peer's address, or null when not connected. */
    static Sockaddrs.Raw getpeername(int fd) {
        Scratch scratch = Scratch.current();
        Memory storage = scratch.sockaddr;
        IntByReference len = scratch.socklen;
        len.setValue((int) storage.size());
        long t0 = start();
        int r = LibC.getpeername(fd, storage, len);
        int err = r < 0 ? LibC.errno() : 0;
        Sockaddrs.Raw raw = r < 0 ? null : Sockaddrs.decode(storage, len.getValue());
        trace(t0, fd, "getpeername", () -> fd + ", " + (raw == null ? "..." : SockAddr.fromRaw(raw).toC())
                + ", [" + len.getValue() + "]", r, err);
        if (r < 0) {
            if (err == ENOTCONN) {
                return null;
            }
            throw Errors.syscall("getpeername", err);
        }
        return raw;
    }

    /** send (MSG_NOSIGNAL added: a closed peer is EPIPE, never a signal): count or -errno. */
    static long send(int fd, byte[] buf, int off, int len, int flags) {
        Scratch scratch = Scratch.current();
        Memory m = scratch.data(len);
        int n = (int) Math.min(len, m.size());
        scratch.copyIn(m, 0, buf, off, n);
        long t0 = start();
        long r = LibC.send(fd, m, n, flags | MSG_NOSIGNAL);
        int err = r < 0 ? LibC.errno() : 0;
        scratch.release(m);
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "send", () -> fd + ", " + CText.bytes(buf, off, n) + ", " + n + ", " + msg(flags | MSG_NOSIGNAL), r, err);
        }
        return r < 0 ? -err : r;
    }

    /**
     * send of {@code len} bytes already copied to native memory at {@code from} (send-all copies its
     * range once, not at each partial send or retry); {@code buf}/{@code off} are the same bytes, for
     * the trace. Count or -errno.
     */
    static long sendCopied(int fd, Pointer from, byte[] buf, int off, int len, int flags) {
        long t0 = start();
        long r = LibC.send(fd, from, len, flags | MSG_NOSIGNAL);
        int err = r < 0 ? LibC.errno() : 0;
        if (t0 != 0) {
            trace(t0, fd, "send", () -> fd + ", " + CText.bytes(buf, off, len) + ", " + len + ", " + msg(flags | MSG_NOSIGNAL), r, err);
        }
        return r < 0 ? -err : r;
    }

    /** sendto: count or -errno. The address is written into the thread's scratch struct. */
    static long sendto(int fd, byte[] buf, int off, int len, int flags, SockAddr to) {
        Scratch scratch = Scratch.current();
        int addressLength = to.writeNative(scratch.sockaddr);
        Memory m = scratch.data(len);
        int n = (int) Math.min(len, m.size());
        scratch.copyIn(m, 0, buf, off, n);
        long t0 = start();
        long r = LibC.sendto(fd, m, n, flags | MSG_NOSIGNAL, scratch.sockaddr, addressLength);
        int err = r < 0 ? LibC.errno() : 0;
        scratch.release(m);
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "sendto", () -> fd + ", " + CText.bytes(buf, off, n) + ", " + n + ", " + msg(flags | MSG_NOSIGNAL)
                    + ", " + to.toC() + ", " + addressLength, r, err);
        }
        return r < 0 ? -err : r;
    }

    /**
     * recv: count (0 at end of stream) or -errno. With {@code MSG_TRUNC} the kernel answers a
     * datagram's real length, which may exceed {@code len}: only {@code len} bytes are copied, and
     * the real length is returned, as C's recv returns it.
     */
    static long recv(int fd, byte[] buf, int off, int len, int flags) {
        Scratch scratch = Scratch.current();
        Memory m = scratch.data(len);
        int n = (int) Math.min(len, m.size());
        long t0 = start();
        long r = LibC.recv(fd, m, n, flags);
        int err = r < 0 ? LibC.errno() : 0;
        int copied = (int) Math.min(r, n);
        if (copied > 0) {
            scratch.copyOut(m, 0, buf, off, copied);
        }
        scratch.release(m);
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "recv", () -> fd + ", " + (copied > 0 ? CText.bytes(buf, off, copied) : "...") + ", " + n + ", " + msg(flags), r, err);
        }
        return r < 0 ? -err : r;
    }

    /** recvfrom: count (the real length with MSG_TRUNC, as recv) or -errno; the source is left in {@code from[0]}. */
    static long recvfrom(int fd, byte[] buf, int off, int len, int flags, Sockaddrs.Raw[] from) {
        Scratch scratch = Scratch.current();
        Memory m = scratch.data(len);
        int n = (int) Math.min(len, m.size());
        Memory storage = scratch.sockaddr;
        IntByReference alen = scratch.socklen;
        alen.setValue((int) storage.size());
        long t0 = start();
        long r = LibC.recvfrom(fd, m, n, flags, storage, alen);
        int err = r < 0 ? LibC.errno() : 0;
        int copied = (int) Math.min(r, n);
        if (r >= 0) {
            if (copied > 0) {
                scratch.copyOut(m, 0, buf, off, copied);
            }
            from[0] = Sockaddrs.decode(storage, alen.getValue());
        }
        scratch.release(m);
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            int shownLength = alen.getValue();
            trace(t0, fd, "recvfrom", () -> fd + ", " + (copied > 0 ? CText.bytes(buf, off, copied) : "...") + ", " + n + ", "
                    + msg(flags) + ", " + (r >= 0 ? SockAddr.fromRaw(from[0]).toC() : "...") + ", [" + shownLength + "]", r, err);
        }
        return r < 0 ? -err : r;
    }

    /** Whether {@code flags} ask for the real length of a truncated datagram. */
    static boolean truncates(int flags) {
        return (flags & MSG_TRUNC) != 0 && MSG_TRUNC != 0;
    }

    static void shutdown(int fd, int how) {
        long t0 = start();
        int r = LibC.shutdown(fd, how);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "shutdown", () -> fd + ", " + Constants.describe("shut", how).replace("shut/", "SHUT_").toUpperCase(), r, err);
        if (r < 0) {
            throw Errors.syscall("shutdown", err);
        }
    }

    /** close: 0 or -errno (the fd is gone either way on Linux). */
    static int close(int fd) {
        long t0 = start();
        int r = LibC.close(fd);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "close", () -> Integer.toString(fd), r, err);
        return r < 0 ? -err : 0;
    }

    /** poll on one fd: its revents, 0 on timeout, or -errno. */
    static int poll(int fd, int events, int timeoutMillis) {
        Memory p = Scratch.current().pollfds;
        p.setInt(0, fd);
        p.setShort(4, (short) events);
        p.setShort(6, (short) 0);
        long t0 = start();
        int r = LibC.poll(p, 1, timeoutMillis);
        int err = r < 0 ? LibC.errno() : 0;
        int revents = p.getShort(6) & 0xffff;
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "poll", () -> "[{fd=" + fd + ", events=" + pollBits(events) + "}], 1, " + timeoutMillis
                    + (r > 0 ? " => [{revents=" + pollBits(revents) + "}]" : ""), r, err);
        }
        return r < 0 ? -err : r == 0 ? 0 : revents;
    }

    /**
     * poll on a socket's fd and a wake descriptor: the socket's revents, with {@link Waker#WOKEN} set
     * when the wake descriptor is readable; 0 on timeout; or -errno. The trace shows it as one poll.
     */
    static int poll2(int fd, int events, int wakeFd, int timeoutMillis) {
        Scratch scratch = Scratch.current();
        Memory p = scratch.pollfds;
        long[] words = scratch.pollWords;
        // struct pollfd {int fd; short events; short revents;} is one 8-byte word: one write for both, not six
        words[0] = pollfd(fd, events);
        words[1] = pollfd(wakeFd, POLLIN);
        p.write(0, words, 0, 2);
        long t0 = start();
        int r = LibC.poll(p, 2, timeoutMillis);
        int err = r < 0 ? LibC.errno() : 0;
        if (r <= 0) {
            if (t0 != 0) {
                trace(t0, fd, "poll", () -> "[{fd=" + fd + ", events=" + pollBits(events) + "}, {fd=" + wakeFd
                        + ", events=POLLIN}], 2, " + timeoutMillis, r, err);
            }
            return r < 0 ? -err : 0;
        }
        p.read(0, words, 0, 2);
        int revents = revents(words[0]);
        boolean woken = revents(words[1]) != 0;
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "poll", () -> "[{fd=" + fd + ", events=" + pollBits(events) + "}, {fd=" + wakeFd
                    + ", events=POLLIN}], 2, " + timeoutMillis + " => [{revents=" + pollBits(revents) + "}"
                    + (woken ? ", {revents=POLLIN}" : "") + "]", r, err);
        }
        return revents | (woken ? Waker.WOKEN : 0);
    }

    /** The revents of a {@code struct pollfd} word: its last two bytes in memory. */
    private static int revents(long word) {
        return (int) (BIG_ENDIAN ? word : word >>> 48) & 0xffff;
    }

    /** A {@code struct pollfd} as the little- or big-endian 8-byte word it is in memory. */
    private static long pollfd(int fd, int events) {
        if (BIG_ENDIAN) {
            return ((long) fd << 32) | ((events & 0xffffL) << 16);
        }
        return (fd & 0xffffffffL) | ((events & 0xffffL) << 32);
    }

    /** eventfd(0, EFD_NONBLOCK|EFD_CLOEXEC): a thread's wake descriptor. */
    static int eventfd() {
        long t0 = start();
        int r = LibC.eventfd(0, EFD_FLAGS);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, r, "eventfd2", () -> "0, EFD_NONBLOCK|EFD_CLOEXEC", r, err);
        if (r < 0) {
            throw Errors.syscall("eventfd", err);
        }
        return r;
    }

    /** Adds 1 to an eventfd's counter: its poller wakes. Any thread may call it. */
    static void signal(int efd) {
        long t0 = start();
        long r = LibC.write(efd, ONE, 8);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, efd, "write", () -> efd + ", [1], 8", r, err);
    }

    /** Empties an eventfd's counter (EAGAIN when it was empty already is fine). */
    static void drain(int efd, Memory word) {
        long t0 = start();
        long r = LibC.read(efd, word, 8);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, efd, "read", () -> efd + ", [" + (r == 8 ? word.getLong(0) : 0) + "], 8", r, err);
    }

    /** dup2: makes {@code newfd} a copy of {@code oldfd}, closing what it was; 0 or -errno. */
    static int dup2(int oldfd, int newfd) {
        long t0 = start();
        int r = LibC.dup2(oldfd, newfd);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, newfd, "dup2", () -> oldfd + ", " + newfd, r, err);
        return r < 0 ? -err : 0;
    }

    /** socketpair(domain, type|SOCK_CLOEXEC, 0): the two fds, or throws. */
    static int[] socketpair(int domain, int type) {
        int[] sv = new int[2];
        long t0 = start();
        int r = LibC.socketpair(domain, type | (int) Constants.internal("SOCK_CLOEXEC"), 0, sv);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, -1, "socketpair", () -> af(domain) + ", " + sock(type) + "|SOCK_CLOEXEC, 0, [" + sv[0] + ", " + sv[1] + "]", r, err);
        if (r < 0) {
            throw Errors.syscall("socketpair", err);
        }
        return sv;
    }

    /** getsockopt into {@code value}: the length the kernel wrote, or -errno. */
    static int getsockopt(int fd, int level, int name, Memory value, int len, String shownName) {
        IntByReference l = Scratch.current().socklen;
        l.setValue(len);
        long t0 = start();
        int r = LibC.getsockopt(fd, level, name, value, l);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "getsockopt", () -> fd + ", " + level + ", " + shownName + ", "
                + (r == 0 ? CText.bytes(value.getByteArray(0, l.getValue()), 0, l.getValue()) : "...") + ", [" + l.getValue() + "]", r, err);
        return r < 0 ? -err : l.getValue();
    }

    /** setsockopt: 0 or -errno. */
    static int setsockopt(int fd, int level, int name, byte[] value, String shownName) {
        Scratch scratch = Scratch.current();
        Memory m = scratch.option(Math.max(1, value.length));
        m.write(0, value, 0, value.length);
        long t0 = start();
        int r = LibC.setsockopt(fd, level, name, m, value.length);
        int err = r < 0 ? LibC.errno() : 0;
        scratch.release(m);
        trace(t0, fd, "setsockopt", () -> fd + ", " + level + ", " + shownName + ", " + CText.bytes(value, 0, value.length)
                + ", " + value.length, r, err);
        return r < 0 ? -err : 0;
    }

    /** ioctl with an int result (SIOCINQ, SIOCOUTQ), bound as the variadic call it is: the value, or throws. */
    static int ioctlInt(int fd, String request) {
        NativeLong req = new NativeLong(Constants.internal(request));
        IntByReference v = new IntByReference();
        long t0 = start();
        try {
            int r = Variadic.C.ioctl(fd, req, v);
            trace(t0, fd, "ioctl", () -> fd + ", " + request + ", [" + v.getValue() + "]", r, 0);
        } catch (LastErrorException e) {
            trace(t0, fd, "ioctl", () -> fd + ", " + request + ", ...", -1, e.getErrorCode());
            throw Errors.syscall("ioctl", e.getErrorCode());
        }
        return v.getValue();
    }

    static long start() {
        return SyscallTrace.active() ? System.nanoTime() : 0;
    }

    static void trace(long t0, int fd, String call, Supplier<String> args, long result, int errno) {
        if (t0 != 0 && SyscallTrace.active()) {
            long end = System.nanoTime();
            SyscallTrace.emit(new TraceEvent(fd, call, args.get(), result,
                    errno != 0 ? Errors.errnoSymbol(errno) : null, t0, end - t0));
        }
    }

    private static String af(int v) {
        return Constants.describe("af", v).replace("af/", "AF_").toUpperCase();
    }

    private static String sock(int v) {
        return Constants.describe("sock", v).replace("sock/", "SOCK_").toUpperCase();
    }

    private static String msg(int flags) {
        return CText.flags("msg", flags);
    }

    private static String pollBits(int bits) {
        StringBuilder b = new StringBuilder();
        for (String n : new String[] {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL"}) {
            if ((bits & Constants.internal(n)) != 0) {
                b.append(b.length() > 0 ? "|" : "").append(n);
            }
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    // ---- af/packet (the Wire view's capture)

    /** bind(2) of an {@code af/packet} socket to a {@code sockaddr_ll}; {@code shown} is its C form. */
    static void bindLink(int fd, Sockaddrs.Native addr, String shown) {
        long t0 = start();
        try {
            LibC.bind(fd, addr.memory(), addr.length());
            trace(t0, fd, "bind", () -> fd + ", " + shown + ", " + addr.length(), 0, 0);
        } catch (LastErrorException e) {
            trace(t0, fd, "bind", () -> fd + ", " + shown + ", " + addr.length(), -1, e.getErrorCode());
            throw Errors.syscall("bind", e.getErrorCode());
        }
    }

    /**
     * mmap(2) of a packet socket's frame ring, shared and writable (the reader hands each block back by
     * writing its status): the mapping, or throws.
     */
    static Pointer mmapRing(int fd, long length) {
        int prot = (int) (Constants.internal("PROT_READ") | Constants.internal("PROT_WRITE"));
        int flags = (int) Constants.internal("MAP_SHARED");
        long t0 = start();
        Pointer p = LibC.mmap(null, length, prot, flags, fd, 0);
        long address = Pointer.nativeValue(p);
        int err = address == -1 ? LibC.errno() : 0;
        trace(t0, fd, "mmap", () -> "NULL, " + length + ", PROT_READ|PROT_WRITE, MAP_SHARED, " + fd + ", 0",
                address == -1 ? -1 : address, err);
        if (address == -1) {
            throw Errors.syscall("mmap", err);
        }
        return p;
    }

    /** munmap(2) of a mapping mmapRing made; {@code fd} is only for the trace. */
    static void munmap(int fd, Pointer p, long length) {
        long t0 = start();
        int r = LibC.munmap(p, length);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "munmap", () -> "0x" + Long.toHexString(Pointer.nativeValue(p)) + ", " + length, r, err);
    }
}
