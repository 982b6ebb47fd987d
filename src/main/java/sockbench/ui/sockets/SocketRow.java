package sockbench.ui.sockets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.net.Socket;
import sockbench.net.SocketState;

/** One socket as the panel shows it. Changed only on the ui thread. */
public final class SocketRow {
    private final Socket socket;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty printed = new SimpleStringProperty();
    private final ObjectProperty<SocketState> state = new SimpleObjectProperty<>();
    private final StringProperty local = new SimpleStringProperty("#f");
    private final StringProperty peer = new SimpleStringProperty("#f");
    private final StringProperty pending = new SimpleStringProperty();
    private final ObjectProperty<Runnable> cancel = new SimpleObjectProperty<>();
    private final StringProperty shutdown = new SimpleStringProperty();
    /** What the last failed action or the peer told, beside the state: "connect failed (ECONNREFUSED)", "peer closed". */
    private final StringProperty detail = new SimpleStringProperty();
    private final javafx.beans.binding.StringBinding stateText = javafx.beans.binding.Bindings.createStringBinding(
            this::describeState, state, shutdown, detail);

    SocketRow(Socket socket, String name) {
        this.socket = socket;
        this.name.set(name);
        this.printed.set(socket.toString());
        this.state.set(socket.state());
    }

    public Socket socket() { return socket; }

    /** The transcript's name: {@code s1}, or what the console defined it as. */
    public String name() { return name.get(); }
    public ReadOnlyStringProperty nameProperty() { return name; }

    void rename(String newName) {
        name.set(newName);
    }

    /** {@code #<socket fd:19 af/inet sock/stream>}. */
    public ReadOnlyStringProperty printedProperty() { return printed; }

    public ReadOnlyObjectProperty<SocketState> stateProperty() { return state; }
    public SocketState state() { return state.get(); }

    /** {@code socket-name} as {@code sockaddr->string}, or {@code #f}. */
    public ReadOnlyStringProperty localProperty() { return local; }
    public String local() { return local.get(); }

    /** {@code socket-peer-name}, or {@code #f}. */
    public ReadOnlyStringProperty peerProperty() { return peer; }
    public String peer() { return peer.get(); }

    /** What the socket waits for ("accepting…"), or null. */
    public ReadOnlyStringProperty pendingProperty() { return pending; }
    public String pending() { return pending.get(); }

    /** Cancels the pending operation, or null. */
    public ReadOnlyObjectProperty<Runnable> cancelProperty() { return cancel; }

    /**
     * The state exactly: "connect failed (ECONNREFUSED)" rather than "created", "shut down (wr)" with
     * the direction, "connected · peer closed" after end of stream.
     */
    public javafx.beans.binding.StringBinding stateTextProperty() { return stateText; }
    public String stateText() { return stateText.get(); }

    private String describeState() {
        SocketState s = state.get();
        if (s == null) {
            return "";
        }
        if (s == SocketState.CLOSED) {
            return s.label();
        }
        String base = s == SocketState.SHUT_DOWN && shutdown.get() != null ? "shut down (" + shutdown.get() + ")" : s.label();
        String d = detail.get();
        if (d == null) {
            return base;
        }
        return d.startsWith("connect failed") && (s == SocketState.CREATED || s == SocketState.BOUND
                || s == SocketState.CONNECTING || s == SocketState.CONNECT_FAILED)
                ? d : base + " · " + d;
    }

    /** A connect that failed: the state says why, until the next action on the socket. */
    void connectFailed(String errnoSymbol) {
        detail.set("connect failed" + (errnoSymbol == null ? "" : " (" + errnoSymbol + ")"));
    }

    /** The peer shut down its write side or closed: a receive gave end of stream. Any view that saw it calls this (ui thread). */
    public void peerClosed() {
        detail.set("peer closed");
    }

    void clearDetail() {
        detail.set(null);
    }

    void apply(SocketSnapshot s) {
        printed.set(s.printed());
        shutdown.set(s.shutdown());
        state.set(s.state());
        local.set(s.local());
        peer.set(s.peer());
    }

    void setPending(String what, Runnable canceller) {
        pending.set(what);
        cancel.set(canceller);
    }

    void clearPending() {
        pending.set(null);
        cancel.set(null);
    }

    @Override
    public String toString() {
        return name.get() + "  " + printed.get();
    }
}
