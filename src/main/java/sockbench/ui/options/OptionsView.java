package sockbench.ui.options;

import static sockbench.ui.workbench.Ui.button;
import static sockbench.ui.workbench.Ui.caption;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.OptionType;
import sockbench.net.SocketOption;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.SocketsViewModel;
import sockbench.ui.workbench.Ui;

/**
 * The options panel: the catalogue for the selected socket, grouped by level, each option with an
 * editor fit for its type; beside it the struct editor, tcp_info and the low-level interface.
 */
public final class OptionsView extends SplitPane {
    /** A value the panel has not read (so/error before Read): muted, not the kernel's. */
    private static final javafx.css.PseudoClass UNREAD = javafx.css.PseudoClass.getPseudoClass("unread");
    private final TabPane tabs = new TabPane();
    private final Tab structTab;
    private final Tab tcpInfoTab;
    private final StructEditorView structEditor;

    public OptionsView(OptionsViewModel vm, SocketsViewModel sockets, StructEditorViewModel struct,
                       TcpInfoViewModel tcpInfo, LowLevelViewModel lowLevel) {
        getStyleClass().add("options-view");
        vm.shownProperty().bind(visibleProperty()); // the workbench shows one view at a time by visibility
        structEditor = new StructEditorView(struct);
        structTab = tab("struct editor", Feather.GRID, structEditor);
        structTab.setId("tab-struct");
        tcpInfoTab = tab("tcp_info", Feather.ACTIVITY, new TcpInfoView(tcpInfo));
        tcpInfoTab.setId("tab-tcp-info");
        // live only while the table is on screen: its tab chosen and the options view showing
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && !tcpInfo.shownProperty().isBound()) {
                javafx.beans.binding.BooleanBinding onScreen = javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> isTreeVisibleNow(this), tcpInfoTab.selectedProperty());
                tcpInfo.shownProperty().bind(tcpInfoTab.selectedProperty().and(onScreen));
                for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
                    n.visibleProperty().addListener(x -> onScreen.invalidate());
                }
            }
        });
        Tab lowLevelTab = tab("low-level", Feather.CPU, new LowLevelView(lowLevel));
        lowLevelTab.setId("tab-low-level");
        tabs.getTabs().addAll(List.of(structTab, tcpInfoTab, lowLevelTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("option-tabs");

        VBox left = new VBox(10, header(vm, sockets), catalogue(vm));
        left.setPadding(new Insets(14, 8, 14, 14));
        getItems().addAll(left, tabs);
        setDividerPositions(0.56);
        // the catalogue and the editors side by side while the window is wide for its type, one above
        // the other (each full width) when it is not: in presentation mode nothing is cut at the side
        widthProperty().addListener(o -> orient());
        refresh.fontProperty().addListener(o -> orient());
    }

    /** Side by side from {@link #SIDE_BY_SIDE_EMS} ems (of the base type, the Refresh button's) of width up. */
    private void orient() {
        javafx.geometry.Orientation o = getWidth() >= SIDE_BY_SIDE_EMS * refresh.getFont().getSize()
                ? javafx.geometry.Orientation.HORIZONTAL : javafx.geometry.Orientation.VERTICAL;
        if (o != getOrientation()) {
            setOrientation(o);
            setDividerPositions(o == javafx.geometry.Orientation.HORIZONTAL ? 0.56 : 0.5);
        }
    }

    /** Catalogue beside editors needs about this many ems of the base type (1280 px at 14 px type). */
    private static final double SIDE_BY_SIDE_EMS = 72;
    private Button refresh;

    private static Tab tab(String title, Feather icon, Node content) {
        ScrollPane scroll = Ui.uncached(new ScrollPane(content));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Tab t = new Tab(title, scroll);
        t.setGraphic(Ui.icon(icon));
        return t;
    }

    private javafx.scene.layout.FlowPane header(OptionsViewModel vm, SocketsViewModel sockets) {
        Label heading = Ui.title("Options of");
        heading.getStyleClass().add(Styles.TITLE_3);
        ComboBox<SocketRow> socket = new ComboBox<>(sockets.rows());
        socket.setId("options-socket");
        socket.valueProperty().bindBidirectional(sockets.selectedProperty());
        socket.setPromptText("select a socket");
        socket.getStyleClass().add(Ui.MONO);
        socket.getStyleClass().add("socket-combo");
        refresh = button("options-refresh", "Refresh", Feather.REFRESH_CW, "read every option again", vm::refresh);
        return Ui.wrap(10, heading, socket, refresh);
    }

    private ScrollPane catalogue(OptionsViewModel vm) {
        GridPane grid = new GridPane();
        grid.setId("options-grid");
        grid.getStyleClass().add("options-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(250);
        ColumnConstraints type = new ColumnConstraints();
        type.setMinWidth(90);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(90);
        ColumnConstraints editor = new ColumnConstraints();
        editor.setHgrow(Priority.ALWAYS);
        editor.setMinWidth(180);
        grid.getColumnConstraints().addAll(name, type, value, editor);

        int row = 0;
        for (Map.Entry<String, List<OptionRow>> level : vm.byLevel().entrySet()) {
            SocketOption first = level.getValue().get(0).option();
            Label heading = new Label(first.levelCName() + "   " + level.getKey());
            heading.getStyleClass().add("level-heading");
            heading.setMaxWidth(Double.MAX_VALUE);
            grid.add(heading, 0, row++, 4, 1);
            for (OptionRow r : level.getValue()) {
                grid.addRow(row++, nameCell(r), caption(r.option().typeName()), valueWithNote(r), editorCell(vm, r));
            }
        }
        ScrollPane scroll = Ui.uncached(new ScrollPane(grid));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private static VBox nameCell(OptionRow r) {
        SocketOption o = r.option();
        Label accessor = Ui.mono(o.accessor());
        accessor.getStyleClass().add("option-accessor");
        Label constant = caption(o.symbol() + " · " + o.cName());
        VBox box = new VBox(0, accessor, constant);
        Tooltip.install(box, new Tooltip(o.summary()));
        return box;
    }

    private static Label valueCell(OptionRow r) {
        Label v = Ui.mono("");
        v.setId("value-" + id(r));
        v.textProperty().bind(r.valueProperty());
        v.getStyleClass().add("option-value");
        v.pseudoClassStateChanged(UNREAD, r.availability() == OptionRow.Availability.ON_REQUEST);
        r.availabilityProperty().addListener((o, was, now) -> v.pseudoClassStateChanged(UNREAD, now == OptionRow.Availability.ON_REQUEST));
        v.setMaxWidth(160);
        return v;
    }

    /** The value and, under it, what the last set taught (the kernel doubling a buffer size). */
    private static VBox valueWithNote(OptionRow r) {
        Label note = caption("");
        note.setId("note-" + id(r));
        note.textProperty().bind(r.noteProperty());
        note.setMaxWidth(260);
        note.visibleProperty().bind(r.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(r.noteProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(500);
        note.setTooltip(tip);
        return new VBox(2, valueCell(r), note);
    }

    /**
     * The editor changes with what the kernel said: a control, a lock, or the reason it is unsupported.
     * Each kind of editor is made once and kept: an editor listens to its row, which lives as long as
     * the view, so one made anew at every change of socket would stay reachable for good.
     */
    private StackPane editorCell(OptionsViewModel vm, OptionRow r) {
        StackPane cell = new StackPane();
        cell.setAlignment(Pos.CENTER_LEFT);
        Map<OptionRow.Availability, Node> made = new java.util.EnumMap<>(OptionRow.Availability.class);
        Runnable rebuild = () -> cell.getChildren().setAll(made.computeIfAbsent(r.availability(), a -> editor(vm, r)));
        r.availabilityProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();
        return cell;
    }

    private Node editor(OptionsViewModel vm, OptionRow r) {
        SocketOption o = r.option();
        switch (r.availability()) {
            case NO_SOCKET:
                return caption("");
            case UNSUPPORTED:
            case FAILED: {
                Label why = new Label("", Ui.icon(Feather.ALERT_TRIANGLE));
                why.textProperty().bind(r.reasonProperty());
                why.setId("reason-" + id(r));
                why.getStyleClass().addAll(Ui.CAPTION, r.availability() == OptionRow.Availability.UNSUPPORTED ? "unsupported" : "problem");
                why.setWrapText(true);
                why.setMaxWidth(380);
                return why;
            }
            default:
                break;
        }
        if (o.clearedByReading()) {
            // read when asked, and again when asked: each read takes what is pending then
            Button read = button("read-" + id(r), "Read", Feather.DOWNLOAD, () -> {
                sockbench.net.Socket s = vm.socketProperty().get();
                if (s != null) {
                    vm.readBack(s, r);
                }
            });
            Tooltip.install(read, new Tooltip(OptionReading.onRequest(o).reason()));
            return read;
        }
        if (!o.access().writable()) {
            if (o.type() == OptionType.STRUCT) {
                return button("show-" + id(r), "Show table", Feather.ACTIVITY, () -> tabs.getSelectionModel().select(tcpInfoTab));
            }
            Label locked = new Label("read-only", Ui.icon(Feather.LOCK));
            locked.getStyleClass().addAll(Ui.CAPTION, "locked");
            locked.setId("locked-" + id(r));
            return locked;
        }
        if (o.type() == OptionType.STRUCT) {
            return button("edit-" + id(r), "Edit bytes", Feather.GRID, () -> {
                structEditor.edit(o);
                tabs.getSelectionModel().select(structTab);
            });
        }
        if (o.type() == OptionType.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setId("opt-" + id(r));
            box.setSelected(Boolean.TRUE.equals(r.typedValueProperty().get()));
            r.typedValueProperty().addListener((x, a, b) -> box.setSelected(Boolean.TRUE.equals(b)));
            box.setOnAction(e -> vm.set(r, box.isSelected()));
            box.setText("set to #t");
            box.textProperty().bind(javafx.beans.binding.Bindings.when(box.selectedProperty()).then("on").otherwise("off"));
            return box;
        }
        TextField text = new TextField(r.typedValueProperty().get() == null ? "" : r.typedValueProperty().get().toString());
        text.setId("opt-" + id(r));
        text.getStyleClass().add(Ui.MONO);
        text.setPrefColumnCount(9);
        // the field keeps its width whatever its message says: the message wraps under it
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        r.typedValueProperty().addListener((x, a, b) -> text.setText(b == null ? "" : b.toString()));
        javafx.beans.property.SimpleStringProperty problem = new javafx.beans.property.SimpleStringProperty("");
        text.textProperty().addListener(x -> problem.set(""));
        Runnable set = () -> {
            try {
                vm.set(r, OptionsViewModel.parse(o, text.getText()));
                problem.set("");
            } catch (IllegalArgumentException e) {
                problem.set(e.getMessage());
            }
        };
        text.setOnAction(e -> set.run());
        Button apply = button("set-" + id(r), "Set", null, set);
        apply.getStyleClass().add(Styles.SMALL);
        Label message = sockbench.ui.workbench.Fields.message(problem);
        message.setId("opt-" + id(r) + "-problem");
        return new VBox(2, Ui.row(6, text, apply), message);
    }

    /** An option's accessor as a CSS id: {@code tcp-no-delay?} -> {@code tcp-no-delay}. */
    public static String id(OptionRow r) {
        return r.option().accessor().replace("?", "");
    }

    public StructEditorView structEditor() {
        return structEditor;
    }

    private static boolean isTreeVisibleNow(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
