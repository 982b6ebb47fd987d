package sockbench.ui.errors;

import sockbench.script.SchemeError;

import java.util.List;
import java.util.Map;
import sockbench.net.Errors;
import sockbench.net.NetException;

/**
 * Turns any failure into an {@link Explanation}, with a plain-language meaning for the usual errnos:
 * what the errno means from the call that failed ({@link SyscallMeanings}), else what it means in
 * general, else the C library's text.
 */
public final class ErrorExplainer {
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("ECONNREFUSED", "nobody listens there: the peer's kernel answered the handshake with a reset"),
            Map.entry("EADDRINUSE", "another socket already holds that address and port (or it waits in TIME_WAIT; see so/reuseaddr)"),
            Map.entry("EADDRNOTAVAIL", "that address does not belong to this machine, or no local port is free"),
            Map.entry("ETIMEDOUT", "the peer never answered; the kernel gave up after its retries"),
            Map.entry("ENETUNREACH", "no route to that network from here"),
            Map.entry("EHOSTUNREACH", "no route to that host"),
            Map.entry("ENETDOWN", "the network interface is down"),
            Map.entry("ECONNRESET", "the peer reset the connection (it closed with data unread, or aborted)"),
            Map.entry("ECONNABORTED", "the connection was aborted before it could be accepted"),
            Map.entry("EPIPE", "this side can no longer send: the connection is shut down for writing or closed"),
            Map.entry("ENOTCONN", "the socket is not connected, so it has no peer to talk to"),
            Map.entry("EISCONN", "the socket is already connected"),
            Map.entry("EALREADY", "a connect is already under way on this socket"),
            Map.entry("EINPROGRESS", "the connect is under way and not finished yet"),
            Map.entry("EINVAL", "an argument is not valid for this call, or the call does not fit the socket's state"),
            Map.entry("EAFNOSUPPORT", "the address family does not fit this socket"),
            Map.entry("EPROTONOSUPPORT", "that protocol does not exist for this family"),
            Map.entry("ESOCKTNOSUPPORT", "that socket type does not exist for this family"),
            Map.entry("EPROTOTYPE", "that protocol does not fit this socket type"),
            Map.entry("EOPNOTSUPP", "this kind of socket cannot do that (e.g. listen on a datagram socket)"),
            Map.entry("ENOPROTOOPT", "the kernel does not know this option at this level for this socket"),
            Map.entry("EACCES", "permission denied: ports below 1024 and broadcast need privileges"),
            Map.entry("EPERM", "operation not permitted for this process (raw sockets need CAP_NET_RAW)"),
            Map.entry("EMFILE", "this process has too many open files"),
            Map.entry("ENFILE", "the system has too many open files"),
            Map.entry("EBADF", "that number is not an open file descriptor"),
            Map.entry("ENOTSOCK", "that file descriptor is not a socket"),
            Map.entry("EAGAIN", "nothing ready yet: the call would have to wait"),
            Map.entry("ENOENT", "no such file: nobody made a UNIX socket at that path"),
            Map.entry("EDESTADDRREQ", "a datagram needs a destination: connect first or use send-to"),
            Map.entry("EMSGSIZE", "the datagram is larger than the socket can send in one piece"),
            Map.entry("ENOBUFS", "the kernel ran out of buffer space"),
            Map.entry("EAI_NONAME", "the resolver knows no such name or service"),
            Map.entry("EAI_AGAIN", "the name server did not answer in time; try again"),
            Map.entry("EAI_FAIL", "the name server failed for good"),
            Map.entry("EAI_SERVICE", "that service name is unknown for this socket type"),
            Map.entry("EAI_FAMILY", "the resolver does not support that address family"),
            Map.entry("EAI_SOCKTYPE", "the resolver does not support that socket type"),
            Map.entry("EAI_BADFLAGS", "that combination of flags makes no sense to the resolver"),
            Map.entry("EAI_NODATA", "the name exists but has no address of that kind"),
            Map.entry("EAI_ADDRFAMILY", "the host has no address in that family"),
            Map.entry("EAI_MEMORY", "the resolver ran out of memory"),
            Map.entry("EAI_OVERFLOW", "a result did not fit its buffer"));

    private ErrorExplainer() {}

    /** The general meaning of an errno symbol, or null when the table has none. */
    public static String meaning(String symbol) {
        return symbol == null ? null : MEANINGS.get(symbol);
    }

    /** What the errno means from this system call, or its general meaning, or null when neither table has it. */
    public static String meaning(String syscall, String symbol) {
        String m = SyscallMeanings.of(syscall, symbol);
        return m != null ? m : meaning(symbol);
    }

    public static Explanation explain(Throwable t) {
        if (t instanceof NetException e) {
            return explain(e);
        }
        if (t instanceof SchemeError e) {
            if (e.getCause() instanceof NetException n) {
                return explain(n);
            }
            return new Explanation(null, e.getMessage(), "the console could not evaluate this form", e.kinds());
        }
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return new Explanation(null, message, "an unexpected " + t.getClass().getSimpleName() + " inside the workbench",
                List.of("exn"));
    }

    private static Explanation explain(NetException e) {
        String symbol = e.errnoSymbol();
        String meaning = meaning(e.syscall(), symbol);
        if (meaning == null && symbol != null && e.errno() > 0 && !symbol.startsWith("EAI")) {
            meaning = Errors.strerror(e.errno());
        }
        if (meaning == null) {
            meaning = byKind(e);
        }
        return new Explanation(symbol, e.getMessage(), meaning, e.kinds());
    }

    private static String byKind(NetException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.is("timeout")) {
            return "it took longer than its timeout parameter allows";
        }
        if (message.endsWith("socket closed")) {
            return "the socket is closed (by this window, the console, or a cancel), so nothing more can be done with it";
        }
        if (e.is("unsupported")) {
            return "this platform does not have that option or constant";
        }
        if (e.is("bounds")) {
            return "start or end lies outside the buffer; caught before any system call";
        }
        if (e.is("type")) {
            return "a bad argument, caught before any system call";
        }
        return "the operation failed";
    }
}
