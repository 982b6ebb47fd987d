package sockbench.ui.constants;

import static sockbench.ui.workbench.Ui.caption;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.workbench.Ui;

/** Every constant with this platform's value, searchable; the six conversions beside it. */
public final class ConstantsView extends VBox {

    public ConstantsView(ConstantsViewModel vm) {
        setPadding(new Insets(14));

        CustomTextField search = new CustomTextField();
        search.setId("constants-search");
        search.setPromptText("search: linger, SO_, ipproto, 6 …");
        search.setLeft(Ui.icon(Feather.SEARCH));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = caption("");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> vm.shown().size() + " of " + vm.total() + " constants", vm.shown()));

        TableView<ConstantRow> table = new TableView<>(vm.shown());
        table.setId("constants-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ConstantRow, String> value = column("value", 150, ConstantRow::valueText);
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("undefined"),
                        !empty && ConstantRow.UNDEFINED.equals(v));
            }
        });
        value.getStyleClass().add("value-column");
        table.getColumns().addAll(java.util.List.of(
                column("symbol", 220, ConstantRow::symbol),
                column("C name", 240, ConstantRow::cName),
                value,
                column("hex", 100, ConstantRow::hexText)));
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox left = Ui.card("Constants", Ui.row(10, search, count), table);
        left.getStyleClass().add("constants-card");
        HBox.setHgrow(left, Priority.ALWAYS);

        // Each conversion reads as the form it is: (integer->address-family [10]) => af/inet6
        // each form and its result on one line while they fit, the result under the form when not
        VBox conversions = new VBox(10);
        for (Conversion c : vm.conversions()) {
            TextField in = new TextField();
            in.setId("convert-" + c.procedure().replace(">", ""));
            in.getStyleClass().add(Ui.MONO);
            in.setPrefColumnCount(c.fromInteger() ? 4 : 11);
            in.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            in.textProperty().bindBidirectional(c.inputProperty());
            Label open = Ui.mono("(" + c.procedure() + (c.fromInteger() ? "" : " '"));
            open.getStyleClass().add("option-accessor");
            Label close = Ui.mono(")");
            close.getStyleClass().add("option-accessor");
            Label out = Ui.mono("");
            out.setId("converted-" + c.procedure().replace(">", ""));
            out.getStyleClass().add("big-result");
            out.textProperty().bind(Bindings.concat("⇒ ", c.outputProperty()));
            for (Label l : new Label[] {open, close, out}) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            HBox form = Ui.row(2, open, in, close);
            conversions.getChildren().add(Ui.wrap(10, form, out));
        }
        VBox right = Ui.card("integer ⇄ symbol", caption("The six conversions of the spec, live as you type. The API itself takes the integers; symbols are for reading."),
                conversions);
        right.getStyleClass().add("conversions-card");
        sockbench.ui.workbench.Reflow columns = new sockbench.ui.workbench.Reflow(14, left, right);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(columns);
    }

    private static TableColumn<ConstantRow, String> column(String title, double width,
                                                          java.util.function.Function<ConstantRow, String> f) {
        TableColumn<ConstantRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("mono-column");
        return c;
    }
}
