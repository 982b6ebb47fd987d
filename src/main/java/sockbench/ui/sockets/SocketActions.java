package sockbench.ui.sockets;

import java.util.List;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.net.Socket;
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

    public Action<Void> close(Socket s) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-close " + n, "(socket-close " + n + ")", s::close);
    }

    public Action<Void> closeQuietly(Socket s) {
        String n = names.nameOf(s);
        return SimpleAction.doing("socket-close* " + n, "(socket-close* " + n + ")", s::closeQuietly);
    }

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
