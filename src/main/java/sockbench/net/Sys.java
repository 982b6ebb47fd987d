package sockbench.net;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.function.Supplier;
import sockbench.net.libc.LibC;
import sockbench.net.libc.Sockaddrs;

/**
 * The engine's only door to the C library: every call reads errno at once, reports to the
 * {@link SyscallTrace} when someone listens, and answers "not yet" ({@code EAGAIN}) as a value.
 * Data-path calls return a count, or {@code -errno}; set-up calls throw {@link NetException}.
 */
final class Sys {
    /** The most one send/recv call moves: the size of the largest native scratch buffer. */
    static final int MAX_SCRATCH = 4 << 20;
    private static final ThreadLocal<Memory[]> SCRATCH = ThreadLocal.withInitial(() -> new Memory[1]);
    private static final ThreadLocal<Memory> POLLFD = ThreadLocal.withInitial(() -> new Memory(8));

    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int EINPROGRESS = 115;
    static final int ENOTCONN = 107;
    static final int ECONNABORTED = 103;

    static final int POLLIN = (int) Constants.internal("POLLIN");
    static final int POLLOUT = (int) Constants.internal("POLLOUT");
    private static final int SOCK_FLAGS = (int) (Constants.internal("SOCK_NONBLOCK") | Constants.internal("SOCK_CLOEXEC"));
    private static final int MSG_NOSIGNAL = Constants.value("msg/nosignal").orElse(0);

    private Sys() {}

    /** A native buffer of at least {@code n} bytes (capped), reused by this thread. */
    static Memory scratch(long n) {
        Memory[] holder = SCRATCH.get();
        long want = Math.max(4096, Math.min(n, MAX_SCRATCH));
        if (holder[0] == null || holder[0].size() < want) {
            long size = Long.highestOneBit(want - 1) << 1;
            holder[0] = new Memory(Math.min(size, MAX_SCRATCH));
        }
        return holder[0];
    }

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

    /** accept4: the new fd, or -errno; the peer's address is left in {@code storage}. */
    static int accept(int fd, Memory storage, IntByReference len) {
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
        Memory storage = new Memory(Sockaddrs.STORAGE_SIZE);
        IntByReference len = new IntByReference((int) storage.size());
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
        Memory storage = new Memory(Sockaddrs.STORAGE_SIZE);
        IntByReference len = new IntByReference((int) storage.size());
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
        Memory m = scratch(len);
        int n = (int) Math.min(len, m.size());
        m.write(0, buf, off, n);
        long t0 = start();
        long r = LibC.send(fd, m, n, flags | MSG_NOSIGNAL);
        int err = r < 0 ? LibC.errno() : 0;
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "send", () -> fd + ", " + CText.bytes(buf, off, n) + ", " + n + ", " + msg(flags | MSG_NOSIGNAL), r, err);
        }
        return r < 0 ? -err : r;
    }

    /** sendto: count or -errno. */
    static long sendto(int fd, byte[] buf, int off, int len, int flags, Sockaddrs.Native to, SockAddr shown) {
        Memory m = scratch(len);
        int n = (int) Math.min(len, m.size());
        m.write(0, buf, off, n);
        long t0 = start();
        long r = LibC.sendto(fd, m, n, flags | MSG_NOSIGNAL, to.memory(), to.length());
        int err = r < 0 ? LibC.errno() : 0;
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "sendto", () -> fd + ", " + CText.bytes(buf, off, n) + ", " + n + ", " + msg(flags | MSG_NOSIGNAL)
                    + ", " + shown.toC() + ", " + to.length(), r, err);
        }
        return r < 0 ? -err : r;
    }

    /** recv: count (0 at end of stream) or -errno. */
    static long recv(int fd, byte[] buf, int off, int len, int flags) {
        Memory m = scratch(len);
        int n = (int) Math.min(len, m.size());
        long t0 = start();
        long r = LibC.recv(fd, m, n, flags);
        int err = r < 0 ? LibC.errno() : 0;
        if (r > 0) {
            m.read(0, buf, off, (int) r);
        }
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "recv", () -> fd + ", " + (r > 0 ? CText.bytes(buf, off, (int) r) : "...") + ", " + n + ", " + msg(flags), r, err);
        }
        return r < 0 ? -err : r;
    }

    /** recvfrom: count or -errno; the source is left in {@code from[0]}. */
    static long recvfrom(int fd, byte[] buf, int off, int len, int flags, Sockaddrs.Raw[] from) {
        Memory m = scratch(len);
        int n = (int) Math.min(len, m.size());
        Memory storage = new Memory(Sockaddrs.STORAGE_SIZE);
        IntByReference alen = new IntByReference((int) storage.size());
        long t0 = start();
        long r = LibC.recvfrom(fd, m, n, flags, storage, alen);
        int err = r < 0 ? LibC.errno() : 0;
        if (r >= 0) {
            m.read(0, buf, off, (int) r);
            from[0] = Sockaddrs.decode(storage, alen.getValue());
        }
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "recvfrom", () -> fd + ", " + (r > 0 ? CText.bytes(buf, off, (int) r) : "...") + ", " + n + ", "
                    + msg(flags) + ", " + (r >= 0 ? SockAddr.fromRaw(from[0]).toC() : "...") + ", [" + alen.getValue() + "]", r, err);
        }
        return r < 0 ? -err : r;
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
        Memory p = POLLFD.get();
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

    /** getsockopt into {@code value}: the length the kernel wrote, or -errno. */
    static int getsockopt(int fd, int level, int name, Memory value, int len, String shownName) {
        IntByReference l = new IntByReference(len);
        long t0 = start();
        int r = LibC.getsockopt(fd, level, name, value, l);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "getsockopt", () -> fd + ", " + level + ", " + shownName + ", "
                + (r == 0 ? CText.bytes(value.getByteArray(0, l.getValue()), 0, l.getValue()) : "...") + ", [" + l.getValue() + "]", r, err);
        return r < 0 ? -err : l.getValue();
    }

    /** setsockopt: 0 or -errno. */
    static int setsockopt(int fd, int level, int name, byte[] value, String shownName) {
        Memory m = new Memory(Math.max(1, value.length));
        m.write(0, value, 0, value.length);
        long t0 = start();
        int r = LibC.setsockopt(fd, level, name, m, value.length);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "setsockopt", () -> fd + ", " + level + ", " + shownName + ", " + CText.bytes(value, 0, value.length)
                + ", " + value.length, r, err);
        return r < 0 ? -err : 0;
    }

    /** ioctl with an int result (SIOCINQ, SIOCOUTQ): the value, or throws. */
    static int ioctlInt(int fd, String request) {
        long req = Constants.internal(request);
        IntByReference v = new IntByReference();
        long t0 = start();
        int r = LibC.ioctl(fd, req, v);
        int err = r < 0 ? LibC.errno() : 0;
        trace(t0, fd, "ioctl", () -> fd + ", " + request + ", [" + v.getValue() + "]", r, err);
        if (r < 0) {
            throw Errors.syscall("ioctl", err);
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
     * recvfrom(2) with a {@code sockaddr_ll}: the frame's whole length (with MSG_TRUNC in flags it may exceed
     * {@code buf.length}; only what fits is copied) or -errno; {@code link[0]} gets sll_ifindex,
     * {@code link[1]} sll_pkttype, and {@code link[2]} the kernel's receive time (SIOCGSTAMPNS, CLOCK_REALTIME
     * nanoseconds; 0 when the ioctl failed), which is when the frame crossed the interface, not when this
     * thread got to it.
     */
    static long recvfromLink(int fd, byte[] buf, int flags, long[] link) {
        Memory m = scratch(buf.length);
        int n = (int) Math.min(buf.length, m.size());
        Memory storage = LINK_STORAGE.get();
        IntByReference alen = new IntByReference((int) storage.size());
        long t0 = start();
        long r = LibC.recvfrom(fd, m, n, flags, storage, alen);
        int err = r < 0 ? LibC.errno() : 0;
        if (r >= 0) {
            m.read(0, buf, 0, (int) Math.min(r, n));
            link[0] = Sockaddrs.linkIndex(storage);
            link[1] = Sockaddrs.linkPacketType(storage);
            link[2] = stamp(fd);
        }
        if (t0 != 0) { // no lambda built on the hot path when nobody listens
            trace(t0, fd, "recvfrom", () -> fd + ", ..., " + n + ", " + msg(flags) + ", {sa_family=AF_PACKET, sll_ifindex="
                    + link[0] + ", sll_pkttype=" + link[1] + "}, [" + alen.getValue() + "]", r, err);
        }
        return r < 0 ? -err : r;
    }

    /** SIOCGSTAMPNS: the last received frame's time, CLOCK_REALTIME nanoseconds, or 0. */
    static long stamp(int fd) {
        Memory ts = LINK_STAMP.get();
        long t0 = start();
        int r = LibC.ioctl(fd, SIOCGSTAMPNS, ts);
        int err = r < 0 ? LibC.errno() : 0;
        long ns = r < 0 ? 0 : ts.getLong(0) * 1_000_000_000L + ts.getLong(8);
        if (t0 != 0) {
            trace(t0, fd, "ioctl", () -> fd + ", SIOCGSTAMPNS, {" + ns / 1_000_000_000L + ", " + ns % 1_000_000_000L + "}", r, err);
        }
        return ns;
    }

    private static final long SIOCGSTAMPNS = Constants.internal("SIOCGSTAMPNS");
    private static final ThreadLocal<Memory> LINK_STAMP = ThreadLocal.withInitial(() -> new Memory(16));
    private static final ThreadLocal<Memory> LINK_STORAGE = ThreadLocal.withInitial(() -> new Memory(Sockaddrs.STORAGE_SIZE));
}
