package sockbench.ui.options;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.workbench.Fields;
import sockbench.ui.workbench.Ui;

/** get-socket-option / set-socket-option with raw levels, names, lengths and bytes. */
public final class LowLevelView extends VBox {

    public LowLevelView(LowLevelViewModel vm) {
        super(12);
        setPadding(new Insets(12));

        ComboBox<String> level = editable("ll-level", vm.levelProperty(), LowLevelViewModel.LEVELS);
        ComboBox<String> name = editable("ll-name", vm.nameProperty(), LowLevelViewModel.optionSymbols());
        TextField length = new TextField();
        length.setId("ll-length");
        length.setPromptText("#f = an integer");
        length.textProperty().bindBidirectional(vm.lengthProperty());
        length.getStyleClass().add(Ui.MONO);

        GridPane where = grid();
        where.addRow(0, new Label("Level"), level);
        where.addRow(1, new Label("Name"), Fields.withMessage(name, vm.whereProblemProperty()));
        where.addRow(2, new Label("Length"), Fields.withMessage(length, vm.lengthProblemProperty()));

        Button get = button("ll-get", "Get", Feather.DOWNLOAD, vm::get);
        get.disableProperty().bind(vm.socketProperty().isNull());
        Label hex = Ui.mono("");
        hex.setId("ll-result");
        hex.getStyleClass().add("hex-line");
        hex.textProperty().bind(vm.resultHexProperty());
        hex.setWrapText(true);
        Label decoded = Ui.mono("");
        decoded.setId("ll-decoded");
        decoded.textProperty().bind(vm.resultDecodedProperty());
        decoded.setWrapText(true);

        TextField value = new TextField();
        value.setId("ll-value");
        value.setPromptText("1, #t, or hex bytes like 01 00 00 00");
        value.textProperty().bindBidirectional(vm.valueProperty());
        value.getStyleClass().add(Ui.MONO);
        ToggleGroup kinds = new ToggleGroup();
        javafx.scene.layout.HBox kindRow = Ui.row(14);
        for (LowLevelViewModel.ValueKind k : LowLevelViewModel.ValueKind.values()) {
            RadioButton r = new RadioButton(k.name().toLowerCase());
            r.setId("ll-kind-" + k.name().toLowerCase());
            r.setToggleGroup(kinds);
            r.setUserData(k);
            r.setSelected(vm.kindProperty().get() == k);
            kindRow.getChildren().add(r);
        }
        kinds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.kindProperty().set((LowLevelViewModel.ValueKind) b.getUserData());
            }
        });
        Button set = button("ll-set", "Set", Feather.UPLOAD, vm::set);
        set.getStyleClass().add(Styles.ACCENT);
        set.disableProperty().bind(vm.socketProperty().isNull());
        GridPane setGrid = grid();
        setGrid.addRow(0, new Label("Value"), Fields.withMessage(value, vm.valueProblemProperty()));
        setGrid.addRow(1, new Label("As"), kindRow);

        getChildren().addAll(Ui.caption("Any level and option, by symbol or number. No checking: that is the typed accessors' job."),
                where, Ui.row(10, get), Ui.row(10, new Label("bytes"), hex), Ui.row(10, new Label("decoded"), decoded),
                new javafx.scene.control.Separator(), setGrid, Ui.row(10, set));
    }

    private static ComboBox<String> editable(String id, javafx.beans.property.StringProperty p, java.util.List<String> items) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setEditable(true);
        c.valueProperty().bindBidirectional(p);
        c.setMaxWidth(Double.MAX_VALUE);
        c.getStyleClass().add(Ui.MONO);
        return c;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(70);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, controls);
        return g;
    }
}
