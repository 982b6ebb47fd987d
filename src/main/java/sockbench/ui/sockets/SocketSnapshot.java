package sockbench.ui.sockets;

import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SocketState;

/**
 * A socket's state and names as read at one moment, off the FX thread.
 *
 * @param local the local name as {@code sockaddr->string}, or {@code #f} as the egg gives it
 * @param peer  the peer name, or {@code #f}
 */
public record SocketSnapshot(Socket socket, String printed, SocketState state, String local, String peer, String shutdown) {
    /** What a name shows when the socket is closed and has none to read. */
    public static final String NONE = "—";

    /** Reads the socket now (getsockname, getpeername); never throws. */
    public static SocketSnapshot of(Socket socket) {
        String printed = socket.toString();
        if (socket.isClosed()) {
            return new SocketSnapshot(socket, printed, SocketState.CLOSED, NONE, NONE, null);
        }
        SocketState state = socket.state();
        String how = shutdownWord(socket.shutdownHow());
        try {
            return new SocketSnapshot(socket, printed, state, text(socket.name()), text(socket.peerName()), how);
        } catch (NetException e) {
            return new SocketSnapshot(socket, printed, socket.isClosed() ? SocketState.CLOSED : state, NONE, NONE, how);
        }
    }

    /** {@code shut/wr} -> "wr"; null when not shut down. */
    static String shutdownWord(int how) {
        if (how < 0) {
            return null;
        }
        return sockbench.net.Constants.symbol("shut", how).map(s -> s.substring("shut/".length())).orElse(Integer.toString(how));
    }

    private static String text(SockAddr a) {
        return a == null ? "#f" : a.toEggString();
    }
}
