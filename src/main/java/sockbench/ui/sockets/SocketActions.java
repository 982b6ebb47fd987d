package sockbench.ui.sockets;

import java.util.List;
import java.util.function.IntConsumer;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.net.Linger;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;
import sockbench.ui.action.Action;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;

/** The socket actions of the window, each as the egg form it equals. */
public final class SocketActions {
    private final SocketNames names;

    public SocketActions(SocketNames names) {
        this.names = names;
    }

    /** {@code (define s1 (socket af/inet sock/stream))}; protocol "0" is left out as the egg allows. */
    public Action<Socket> create(String family, String type, String protocol) {
        boolean withProtocol = protocol != null && !protocol.isBlank() && !protocol.equals("0");
        String form = "(socket " + family + " " + type + (withProtocol ? " " + protocol : "") + ")";
        return SimpleAction.of("socket", form, () -> Socket.create(number(family), number(type),
                        withProtocol ? number(protocol) : 0))
                .formAfter(s -> "(define " + names.nameOf(s) + " " + form + ")");
    }

    public Action<Void> bind(Socket s, Target target) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-bind " + n, "(socket-bind " + n + " " + target.form() + ")",
                () -> s.bind(call(target)));
    }

    ConnectAction connect(Socket s, Target target) {
        return new ConnectAction(s, names.nameOf(s), target);
    }

    public Action<Void> listen(Socket s, int backlog) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-listen " + n, "(socket-listen " + n + " " + backlog + ")", () -> s.listen(backlog));
    }

    AcceptAction accept(Socket listener) {
        return new AcceptAction(listener, names.nameOf(listener), names);
    }

    public Action<Void> shutdown(Socket s, String how) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-shutdown " + n, "(socket-shutdown " + n + " " + how + ")",
                () -> s.shutdown(Constants.require(how)));
    }

    /**
     * {@code (socket-close s1)}. With {@code so/linger (#t N)} close(2) waits up to N seconds for the
     * unsent data, so before closing the action tells {@code lingering} how long it may take.
     */
    public Action<Void> close(Socket s, IntConsumer lingering) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-close " + n, "(socket-close " + n + ")", () -> {
            announceLinger(s, lingering);
            s.close();
        });
    }

    public Action<Void> closeQuietly(Socket s, IntConsumer lingering) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-close* " + n, "(socket-close* " + n + ")", () -> {
            announceLinger(s, lingering);
            s.closeQuietly();
        });
    }

    /** The seconds close(2) may linger on this socket, or 0 (off, {@code (#t 0)}, not readable, closed). */
    public static int lingerSeconds(Socket s) {
        try {
            Object v = sockbench.ui.async.Housekeeping.call(() -> SocketOptions.get(s, LINGER));
            return v instanceof Linger l && l.on() ? l.seconds() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static void announceLinger(Socket s, IntConsumer lingering) {
        int seconds = lingerSeconds(s);
        if (seconds > 0) {
            lingering.accept(seconds);
        }
    }

    private static final sockbench.net.SocketOption LINGER = OptionCatalogue.bySymbol("so/linger").orElseThrow();

    /**
     * {@code (define s5 (socket-connect/ai (address-information "127.0.0.1" 80 ...)))}: a fresh socket
     * connected to one resolver result, written so a replay resolves the same numeric address.
     */
    public Action<Socket> connectAi(AddrInfo ai) {
        String service = ai.address().isInet() ? Integer.toString(ai.address().port()) : "#f";
        String form = "(socket-connect/ai (address-information " + EggText.string(ai.address().address()) + " " + service
                + " family: " + EggText.constant("af", ai.family())
                + " type: " + EggText.constant("sock", ai.socktype())
                + " protocol: " + EggText.constant("ipproto", ai.protocol())
                + " flags: ai/numerichost))";
        return SimpleAction.of("socket-connect/ai", form, () -> Socket.connectAi(List.of(ai)))
                .formAfter(s -> "(define " + names.nameOf(s) + " " + form + ")");
    }

    private static int number(String symbol) {
        return Constants.require(symbol);
    }

    private static sockbench.net.SockAddr call(Target t) {
        try {
            return t.address().call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
