package sockbench.ui.sockets;

import sockbench.net.NetException;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.Socket;
import sockbench.ui.action.Action;

/**
 * {@code (define s3 (socket-accept s1))}. Waits in short accept timeouts and checks for a cancel in
 * between, so cancelling leaves the listener open (closing it would be the only other way out).
 */
final class AcceptAction implements Action<Socket> {
    /** How long one wait lasts, i.e. how soon a cancel is noticed. */
    static final int SLICE_MILLIS = 100;

    private final Socket listener;
    private final String name;
    private final SocketNames names;
    private volatile boolean cancelled;

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
        Integer limit = Parameters.ACCEPT_TIMEOUT.get();
        long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit * 1_000_000L;
        while (true) {
            if (cancelled) {
                throw new NetException(java.util.List.of("exn", "i/o", "net"), "socket-accept: cancelled");
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            Parameter.Scope slice = Parameters.ACCEPT_TIMEOUT.bind((int) Math.max(0, Math.min(SLICE_MILLIS, left)));
            try {
                return listener.accept();
            } catch (NetException e) {
                if (!e.is("timeout") || System.nanoTime() >= deadline) {
                    throw e;
                }
            } finally {
                slice.close();
            }
        }
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
