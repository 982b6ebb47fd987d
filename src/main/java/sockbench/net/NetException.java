package sockbench.net;

import java.util.List;

/**
 * Every failure of the engine: the egg's condition kinds ({@code exn i/o net}, plus {@code transient},
 * {@code timeout} or {@code unsupported}; {@code exn type} or {@code exn bounds} for bad arguments), and
 * where a system call failed, its name, errno number and symbol. Made by {@link Errors}.
 */
public class NetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> kinds;
    private final String syscall;
    private final int errno;
    private final String errnoSymbol;
    private final String location;

    public NetException(List<String> kinds, String message) {
        this(kinds, message, null, 0, null, null);
    }

    public NetException(List<String> kinds, String message, String syscall, int errno, String errnoSymbol,
                        String location) {
        super(message);
        this.kinds = List.copyOf(kinds);
        this.syscall = syscall;
        this.errno = errno;
        this.errnoSymbol = errnoSymbol;
        this.location = location;
    }

    /** This condition with {@code location} as its egg procedure, when it has none yet. */
    public NetException at(String location) {
        if (this.location != null || location == null) {
            return this;
        }
        NetException e = new NetException(kinds, getMessage(), syscall, errno, errnoSymbol, location);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The egg procedure that raised it ({@code socket-connect}), the condition's {@code exn location}; or null. */
    public String location() { return location; }

    /** Condition kinds, most general first: {@code [exn, i/o, net, transient]}. */
    public List<String> kinds() { return kinds; }

    /** Whether this condition has the kind (as a CHICKEN {@code condition-case} clause tests). */
    public boolean is(String kind) { return kinds.contains(kind); }

    /** The failed system or library call ({@code connect}, {@code getaddrinfo}), or null. */
    public String syscall() { return syscall; }

    /** The errno (or {@code EAI_*} code for the resolver), 0 when no call failed. */
    public int errno() { return errno; }

    /** {@code ECONNREFUSED}, {@code EAI_NONAME}, or null when no call failed. */
    public String errnoSymbol() { return errnoSymbol; }
}
