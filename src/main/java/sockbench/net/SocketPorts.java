package sockbench.net;

/**
 * {@code (socket-i/o-ports so)}: an input and an output port over a connected socket, with the
 * spec's buffering. The ports take the size and timeout parameters in force when they are made (as
 * the egg's ports close over them), not those in force at each read or write; the socket closes
 * when both ports are closed.
 */
public final class SocketPorts {
    private final Socket socket;
    private final SocketInputPort input;
    private final SocketOutputPort output;
    private int open = 2;

    private SocketPorts(Socket socket) {
        this.socket = socket;
        this.input = new SocketInputPort(this, Parameters.RECEIVE_BUFFER_SIZE.get(), Parameters.RECEIVE_TIMEOUT.get());
        this.output = new SocketOutputPort(this, Parameters.SEND_BUFFER_SIZE.get(), Parameters.SEND_SIZE.get(),
                Parameters.SEND_TIMEOUT.get());
    }

    /** Makes the pair; the socket must be open. */
    public static SocketPorts open(Socket socket) {
        if (socket == null) {
            throw Errors.badArgument("socket-i/o-ports", "no socket given");
        }
        if (socket.isClosed()) {
            throw Errors.closed("socket-i/o-ports");
        }
        return new SocketPorts(socket);
    }

    public SocketInputPort input() { return input; }

    public SocketOutputPort output() { return output; }

    public Socket socket() { return socket; }

    /** A port closed: the socket closes after the second. */
    synchronized void portClosed() {
        open--;
        if (open == 0) {
            socket.closeQuietly();
        }
    }

    /** Shuts a direction down as a closing port does; a connection already gone is not an error. */
    void shutdownQuietly(int how) {
        try {
            socket.shutdown(how);
        } catch (NetException e) {
            if (!"ENOTCONN".equals(e.errnoSymbol()) && !e.getMessage().endsWith("socket closed")) {
                throw e;
            }
        }
    }
}
