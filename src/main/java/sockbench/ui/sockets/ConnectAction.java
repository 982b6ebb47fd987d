package sockbench.ui.sockets;

import sockbench.net.Socket;
import sockbench.ui.action.Action;

/**
 * {@code (socket-connect s2 addr)}: may wait for the handshake (with {@code socket-connect-timeout});
 * Cancel interrupts the waiting thread, which ends the connect with {@code cancelled}.
 */
final class ConnectAction implements Action<Void> {
    private final Socket socket;
    private final String name;
    private final Target target;

    ConnectAction(Socket socket, String name, Target target) {
        this.socket = socket;
        this.name = name;
        this.target = target;
    }

    @Override public String name() { return "socket-connect " + name; }
    @Override public String form() { return "(socket-connect " + name + " " + target.form() + ")"; }

    @Override
    public Void perform() throws Exception {
        socket.connect(target.address().call());
        return null;
    }
}
