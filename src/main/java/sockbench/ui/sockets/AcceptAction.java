package sockbench.ui.sockets;

import sockbench.net.Socket;
import sockbench.ui.action.Action;

/**
 * {@code (define s3 (socket-accept s1))}: waits as the egg does, with {@code socket-accept-timeout}.
 * Cancel interrupts the waiting thread, which ends the accept with {@code cancelled} and leaves the
 * listener open.
 */
final class AcceptAction implements Action<Socket> {
    private final Socket listener;
    private final String name;
    private final SocketNames names;

    AcceptAction(Socket listener, String name, SocketNames names) {
        this.listener = listener;
        this.name = name;
        this.names = names;
    }

    @Override public String name() { return "socket-accept " + name; }
    @Override public String form() { return "(socket-accept " + name + ")"; }

    @Override
    public String form(Socket accepted) {
        return "(define " + names.nameOf(accepted) + " " + form() + ")";
    }

    @Override
    public Socket perform() {
        return listener.accept();
    }
}
