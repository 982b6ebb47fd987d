package sockbench.ui.sockets;

import java.util.concurrent.Callable;
import sockbench.net.Constants;
import sockbench.net.Errors;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.ui.action.EggText;

/**
 * An address to bind or connect to: the egg form that makes it and the call that makes it (run off
 * the FX thread, since {@code (inet-address #f port)} asks the resolver).
 */
public record Target(String form, Callable<SockAddr> address) {

    /** What the address fields say, for a socket of the given family. */
    public static Target typed(int family, String host, String port) {
        if (family == Constants.value("af/unix").orElse(-1)) {
            String path = host == null ? "" : host;
            return new Target("(unix-address " + EggText.string(path) + ")", () -> SockAddr.unix(path));
        }
        String h = host == null || host.isBlank() ? null : host.strip();
        Object p = EggText.portOrServiceValue(port);
        return new Target("(inet-address " + EggText.optionalString(h) + " " + EggText.portOrService(port) + ")",
                () -> SockAddr.inet(h, p));
    }

    /** Where another socket is bound: {@code (socket-name s1)}, so a replay finds the same listener. */
    public static Target nameOf(String name, Socket socket) {
        return new Target("(socket-name " + name + ")", () -> {
            SockAddr a = socket.name();
            if (a == null) {
                throw Errors.badArgument("socket-name", name + " has no name yet (socket-name gives #f)");
            }
            return a;
        });
    }

    /**
     * A typed host with another socket's port: {@code (inet-address "127.0.0.1" (sockaddr-port (socket-name s1)))},
     * for a listener bound to a wildcard address, whose name the typed host does not spell.
     */
    public static Target portOf(int family, String host, String name, Socket socket) {
        String h = host == null || host.isBlank() ? null : host.strip();
        return new Target("(inet-address " + EggText.optionalString(h) + " (sockaddr-port (socket-name " + name + ")))", () -> {
            SockAddr a = socket.name();
            if (a == null) {
                throw Errors.badArgument("socket-name", name + " has no name yet (socket-name gives #f)");
            }
            return SockAddr.inet(h, a.port());
        });
    }

    /** An address that is already known. */
    public static Target of(SockAddr a) {
        String form = a.isUnix() ? "(unix-address " + EggText.string(a.path()) + ")"
                : "(inet-address " + EggText.string(a.address()) + " " + a.port() + ")";
        return new Target(form, () -> a);
    }

    /** The {@code sockaddr->string} the typed fields denote, to recognise a listener's name. */
    public static String eggString(String host, String port) {
        String h = host == null ? "" : host.strip();
        String p = port == null ? "" : port.strip();
        if (h.isEmpty() || !p.matches("[0-9]{1,5}") || Integer.parseInt(p) == 0) {
            return null;
        }
        return h.contains(":") ? "[" + h + "]:" + Integer.parseInt(p) : h + ":" + Integer.parseInt(p);
    }
}
