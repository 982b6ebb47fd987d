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
        socket.setPrefWidth(300);
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

        HBox toolbar = Ui.row(10, heading, record, Ui.grow(), new Label("socket"), socket, all, quiet, follow, clear);
        table = table(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table, Ui.row(10, counts));
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

    private static TableView<TraceViewModel.Row> table(TraceViewModel vm) {
        TableView<TraceViewModel.Row> t = new TableView<>(vm.shown());
        t.setId("trace-table");
        t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(Ui.caption("No calls yet. Recording starts when this view opens; act on a socket and its calls appear here."));
        t.getColumns().addAll(java.util.List.of(
                column("time s", 95, r -> String.format("%.6f", r.seconds()), "trace-time"),
                column("fd", 45, r -> r.fd() < 0 ? "" : Integer.toString(r.fd()), "trace-fd"),
                column("socket", 60, TraceViewModel.Row::socket, "trace-socket"),
                column("syscall", 110, TraceViewModel.Row::syscall, "trace-syscall"),
                column("arguments", 420, TraceViewModel.Row::arguments, "trace-arguments"),
                column("result", 75, r -> Long.toString(r.result()), "trace-result"),
                column("errno", 95, r -> r.errno() == null ? "" : r.errno(), "trace-errno"),
                column("µs", 70, r -> String.format("%.1f", r.micros()), "trace-duration")));
        t.setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(TraceViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !empty && row != null && row.errno() != null);
            }
        });
        return t;
    }

    private static TableColumn<TraceViewModel.Row, String> column(String title, double width,
                                                                 Function<TraceViewModel.Row, String> f, String styleClass) {
        TableColumn<TraceViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.getStyleClass().addAll("mono-column", styleClass);
        return c;
    }
}
