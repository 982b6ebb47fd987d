package sockbench.ui.trace;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.Ui;

/** The syscall trace: every native call the engine makes, as a live table, for all sockets or one. */
public final class TraceView extends VBox {
    private final TableView<TraceViewModel.Row> table;
    private final CheckBox follow = new CheckBox("follow");
    private boolean scrollPending;

    public TraceView(TraceViewModel vm, javafx.collections.ObservableList<SocketRow> sockets) {
        super(10);
        setPadding(new Insets(12, 14, 12, 14));
        getStyleClass().add("trace-view");

        Label heading = Ui.title("Syscall trace");
        heading.getStyleClass().add(Styles.TITLE_3);
        ToggleSwitch record = Ui.toggleSwitch("trace-recording", "Record", vm.recordingProperty(),
                "listen to the engine's calls; off pauses (and costs the engine nothing)");
        ComboBox<SocketRow> socket = new ComboBox<>(sockets);
        socket.setId("trace-filter");
        socket.getStyleClass().add(Ui.MONO);
        socket.setPromptText("all sockets");
        socket.valueProperty().bindBidirectional(vm.filterProperty());
        socket.getStyleClass().add("trace-socket-combo");
        Button all = button("trace-all", "All", Feather.LIST, "show every socket's calls", () -> vm.filterProperty().set(null));
        all.getStyleClass().add(Styles.FLAT);
        Button clear = button("trace-clear", "Clear", Feather.TRASH_2, "empty the table", vm::clear);
        clear.getStyleClass().add(Styles.FLAT);
        CheckBox quiet = new CheckBox("hide the window's polling");
        quiet.setId("trace-hide-housekeeping");
        quiet.selectedProperty().bindBidirectional(vm.hideHousekeepingProperty());
        quiet.setTooltip(new Tooltip("the lamps, queue gauges and tcp_info poll a few times a second; their calls are left out"));
        follow.setId("trace-follow");
        follow.setSelected(true);
        follow.setTooltip(new Tooltip("keep the newest call in view"));
        Label counts = Ui.caption("");
        counts.setId("trace-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d calls heard · %,d shown (at most %,d kept)%s",
                        vm.recordedProperty().get(), vm.shown().size(), TraceViewModel.MAX_ROWS,
                        vm.droppedProperty().get() == 0 ? "" : String.format(" · %,d too fast to show", vm.droppedProperty().get())),
                vm.recordedProperty(), vm.droppedProperty(), vm.shown()));

        // the toolbar wraps onto a second line when the type is large, rather than cut its last boxes
        javafx.scene.layout.FlowPane toolbar = Ui.wrap(10, heading, record, Ui.row(8, new Label("socket"), socket), all, quiet, follow, clear);
        table = table(vm, clear);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table, counts);
        // after the table has taken the batch (its own listener may run later): at most once per pulse
        vm.shown().addListener((ListChangeListener<TraceViewModel.Row>) c -> {
            if (follow.isSelected() && !scrollPending) {
                scrollPending = true;
                javafx.application.Platform.runLater(() -> {
                    scrollPending = false;
                    if (!vm.shown().isEmpty()) {
                        table.scrollTo(vm.shown().size() - 1);
                    }
                });
            }
        });
    }

    public TableView<TraceViewModel.Row> table() {
        return table;
    }

    /** The table; its columns follow the type size of {@code probe} (a control in the base type). */
    private static TableView<TraceViewModel.Row> table(TraceViewModel vm, javafx.scene.control.Labeled probe) {
        TableView<TraceViewModel.Row> t = new TableView<>(vm.shown());
        t.setId("trace-table");
        t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(Ui.caption("No calls yet. Recording starts when this view opens; act on a socket and its calls appear here."));
        t.getColumns().addAll(java.util.List.of(
                column("time s", 95, 5.5, r -> String.format("%.6f", r.seconds()), "trace-time", probe),
                column("fd", 45, 2.5, r -> r.fd() < 0 ? "" : Integer.toString(r.fd()), "trace-fd", probe),
                column("socket", 60, 5, TraceViewModel.Row::socket, "trace-socket", probe),
                column("syscall", 110, 7, TraceViewModel.Row::syscall, "trace-syscall", probe),
                column("arguments", 420, 0, TraceViewModel.Row::arguments, "trace-arguments", probe),
                column("result", 75, 5, r -> Long.toString(r.result()), "trace-result", probe),
                column("errno", 95, 7.5, r -> r.errno() == null ? "" : r.errno(), "trace-errno", probe),
                column("µs", 70, 4, r -> String.format("%.1f", r.micros()), "trace-duration", probe)));
        // long arguments break at their spaces in a narrow column (large type) rather than end in "…"
        ((TableColumn<TraceViewModel.Row, String>) t.getColumns().get(4)).setCellFactory(c -> sockbench.ui.workbench.LineBreaks.cell());
        t.setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(TraceViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !empty && row != null && row.errno() != null);
            }
        });
        return t;
    }

    /** A column {@code width} px wide at the normal type, {@code ems} of the type when larger (0: px only). */
    private static TableColumn<TraceViewModel.Row, String> column(String title, double width, double ems,
                                                                 Function<TraceViewModel.Row, String> f, String styleClass,
                                                                 javafx.scene.control.Labeled probe) {
        TableColumn<TraceViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        if (ems > 0) {
            Ui.emWidth(c, probe, width, ems);
        }
        c.setSortable(false);
        c.getStyleClass().addAll("mono-column", styleClass);
        return c;
    }
}
