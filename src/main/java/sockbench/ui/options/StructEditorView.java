package sockbench.ui.options;

import static sockbench.ui.workbench.Ui.button;
import static sockbench.ui.workbench.Ui.caption;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.SocketOption;
import sockbench.net.StructField;
import sockbench.ui.workbench.Ui;

/**
 * The struct editor: typed fields above, the struct's bytes below, field by field with their
 * offsets, each editing the other; apply, then what the kernel gave back.
 */
public final class StructEditorView extends VBox {
    private static final int BYTES_PER_LINE = 8;

    private final StructEditorViewModel vm;
    private final GridPane fieldGrid = new GridPane();
    private final FlowPane byteStrip = new FlowPane(10, 10);

    public StructEditorView(StructEditorViewModel vm) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(12));

        ComboBox<SocketOption> option = new ComboBox<>(FXCollections.observableArrayList(StructEditorViewModel.OPTIONS));
        option.setId("struct-option");
        option.valueProperty().bindBidirectional(vm.optionProperty());
        option.setCellFactory(l -> new OptionCell());
        option.setButtonCell(new OptionCell());
        option.setMaxWidth(Double.MAX_VALUE);
        Button load = button("struct-load", "Load", Feather.DOWNLOAD, "read the kernel's current value into the editor", vm::load);
        load.disableProperty().bind(vm.socketProperty().isNull());
        javafx.scene.layout.HBox.setHgrow(option, Priority.ALWAYS);

        fieldGrid.setHgap(10);
        fieldGrid.setVgap(6);
        byteStrip.setId("byte-strip");

        Label hex = Ui.mono("");
        hex.setId("struct-hex");
        hex.getStyleClass().add("hex-line");
        hex.textProperty().bind(vm.hexProperty());
        Label decoded = Ui.mono("");
        decoded.setId("struct-decoded");
        decoded.textProperty().bind(vm.decodedProperty());
        decoded.setWrapText(true);

        Button apply = button("struct-apply", "Apply", Feather.CHECK, "set-socket-option with these bytes, then read them back", vm::apply);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(vm.socketProperty().isNull().or(vm.problemProperty().isNotEmpty()));
        Label bytesProblem = sockbench.ui.workbench.Fields.message(vm.problemProperty());
        bytesProblem.setId("struct-problem");
        Label readBack = Ui.mono("");
        readBack.setId("struct-readback");
        readBack.getStyleClass().add("hex-line");
        readBack.textProperty().bind(vm.readBackProperty());
        Label readBackDecoded = Ui.mono("");
        readBackDecoded.setId("struct-readback-decoded");
        readBackDecoded.textProperty().bind(vm.readBackDecodedProperty());
        readBackDecoded.setWrapText(true);
        Label noSocket = caption("Select a socket to apply or load.");
        noSocket.visibleProperty().bind(vm.socketProperty().isNull());
        noSocket.managedProperty().bind(noSocket.visibleProperty());

        Label kernelSays = new Label("the kernel gave back:");
        kernelSays.getStyleClass().add(Ui.CAPTION);
        Label kernelDecoded = new Label("decoded:");
        kernelDecoded.getStyleClass().add(Ui.CAPTION);
        kernelSays.visibleProperty().bind(vm.readBackProperty().isNotEmpty());
        kernelDecoded.visibleProperty().bind(vm.readBackProperty().isNotEmpty());
        kernelSays.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kernelDecoded.minWidthProperty().bind(kernelSays.widthProperty());
        VBox readBackBox = new VBox(2, Ui.row(8, kernelSays, readBack), Ui.row(8, kernelDecoded, readBackDecoded));
        getChildren().addAll(
                Ui.row(8, option, load),
                section("Fields"), fieldGrid,
                section("Bytes the kernel gets"), byteStrip, bytesProblem,
                // the two go one under the other where a 16-byte struct's hex leaves no room beside it
                Ui.wrap(16, Ui.row(10, new Label("hex"), hex), Ui.row(10, new Label("decoded"), decoded)),
                section("Apply, then read back"),
                Ui.row(12, apply, noSocket, readBackBox));

        vm.fields().addListener((ListChangeListener<FieldModel>) c -> rebuild());
        vm.cells().addListener((ListChangeListener<ByteCell>) c -> rebuild());
        rebuild();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void rebuild() {
        fieldGrid.getChildren().clear();
        byteStrip.getChildren().clear();
        int i = 0;
        for (FieldModel f : vm.fields()) {
            StructField s = f.field();
            Label name = Ui.mono(s.name());
            name.getStyleClass().addAll("field-name", "field-" + (i % 4));
            TextField text = new TextField();
            text.setId("field-" + s.name());
            text.getStyleClass().add(Ui.MONO);
            text.textProperty().bindBidirectional(f.textProperty());
            text.setPrefColumnCount(s.size() >= 16 ? 14 : 9);
            Label layout = caption(s.cType() + " · offset " + s.offset() + " · " + s.size() + " byte" + (s.size() == 1 ? "" : "s")
                    + " · " + s.byteOrder());
            Label problem = sockbench.ui.workbench.Fields.message(f.problemProperty());
            problem.setId("field-" + s.name() + "-problem");
            fieldGrid.addRow(i, name, text, new VBox(2, layout, problem));
            byteStrip.getChildren().add(fieldBytes(f, i));
            i++;
        }
    }

    /** One field's bytes: its name over them, each byte with its offset, wrapped at eight per line. */
    private VBox fieldBytes(FieldModel f, int index) {
        StructField s = f.field();
        GridPane cells = new GridPane();
        cells.setHgap(3);
        cells.setVgap(2);
        for (int k = 0; k < s.size(); k++) {
            ByteCell cell = vm.cells().get(s.offset() + k);
            Label offset = new Label("+" + cell.offset());
            offset.getStyleClass().add("byte-offset");
            TextField hex = new TextField();
            hex.setId("byte-" + cell.offset());
            hex.getStyleClass().addAll(Ui.MONO, "byte-cell");
            hex.textProperty().bindBidirectional(cell.hexProperty());
            hex.setPrefColumnCount(2);
            hex.setAlignment(Pos.CENTER);
            cell.problemProperty().addListener((o, a, p) -> hex.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("invalid"), !p.isEmpty()));
            int col = k % BYTES_PER_LINE;
            int row = 2 * (k / BYTES_PER_LINE);
            cells.add(offset, col, row);
            cells.add(hex, col, row + 1);
        }
        Label name = Ui.mono(s.name());
        name.getStyleClass().add("byte-field-name");
        VBox box = new VBox(4, name, cells);
        box.getStyleClass().addAll("byte-field", "field-" + (index % 4));
        return box;
    }

    private static final class OptionCell extends ListCell<SocketOption> {
        @Override
        protected void updateItem(SocketOption o, boolean empty) {
            super.updateItem(o, empty);
            setText(o == null || empty ? null : o.accessor() + "   " + o.symbol() + "   " + o.codec().cName());
        }
    }

    /** Used by the options grid's "Edit bytes" buttons. */
    public void edit(SocketOption o) {
        vm.optionProperty().set(o);
        if (vm.socketProperty().get() != null) {
            vm.load();
        }
    }

}
