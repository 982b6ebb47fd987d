package sockbench.ui.resolver;

import static sockbench.ui.workbench.Ui.button;
import static sockbench.ui.workbench.Ui.caption;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.ui.workbench.Ui;

/**
 * The resolver panel: the address-information form on the left, the addrinfo table and name-information
 * on the right; one under the other when the type is too large for both (presentation mode).
 */
public final class ResolverView extends VBox {

    /**
     * @param use       puts a result into the sockets panel (and shows it)
     * @param connectAi connects a fresh socket to a result
     */
    public ResolverView(ResolverViewModel vm, Consumer<AddrInfo> use, Consumer<AddrInfo> connectAi) {
        super(14);
        setPadding(new Insets(14));

        VBox address = addressCard(vm);
        address.getStyleClass().add("resolver-form");
        VBox results = resultsCard(vm, use, connectAi);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox right = new VBox(14, results, nameCard(vm));
        right.getStyleClass().add("resolver-results");
        HBox.setHgrow(right, Priority.ALWAYS);
        sockbench.ui.workbench.Reflow columns = new sockbench.ui.workbench.Reflow(14, address, right);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(columns);
    }

    private static VBox addressCard(ResolverViewModel vm) {
        TextField node = field("ai-node", vm.nodeProperty(), "#f: loopback");
        TextField service = field("ai-service", vm.serviceProperty(), "#f, 80, http");
        service.setPrefColumnCount(6);
        GridPane grid = grid(4);
        grid.addRow(0, new Label("Node"), node, new Label("Service"), service);
        grid.addRow(1, new Label("family:"), combo("ai-family", vm.familyProperty(), ResolverViewModel.FAMILIES),
                new Label("type:"), combo("ai-type", vm.typeProperty(), ResolverViewModel.TYPES));
        grid.addRow(2, new Label("protocol:"), combo("ai-protocol", vm.protocolProperty(), ResolverViewModel.PROTOCOLS));
        Label preview = preview();
        preview.textProperty().bind(Bindings.createStringBinding(vm::addressInformationForm, dependencies(vm)));
        Button resolve = button("resolve", "Resolve", Feather.SEARCH, vm::resolve);
        resolve.getStyleClass().add(Styles.ACCENT);
        node.setOnAction(e -> vm.resolve());
        service.setOnAction(e -> vm.resolve());
        return Ui.card("address-information", grid, flags("flags:", vm.aiFlags()), preview, Ui.wrap(8, resolve));
    }

    private static VBox nameCard(ResolverViewModel vm) {
        TextField address = field("ni-address", vm.niAddressProperty(), "a numeric IPv4 or IPv6 address");
        TextField port = field("ni-port", vm.niPortProperty(), "#f");
        port.setPrefColumnCount(6);
        address.setPrefColumnCount(16);
        Label preview = preview();
        java.util.List<javafx.beans.Observable> deps = new java.util.ArrayList<>(java.util.List.of(vm.niAddressProperty(), vm.niPortProperty()));
        deps.addAll(vm.niFlags().values());
        preview.textProperty().bind(Bindings.createStringBinding(vm::nameInformationForm, deps.toArray(javafx.beans.Observable[]::new)));
        Button lookUp = button("look-up", "Look up", Feather.SEARCH, vm::lookUp);
        lookUp.getStyleClass().add(Styles.ACCENT);
        Label result = Ui.mono("");
        result.setId("ni-result");
        result.getStyleClass().add("big-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.niResultProperty());
        address.setOnAction(e -> vm.lookUp());
        HBox.setHgrow(preview, Priority.ALWAYS);
        Label problem = sockbench.ui.workbench.Fields.message(vm.niProblemProperty());
        problem.setId("ni-problem");
        result.setMinWidth(0);
        return Ui.card("name-information",
                Ui.wrap(8, new Label("Address"), address, new Label("Port"), port, lookUp),
                flags("flags:", vm.niFlags()),
                preview, result, problem);
    }

    private static VBox resultsCard(ResolverViewModel vm, Consumer<AddrInfo> use, Consumer<AddrInfo> connectAi) {
        TableView<AddrInfo> table = new TableView<>(vm.results());
        table.setId("ai-results");
        table.getStyleClass().addAll(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(caption("Resolve a name to see its addrinfo records here."));
        table.getColumns().addAll(java.util.List.of(
                column("family", 90, ai -> Constants.describe("af", ai.family())),
                column("type", 110, ai -> Constants.describe("sock", ai.socktype())),
                column("protocol", 110, ai -> Constants.describe("ipproto", ai.protocol())),
                column("address", 230, ai -> ai.address().toEggString()),
                column("canonical name", 180, ai -> ai.canonname() == null ? "#f" : ai.canonname())));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });

        Label summary = caption("");
        summary.setId("ai-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Button useIt = button("use-address", "Use in Sockets", Feather.CORNER_DOWN_RIGHT,
                "put this address (and its family and type) into the sockets panel", () -> {
                    if (vm.selectedProperty().get() != null) {
                        use.accept(vm.selectedProperty().get());
                    }
                });
        Button connect = button("connect-ai", "Connect new socket", Feather.LINK,
                "socket-connect/ai: a fresh socket connected to this address", () -> {
                    if (vm.selectedProperty().get() != null) {
                        connectAi.accept(vm.selectedProperty().get());
                    }
                });
        useIt.disableProperty().bind(vm.selectedProperty().isNull());
        connect.disableProperty().bind(vm.selectedProperty().isNull());
        table.setMinWidth(0);
        table.getStyleClass().add("resolver-table");
        VBox card = Ui.card("addrinfo results", summary, table, Ui.wrap(8, useIt, connect));
        return card;
    }

    private static TableColumn<AddrInfo, String> column(String title, double width,
                                                       java.util.function.Function<AddrInfo, String> f) {
        TableColumn<AddrInfo, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("mono-column");
        return c;
    }

    private static FlowPane flags(String label, Map<String, BooleanProperty> flags) {
        FlowPane p = new FlowPane(14, 8);
        p.getChildren().add(new Label(label));
        flags.forEach((name, on) -> {
            CheckBox c = new CheckBox(name);
            c.setId("flag-" + name.replace('/', '-'));
            c.getStyleClass().add(Ui.MONO);
            c.selectedProperty().bindBidirectional(on);
            p.getChildren().add(c);
        });
        return p;
    }

    private static javafx.beans.Observable[] dependencies(ResolverViewModel vm) {
        java.util.List<javafx.beans.Observable> deps = new java.util.ArrayList<>(java.util.List.of(vm.nodeProperty(),
                vm.serviceProperty(), vm.familyProperty(), vm.typeProperty(), vm.protocolProperty()));
        deps.addAll(vm.aiFlags().values());
        return deps.toArray(javafx.beans.Observable[]::new);
    }

    private static Label preview() {
        Label l = Ui.mono("");
        l.getStyleClass().add(Ui.FORM_PREVIEW);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        t.setPromptText(prompt);
        t.getStyleClass().add(Ui.MONO);
        return t;
    }

    private static ComboBox<String> combo(String id, javafx.beans.property.StringProperty p, java.util.List<String> items) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.valueProperty().bindBidirectional(p);
        c.setMaxWidth(Double.MAX_VALUE);
        c.getStyleClass().add(Ui.MONO);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private static GridPane grid(int columns) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        for (int i = 0; i < columns; i += 2) {
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ColumnConstraints controls = new ColumnConstraints();
            controls.setHgrow(Priority.ALWAYS);
            controls.setFillWidth(true);
            g.getColumnConstraints().addAll(labels, controls);
        }
        return g;
    }
}
