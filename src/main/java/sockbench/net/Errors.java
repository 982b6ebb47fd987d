package sockbench.net;

import java.util.List;
import java.util.Set;
import sockbench.net.libc.ConstantTable;
import sockbench.net.libc.LibC;

/** The one errno translator: every failure of the engine is made here. */
public final class Errors {
    private static final List<String> NET = List.of("exn", "i/o", "net");
    private static final Set<String> TRANSIENT = Set.of(
            "ECONNREFUSED", "ENETDOWN", "ENETUNREACH", "EHOSTUNREACH", "ETIMEDOUT");
    private static final Set<String> UNSUPPORTED = Set.of("ENOPROTOOPT", "EOPNOTSUPP");

    private Errors() {}

    /** The symbol of an errno on this platform ({@code ECONNREFUSED}), or {@code errno N}. */
    public static String errnoSymbol(int errno) {
        String name = ConstantTable.current().errnoNames().get(errno);
        return name != null ? name : "errno " + errno;
    }

    /** The C library's one-line text for an errno (strerror). */
    public static String strerror(int errno) {
        return LibC.strerror(errno);
    }

    /** A failed system call: {@code connect: Connection refused}, with transient or unsupported kinds. */
    public static NetException syscall(String call, int errno) {
        String symbol = errnoSymbol(errno);
        List<String> kinds = TRANSIENT.contains(symbol) ? with("transient")
                : UNSUPPORTED.contains(symbol) && isOptionCall(call) ? with("unsupported") : NET;
        return new NetException(kinds, call + ": " + strerror(errno), call, errno, symbol, null);
    }

    /** A resolver failure with its {@code EAI_*} code and gai_strerror text. */
    public static NetException resolver(String call, int code) {
        String symbol = ConstantTable.current().gaiNames().getOrDefault(code, "EAI " + code);
        return new NetException(NET, call + ": " + LibC.gai_strerror(code), call, code, symbol, null);
    }

    /** An operation that did not complete within its timeout parameter. */
    public static NetException timeout(String operation, long millis) {
        return new NetException(with("timeout"), operation + " operation timed out after " + millis + " ms");
    }

    /**
     * A wait ended by cancellation (the waiting thread was interrupted) while the socket stays open:
     * {@code (exn i/o net cancelled)}.
     */
    public static NetException cancelled(String operation) {
        return new NetException(with("cancelled"), operation + " operation cancelled");
    }

    /** An option or constant this platform lacks. */
    public static NetException unsupported(String what) {
        return new NetException(with("unsupported"), what + " is not supported on " + ConstantTable.current().name());
    }

    /** An operation on a socket that was closed (raised without touching the old fd number). */
    public static NetException closed(String operation) {
        return new NetException(NET, operation + ": socket closed", null, 0, null, operation);
    }

    /** A bad argument, caught before any system call. */
    public static NetException badArgument(String procedure, String problem) {
        return new NetException(List.of("exn", "type"), procedure + ": " + problem, null, 0, null, procedure);
    }

    /**
     * A network error as the egg raises it for what is not a system call's failure — an invalid
     * address, a port of a unix address, a read-only option set: {@code (exn i/o net)}, located.
     */
    public static NetException network(String procedure, String problem) {
        return new NetException(NET, procedure + ": " + problem, null, 0, null, procedure);
    }

    /** A value outside what the procedure takes, as CHICKEN's domain errors: {@code (exn domain)}. */
    public static NetException domain(String procedure, String problem) {
        return new NetException(List.of("exn", "domain"), procedure + ": " + problem, null, 0, null, procedure);
    }

    /** An offset outside its buffer, caught before any system call. */
    public static NetException outOfBounds(String procedure, String problem) {
        return new NetException(List.of("exn", "bounds"), procedure + ": " + problem, null, 0, null, procedure);
    }

    /** A failure that is not one call's errno (a state the operation cannot run in). */
    public static NetException net(String message) {
        return new NetException(NET, message);
    }

    private static boolean isOptionCall(String call) {
        return call.equals("getsockopt") || call.equals("setsockopt");
    }

    private static List<String> with(String kind) {
        return List.of("exn", "i/o", "net", kind);
    }
}
