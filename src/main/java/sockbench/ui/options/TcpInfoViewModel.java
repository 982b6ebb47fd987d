package sockbench.ui.options;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;
import sockbench.net.StructField;
import sockbench.net.TcpInfo;
import sockbench.net.TcpInfoCodec;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.sockets.SocketNames;

/**
 * {@code (tcp-info s1)} as a read-only table: refreshed on demand (a transcript form), and live four
 * times a second, off the ui thread, while the table is shown (the window's own reading, left out
 * of the transcript and the trace).
 */
public final class TcpInfoViewModel {
    /** One field of tcp_info: its layout and the last value read. */
    public record Field(StructField layout, String value) {}

    private final ActionRunner runner;
    private final SocketNames names;
    private final ObjectProperty<Socket> socket = new SimpleObjectProperty<>();
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty();
    private final sockbench.ui.async.Poller<TcpInfo> poller;

    public TcpInfoViewModel(ActionRunner runner, SocketNames names, sockbench.ui.async.Pulse pulse) {
        this.runner = runner;
        this.names = names;
        show(null);
        socket.addListener((o, old, now) -> show(null));
        poller = new sockbench.ui.async.Poller<>(runner.threads(), "tcp_info", 250, this::readNow, info -> {
            if (info != null) {
                show(info);
            }
        }, e -> { });
        pulse.add(now -> {
            if (shown.get() && socket.get() != null) {
                poller.tick(now);
            }
        });
    }

    /** The table is on screen: only then does it read live. */
    public javafx.beans.property.BooleanProperty shownProperty() { return shown; }

    private TcpInfo readNow() {
        Socket s = socket.get();
        if (s == null || s.isClosed()) {
            return null;
        }
        try {
            return (TcpInfo) SocketOptions.get(s, OptionCatalogue.byAccessor("tcp-info").orElseThrow());
        } catch (sockbench.net.NetException e) {
            return null;
        }
    }

    public ObjectProperty<Socket> socketProperty() { return socket; }
    public ObservableList<Field> fields() { return fields; }
    /** {@code #<tcp_info ESTABLISHED rtt:...>} or why there is none. */
    public ReadOnlyStringProperty summaryProperty() { return summary; }

    public CompletableFuture<TcpInfo> refresh() {
        Socket s = socket.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        SocketOption o = OptionCatalogue.byAccessor("tcp-info").orElseThrow();
        String n = names.nameOf(s);
        return runner.run(SimpleAction.of("tcp-info " + n, "(tcp-info " + n + ")", () -> (TcpInfo) SocketOptions.get(s, o)))
                .whenComplete((info, e) -> {
                    show(info);
                    if (e != null) {
                        summary.set("no tcp_info: see the transcript");
                    }
                });
    }

    private void show(TcpInfo info) {
        List<Field> rows = TcpInfoCodec.INSTANCE.layout().stream()
                .map(f -> new Field(f, info == null ? "—" : value(info, f.name())))
                .toList();
        fields.setAll(rows);
        summary.set(info == null ? "" : info.toString());
    }

    private static String value(TcpInfo info, String field) {
        long v = info.fields().get(field);
        return switch (field) {
            case "tcpi_state" -> v + " (" + info.stateName() + ")";
            case "tcpi_options" -> v + " (" + TcpInfoText.options(v) + ")";
            case "tcpi_wscale" -> v + " (" + TcpInfoText.wscale(v) + ")";
            default -> Long.toString(v);
        };
    }
}
