package sockbench.net.libc;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Direct-mapped bindings of the C library's socket calls (socket(7), and each call's own man page).
 *
 * <p>Contract: calls declared {@code throws LastErrorException} return their value or throw with the
 * errno the call set. The hot data-path calls (send, recv, poll, accept4, connect and friends) return
 * -1 on failure instead and the caller reads errno at once with {@link Native#getLastError()}: a
 * thrown exception costs microseconds, and {@code EAGAIN} is an ordinary answer for a non-blocking
 * socket, not an error. {@code getaddrinfo} and {@code getnameinfo} return an {@code EAI_*} code that
 * {@code gai_strerror} explains.
 */
public final class LibC {
    static {
        Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private LibC() {}

    /** socket(2). */
    public static native int socket(int domain, int type, int protocol) throws LastErrorException;

    /** bind(2). */
    public static native int bind(int fd, Pointer addr, int addrlen) throws LastErrorException;

    /** listen(2). */
    public static native int listen(int fd, int backlog) throws LastErrorException;

    /** accept4(2), Linux: -1 and errno on failure. */
    public static native int accept4(int fd, Pointer addr, IntByReference addrlen, int flags);

    /** accept(2), the portable twin of accept4: -1 and errno on failure. */
    public static native int accept(int fd, Pointer addr, IntByReference addrlen);

    /** connect(2): -1 and errno ({@code EINPROGRESS} on a non-blocking socket) on failure. */
    public static native int connect(int fd, Pointer addr, int addrlen);

    /** getsockname(2). */
    public static native int getsockname(int fd, Pointer addr, IntByReference addrlen) throws LastErrorException;

    /** getpeername(2): -1 and errno ({@code ENOTCONN}) on failure. */
    public static native int getpeername(int fd, Pointer addr, IntByReference addrlen);

    /** send(2): bytes sent, or -1 and errno. */
    public static native long send(int fd, Pointer buf, long len, int flags);

    /** sendto(2): bytes sent, or -1 and errno. */
    public static native long sendto(int fd, Pointer buf, long len, int flags, Pointer addr, int addrlen);

    /** recv(2): bytes received, 0 at end of stream, or -1 and errno. */
    public static native long recv(int fd, Pointer buf, long len, int flags);

    /** recvfrom(2): bytes received, or -1 and errno. */
    public static native long recvfrom(int fd, Pointer buf, long len, int flags, Pointer addr, IntByReference addrlen);

    /** shutdown(2): -1 and errno on failure. */
    public static native int shutdown(int fd, int how);

    /** close(2): -1 and errno on failure. */
    public static native int close(int fd);

    /** eventfd(2): a counter descriptor (EFD_NONBLOCK|EFD_CLOEXEC): the fd, or -1 and errno. */
    public static native int eventfd(int initval, int flags);

    /** read(2): bytes read, or -1 and errno. Used on eventfds (8 bytes). */
    public static native long read(int fd, Pointer buf, long count);

    /** write(2): bytes written, or -1 and errno. Used on eventfds (8 bytes). */
    public static native long write(int fd, Pointer buf, long count);

    /** dup2(2): {@code newfd}, or -1 and errno; atomically makes {@code newfd} a copy of {@code oldfd}. */
    public static native int dup2(int oldfd, int newfd);

    /** socketpair(2): 0, or -1 and errno; the two fds are left in {@code sv}. */
    public static native int socketpair(int domain, int type, int protocol, int[] sv);

    /** poll(2) over an array of {@code struct pollfd}: ready count, 0 on timeout, -1 and errno. */
    public static native int poll(Pointer fds, long nfds, int timeoutMillis);

    /** getsockopt(2): -1 and errno on failure. */
    public static native int getsockopt(int fd, int level, int name, Pointer value, IntByReference len);

    /** setsockopt(2): -1 and errno on failure. */
    public static native int setsockopt(int fd, int level, int name, Pointer value, int len);


    /** getaddrinfo(3): 0 or an {@code EAI_*} code. */
    public static native int getaddrinfo(String node, String service, AddrinfoStruct hints, PointerByReference res);

    /** freeaddrinfo(3). */
    public static native void freeaddrinfo(Pointer res);

    /** gai_strerror(3). */
    public static native String gai_strerror(int code);

    /** getnameinfo(3): 0 or an {@code EAI_*} code. */
    public static native int getnameinfo(Pointer addr, int addrlen, byte[] host, int hostlen,
                                         byte[] serv, int servlen, int flags);

    /** strerror(3). */
    public static native String strerror(int errnum);

    /** inet_pton(3): 1 on success, 0 when the text is not an address of that family. */
    public static native int inet_pton(int af, String src, byte[] dst);

    /** mmap(2); MAP_FAILED is the pointer -1. */
    public static native Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset);

    /** munmap(2). */
    public static native int munmap(Pointer addr, long length);

    /** if_nametoindex(3): the index, or 0 when there is no such interface. */
    public static native int if_nametoindex(String name);

    /** if_indextoname(3): the name, or null. */
    public static native String if_indextoname(int index, byte[] buf);

    /** Errno of the last call made on this thread. */
    public static int errno() {
        return Native.getLastError();
    }

}
