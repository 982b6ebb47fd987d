package sockbench.net;

/** Where a socket is in its life, as the workbench shows it. */
public enum SocketState {
    CREATED, BOUND, LISTENING, CONNECTING, CONNECTED, SHUT_DOWN, CLOSED;

    /** Lower-case words for display: "shut down". */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
