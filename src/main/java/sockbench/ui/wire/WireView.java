package sockbench.ui.wire;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.wire.HeaderField;
import sockbench.ui.workbench.Resources;
import sockbench.ui.workbench.Ui;

/**
 * The Wire view: the ladder of the shown conversation beside the selected segment's header fields and
 * the TCP state diagram; capture, pause, the conversation picker and pcap export above.
 */
public final class WireView extends VBox {
    public WireView(WireViewModel vm, WirePlotsViewModel plots) {
        super(8);
        setPadding(new Insets(12, 14, 12, 14));
        getStyleClass().add("wire-view");
        getStylesheets().add(Resources.url("wire.css").toExternalForm());

        Label heading = Ui.title("Wire");
        heading.getStyleClass().add(Styles.TITLE_3);
        ToggleButton capture = new ToggleButton("Capture");
        capture.setId("wire-capture");
        capture.setGraphic(Ui.icon(Feather.RADIO));
        capture.setSelected(vm.capturingProperty().get());
        capture.setOnAction(e -> {
            if (capture.isSelected()) {
                vm.start();
            } else {
                vm.stop();
            }
        });
        vm.capturingProperty().addListener((o, a, on) -> capture.setSelected(on));
        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("wire-pause");
        pause.setGraphic(Ui.icon(Feather.PAUSE));
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        ComboBox<String> conversation = new ComboBox<>(vm.conversations());
        conversation.setId("wire-conversation");
        conversation.setPromptText("no conversation yet");
        conversation.getStyleClass().add(Ui.MONO);
        conversation.valueProperty().bindBidirectional(vm.shownProperty());
        conversation.setPrefWidth(330);
        Button save = button("wire-save-pcap", "Save pcap", Feather.SAVE, "write the kept segments as a pcap file for Wireshark or tcpdump", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("sockbench.pcap");
            java.io.File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.savePcap(f.toPath());
            }
        });
        save.disableProperty().bind(vm.capturingProperty().not().and(Bindings.isEmpty(vm.conversations())));
        Button clear = button("wire-clear", "Clear", Feather.TRASH_2, "forget the conversations shown", vm::clear);
        clear.getStyleClass().add(Styles.FLAT);
        Label message = Ui.caption("");
        message.setId("wire-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Label counts = Ui.caption("");
        counts.setId("wire-counts");
        counts.textProperty().bind(vm.countsProperty());

        LadderView ladder = new LadderView(vm);
        TableView<HeaderField> fields = new TableView<>(vm.fields());
        fields.setId("wire-fields");
        fields.setPlaceholder(Ui.caption("click a segment for its header fields"));
        fields.getColumns().add(column("layer", 80, f -> f.layer()));
        fields.getColumns().add(column("field", 150, f -> f.name()));
        fields.getColumns().add(column("offset", 55, f -> Integer.toString(f.offset())));
        fields.getColumns().add(column("bytes", 150, f -> vm.selectedProperty().get() == null ? "" : f.hex(vm.selectedProperty().get().frame())));
        fields.getColumns().add(column("value", 200, f -> f.value()));
        fields.getStyleClass().add(Ui.MONO);
        // the columns grow with the type (a horizontal scroll bar before a cut header)
        double[] ems = {5.5, 10, 5.5, 10, 13};
        for (int i = 0; i < ems.length; i++) {
            TableColumn<HeaderField, ?> c = fields.getColumns().get(i);
            Ui.emWidth(c, clear, c.getPrefWidth(), ems[i]);
        }
        TabPane side = new TabPane(new Tab("Header", fields), new Tab("States", new StateDiagramView(vm)),
                new Tab("Plots", new WirePlotsView(plots)));
        side.getTabs().forEach(t -> t.setClosable(false));
        side.setId("wire-side");
        SplitPane split = new SplitPane(ladder, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        ToggleButton details = details(vm, split, side, clear);

        getChildren().addAll(Ui.wrap(8, heading, capture, pause, conversation, save, clear, details), new VBox(2, message, counts), split);
    }

    /** Type from this size on (presentation mode, zoom) gives the ladder the view's whole width, the details folded away. */
    private static final double LARGE_TYPE = 20;

    /**
     * Shows or folds the details beside the ladder (header fields, states, plots). With large type the
     * ladder needs the whole width for its texts to be the window's type, so the details start folded
     * there and open again at normal type, until the person chooses; a click on a segment opens them.
     */
    private static ToggleButton details(WireViewModel vm, SplitPane split, TabPane side, javafx.scene.control.Labeled typeOf) {
        ToggleButton details = new ToggleButton("Details");
        details.setId("wire-details");
        details.setGraphic(Ui.icon(Feather.SIDEBAR));
        details.setTooltip(new javafx.scene.control.Tooltip("the selected segment's header fields, the TCP states and the plots beside the ladder"));
        details.setSelected(true);
        double[] divider = {0.58};
        details.selectedProperty().addListener((o, was, on) -> {
            if (on && !split.getItems().contains(side)) {
                split.getItems().add(side);
                split.setDividerPositions(divider[0]);
            } else if (!on && split.getItems().contains(side)) {
                divider[0] = split.getDividerPositions()[0];
                split.getItems().remove(side);
            }
        });
        boolean[] chosen = {false};
        details.setOnAction(e -> chosen[0] = true);
        typeOf.fontProperty().addListener((o, was, font) -> {
            if (!chosen[0]) {
                details.setSelected(font.getSize() < LARGE_TYPE);
            }
        });
        vm.selectedProperty().addListener((o, was, segment) -> {
            if (segment != null) {
                details.setSelected(true);
            }
        });
        return details;
    }

    private static TableColumn<HeaderField, String> column(String name, double width,
                                                          java.util.function.Function<HeaderField, String> value) {
        TableColumn<HeaderField, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
