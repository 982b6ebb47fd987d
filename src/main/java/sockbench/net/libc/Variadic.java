package sockbench.net.libc;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;

/**
 * The C library's variadic calls, bound as variadic. Direct mapping has no varargs, and calling a
 * variadic function through a fixed prototype is undefined behaviour (on some ABIs the variadic
 * arguments travel elsewhere: Apple arm64 passes them on the stack). Interface mapping with
 * {@code Object...} tells libffi the count of fixed arguments. These calls are rare (set-up and the
 * window's queue gauges), so the interface mapping's cost does not matter.
 *
 * <p>Contract: each returns its value or throws {@link LastErrorException} with the call's errno.
 */
public interface Variadic extends Library {
    /** The binding, loaded once. */
    Variadic C = Native.load(Platform.C_LIBRARY_NAME, Variadic.class);

    /** ioctl(2): {@code int ioctl(int fd, unsigned long request, ...)}. */
    int ioctl(int fd, NativeLong request, Object... args) throws LastErrorException;

    /** fcntl(2): {@code int fcntl(int fd, int cmd, ...)}. */
    int fcntl(int fd, int cmd, Object... args) throws LastErrorException;
}
