package sockbench.ui.options;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.workbench.Ui;

/** tcp_info as the kernel fills it: a read-only table, refreshed on demand. */
public final class TcpInfoView extends VBox {

    public TcpInfoView(TcpInfoViewModel vm) {
        super(10);
        setPadding(new Insets(12));
        Button refresh = button("tcp-info-refresh", "Refresh", Feather.REFRESH_CW, "(tcp-info s): read it again", vm::refresh);
        refresh.disableProperty().bind(vm.socketProperty().isNull());
        Label summary = Ui.mono("");
        summary.setId("tcp-info-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);

        TableView<TcpInfoViewModel.Field> table = new TableView<>(vm.fields());
        table.setId("tcp-info-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(java.util.List.of(
                column("field", 170, f -> f.layout().name()),
                column("type", 60, f -> f.layout().cType()),
                column("offset", 60, f -> Integer.toString(f.layout().offset())),
                column("value", 150, TcpInfoViewModel.Field::value)));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(Ui.row(10, refresh, summary),
                Ui.caption("Read-only: the kernel never takes a tcp_info. Times are microseconds; rtt and cwnd change as data flows."),
                table);
    }

    private static TableColumn<TcpInfoViewModel.Field, String> column(String title, double width,
                                                                     java.util.function.Function<TcpInfoViewModel.Field, String> f) {
        TableColumn<TcpInfoViewModel.Field, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("mono-column");
        return c;
    }
}
