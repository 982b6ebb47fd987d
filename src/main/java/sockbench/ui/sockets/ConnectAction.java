package sockbench.ui.sockets;

import sockbench.net.Socket;
import sockbench.ui.action.Action;

/** {@code (socket-connect s2 addr)}: may wait for the handshake; cancelled by closing the socket. */
final class ConnectAction implements Action<Void> {
    private final Socket socket;
    private final String name;
    private final Target target;
    private volatile boolean cancelled;

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

    /** Marks the connect as cancelled; the caller then closes the socket, which wakes it. */
    void markCancelled() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
