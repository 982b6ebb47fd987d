package sockbench.ui.explorer;

import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.Socket;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.Ui;

/**
 * Where a socket's transfer is shown, the responder the window started on it, live: its name, what it
 * answers, its status and its clients with their counters. Hidden while the socket has none. One strip
 * per side of the Transfer view follows that side's socket, so strips never pile up.
 */
public final class ResponderStrip extends VBox {
    private final ObservableMap<Socket, LiveResponder> live;
    private final ObservableValue<SocketRow> row;
    private final Label title = Ui.title("");
    private final Label status = Ui.caption("");
    private final TableView<ClientRow> clients = new TableView<>();
    private LiveResponder shown;

    public ResponderStrip(ObservableMap<Socket, LiveResponder> live, ObservableValue<SocketRow> row, String id) {
        super(6);
        this.live = live;
        this.row = row;
        setId(id);
        getStyleClass().addAll(Ui.CARD, "responder-strip");
        title.setGraphic(Ui.icon(Feather.REPEAT));
        title.setId(id + "-title");
        status.setId(id + "-status");
        clients.setId(id + "-clients");
        clients.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        clients.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        clients.getColumns().add(column("client", ClientRow::peer));
        clients.getColumns().add(column("in", r -> r.received() + " / " + r.bytesIn() + " B"));
        clients.getColumns().add(column("replies", r -> r.replies() + " / " + r.bytesOut() + " B"));
        clients.getColumns().add(column("state", ClientRow::state));
        clients.setPlaceholder(Ui.caption("no clients yet"));
        clients.getStyleClass().add("responder-strip-clients");
        getChildren().addAll(title, status, clients);
        managedProperty().bind(visibleProperty());
        live.addListener((MapChangeListener<Socket, LiveResponder>) c -> follow());
        row.addListener(o -> follow());
        follow();
    }

    /** The responder shown now, or null (tests). */
    public LiveResponder shown() {
        return shown;
    }

    private void follow() {
        SocketRow r = row.getValue();
        LiveResponder next = r == null ? null : live.get(r.socket());
        setVisible(next != null);
        if (next == shown) {
            return;
        }
        shown = next;
        status.textProperty().unbind();
        if (next == null) {
            clients.setItems(javafx.collections.FXCollections.observableArrayList());
            return;
        }
        title.setText("Responder " + next.name() + " on " + r.name() + " · " + next.responder().reply().kind());
        status.textProperty().bind(next.statusProperty());
        clients.setItems(next.clients());
    }

    private static TableColumn<ClientRow, String> column(String title, java.util.function.Function<ClientRow, String> f) {
        TableColumn<ClientRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        c.getStyleClass().add("mono-column");
        return c;
    }
}
