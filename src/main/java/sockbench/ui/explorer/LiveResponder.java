package sockbench.ui.explorer;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.explore.Responder;

/**
 * A responder the window started, as the window shows it: its name in the transcript ({@code r1}), a
 * status line and its client list, read from the responder's counters once per frame (never a callback
 * per packet). The Explorer's card and the Transfer view of the responder's socket show the same one.
 * FX thread only.
 */
public final class LiveResponder {
    private final Responder responder;
    private final String name;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<ClientRow> clients = FXCollections.observableArrayList();

    LiveResponder(Responder responder, String name) {
        this.responder = responder;
        this.name = name;
        refresh();
    }

    public Responder responder() { return responder; }

    /** The name its {@code (define r1 (responder-start ...))} gave it. */
    public String name() { return name; }

    /** "responding · 2 clients · 5 received · 5 replies", or "stopped ..." with the failure if any. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** One row per client (a datagram source, or an accepted connection), at most {@link Responder#MAX_CLIENTS}. */
    public ObservableList<ClientRow> clients() { return clients; }

    /** Reads the counters now; the list changes only when a row does. */
    void refresh() {
        List<ClientRow> rows = responder.clients().stream().map(ClientRow::of).toList();
        if (!rows.equals(clients)) {
            clients.setAll(rows);
        }
        status.set((responder.isRunning() ? "responding" : "stopped") + " · " + rows.size() + " clients · "
                + responder.blocksIn() + " received · " + responder.replies() + " replies"
                + (responder.failure() == null ? "" : " · " + ExplorerViewModel.message(responder.failure())));
    }
}
