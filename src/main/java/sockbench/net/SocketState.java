package sockbench.net;

/** Where a socket is in its life, as the kernel has it and the workbench shows it. */
public enum SocketState {
    CREATED, BOUND, LISTENING, CONNECTING,
    /** A connect timed out or was cancelled while the kernel goes on with the handshake. */
    CONNECT_TIMED_OUT,
    /** The last connect failed (refused, unreachable ...); the kernel lets it connect again. */
    CONNECT_FAILED,
    CONNECTED,
    /** A receive met the end of the peer's stream. */
    PEER_CLOSED,
    SHUT_DOWN, CLOSED;

    /** Lower-case words for display: "shut down", "connecting (timed out)". */
    public String label() {
        switch (this) {
            case CONNECT_TIMED_OUT:
                return "connecting (timed out)";
            case CONNECT_FAILED:
                return "connect failed";
            default:
                return name().toLowerCase().replace('_', ' ');
        }
    }
}
