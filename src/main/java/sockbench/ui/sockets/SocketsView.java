package sockbench.ui.sockets;

import static sockbench.ui.workbench.Ui.button;
import static sockbench.ui.workbench.Ui.caption;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.SocketState;
import sockbench.ui.workbench.Ui;

/** The sockets panel: the table of every socket and the cards that act on the selected one. */
public final class SocketsView extends VBox {

    public SocketsView(SocketsViewModel vm) {
        super(12);
        setPadding(new Insets(14));
        getStyleClass().add("sockets-view");

        Label heading = Ui.title("Sockets");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setTooltip(new javafx.scene.control.Tooltip("every socket of this process since the window opened"));
        ComboBox<String> family = combo("family", vm.familyProperty(), SocketsViewModel.FAMILIES);
        ComboBox<String> type = combo("type", vm.typeProperty(), SocketsViewModel.TYPES);
        ComboBox<String> protocol = combo("protocol", vm.protocolProperty(), SocketsViewModel.PROTOCOLS);
        family.getStyleClass().add("family-combo");
        type.getStyleClass().add("type-combo");
        protocol.getStyleClass().add("protocol-combo");
        Button create = button("create", "Create", Feather.PLUS, "(socket family type protocol)", vm::create);
        create.getStyleClass().add(Styles.ACCENT);
        // the toolbar wraps onto a second line when the type is large, rather than widen the view
        javafx.scene.layout.FlowPane toolbar = Ui.wrap(10, heading, family, type, protocol, create,
                button("loopback-pair", "Loopback pair", Feather.REPEAT,
                        "a listener, a client connected to it, and the accepted server socket", vm::loopbackPair),
                button("refresh-sockets", null, Feather.REFRESH_CW, "read every socket's state and names again", vm::refresh),
                button("clear-closed", "Clear closed", Feather.TRASH_2, "remove the closed sockets from the table", vm::clearClosed));

        TableView<SocketRow> table = table(vm, create);
        VBox.setVgrow(table, Priority.ALWAYS);

        // the cards share a line while they fit (each as wide as a third), and wrap under each other when
        // the type is large (presentation mode): nothing is cut or squeezed
        javafx.scene.layout.FlowPane cards = new javafx.scene.layout.FlowPane(12, 12, addressCard(vm), listenCard(vm), closeCard(vm));
        cards.setId("socket-cards");
        Runnable share = () -> {
            double gaps = 12 * (cards.getChildren().size() - 1);
            double third = (cards.getWidth() - gaps) / cards.getChildren().size();
            boolean fit = cards.getChildren().stream().allMatch(c -> {
                javafx.scene.layout.Region r = (javafx.scene.layout.Region) c;
                return r.minWidth(-1) <= third && naturalWidth(r) <= third;
            });
            for (javafx.scene.Node c : cards.getChildren()) {
                ((javafx.scene.layout.Region) c).setPrefWidth(fit ? Math.floor(third) : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            }
        };
        cards.widthProperty().addListener(o -> share.run());
        cards.styleProperty().addListener(o -> share.run());
        // the zoom is the root's style; the view leaves the scene and comes back each time another is shown
        javafx.beans.InvalidationListener zoomed = x -> javafx.application.Platform.runLater(share);
        sceneProperty().addListener((o, was, sc) -> {
            if (was != null) {
                was.getRoot().styleProperty().removeListener(zoomed);
            }
            if (sc != null) {
                sc.getRoot().styleProperty().addListener(zoomed);
            }
        });
        getChildren().addAll(toolbar, table, cards);
    }

    /** What a card needs for its content on one line. */
    private static double naturalWidth(javafx.scene.layout.Region r) {
        double saved = r.getPrefWidth();
        r.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        double w = r.prefWidth(-1);
        r.setPrefWidth(saved);
        return w;
    }

    /** The table; {@code probe} is a control in the base type, whose size the columns follow. */
    private static TableView<SocketRow> table(SocketsViewModel vm, javafx.scene.control.Labeled probe) {
        TableView<SocketRow> table = new TableView<>(vm.rows());
        table.setId("sockets-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(caption("No sockets yet: create one above, press Loopback pair, or make one in the console."));

        TableColumn<SocketRow, String> name = new TableColumn<>("name");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setPrefWidth(60);
        name.setMinWidth(44);
        name.setMaxWidth(140);
        TableColumn<SocketRow, String> printed = new TableColumn<>("socket");
        printed.setCellValueFactory(c -> c.getValue().printedProperty());
        printed.setPrefWidth(330);
        TableColumn<SocketRow, SocketRow> state = new TableColumn<>("state");
        state.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(170);
        TableColumn<SocketRow, String> local = new TableColumn<>("socket-name");
        local.setCellValueFactory(c -> c.getValue().localProperty());
        local.setPrefWidth(240);
        TableColumn<SocketRow, String> peer = new TableColumn<>("socket-peer-name");
        peer.setCellValueFactory(c -> c.getValue().peerProperty());
        peer.setPrefWidth(240);
        for (TableColumn<SocketRow, String> col : java.util.List.of(name, printed, local, peer)) {
            col.getStyleClass().add("mono-column");
            // a narrow column breaks the printed form and the names at their spaces: nothing is cut to "…"
            col.setCellFactory(c -> sockbench.ui.workbench.LineBreaks.cell());
        }
        // widths grow with the type; the last column takes what is left
        Ui.emWidth(name, probe, 60, 4.2);
        Ui.emWidth(printed, probe, 300, 14.5);
        Ui.emWidth(state, probe, 215, 10);
        Ui.emWidth(local, probe, 240, 10);
        // the last column takes what is left, but never less than its header "socket-peer-name" needs
        Runnable peerMin = () -> peer.setMinWidth(Math.round(probe.getFont().getSize() * 11.5));
        probe.fontProperty().addListener(o -> peerMin.run());
        peerMin.run();
        table.getColumns().addAll(java.util.List.of(name, printed, state, local, peer));

        table.setRowFactory(t -> {
            TableRow<SocketRow> row = new TableRow<>() {
                private final javafx.beans.value.ChangeListener<SocketState> closed = (o, a, b) -> mark(b);

                @Override
                protected void updateItem(SocketRow item, boolean empty) {
                    if (getItem() != null) {
                        getItem().stateProperty().removeListener(closed);
                    }
                    super.updateItem(item, empty);
                    if (item != null && !empty) {
                        item.stateProperty().addListener(closed);
                        mark(item.state());
                    } else {
                        mark(null);
                    }
                }

                private void mark(SocketState s) {
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("closed"), s == SocketState.CLOSED);
                }
            };
            MenuItem use = new MenuItem("Use its name as the address");
            use.setOnAction(e -> vm.useNameOf(row.getItem()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(new ContextMenu(use)));
            return row;
        });

        // Selection goes both ways: the options panel and the demo select sockets too.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                    table.scrollTo(b);
                }
            }
        });
        return table;
    }

    /** The state as a coloured tag; a spinner and what it waits for while connect or accept runs. */
    private static final class StateCell extends TableCell<SocketRow, SocketRow> {
        private final Label tag = new Label();
        private final ProgressIndicator progress = new ProgressIndicator();
        private final HBox box = Ui.row(6, progress, tag);
        private final javafx.beans.InvalidationListener restyle = o -> restyle();
        private SocketRow current;

        StateCell() {
            progress.setPrefSize(16, 16);
            progress.setMaxSize(16, 16);
            progress.managedProperty().bind(progress.visibleProperty());
            tag.getStyleClass().add("state-tag");
            tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            widthProperty().addListener(restyle);
            tag.fontProperty().addListener(restyle);
        }

        @Override
        protected void updateItem(SocketRow row, boolean empty) {
            super.updateItem(row, empty);
            if (current != null) {
                current.stateProperty().removeListener(restyle);
                current.pendingProperty().removeListener(restyle);
                current.stateTextProperty().removeListener(restyle);
            }
            current = empty ? null : row;
            if (current == null) {
                setGraphic(null);
                return;
            }
            current.stateProperty().addListener(restyle);
            current.pendingProperty().addListener(restyle);
            current.stateTextProperty().addListener(restyle);
            restyle();
            setGraphic(box);
        }

        private void restyle() {
            SocketRow row = current;
            if (row == null) {
                return;
            }
            String text = row.pending() != null ? row.pending() : row.stateText();
            // "connect failed (ECONNREFUSED)" on two lines in a narrow column, never "connect fail…"
            double room = getWidth() - snappedLeftInset() - snappedRightInset() - (progress.isVisible() ? 22 : 0)
                    - tag.snappedLeftInset() - tag.snappedRightInset() - 4;
            tag.setText(sockbench.ui.workbench.LineBreaks.fit(text, tag.getFont(), room));
            progress.setVisible(row.pending() != null);
            tag.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-tag"));
            tag.getStyleClass().add(row.stateText().startsWith("connect failed") ? "state-shut-down"
                    : "state-" + row.state().name().toLowerCase().replace('_', '-'));
        }
    }

    private static VBox addressCard(SocketsViewModel vm) {
        TextField host = new TextField();
        host.setId("host");
        host.textProperty().bindBidirectional(vm.hostProperty());
        host.setPromptText("#f: unspecified; af/unix: a path");
        host.getStyleClass().add(Ui.MONO);
        TextField port = new TextField();
        port.setId("port");
        port.textProperty().bindBidirectional(vm.portProperty());
        port.setPromptText("#f");
        port.getStyleClass().add(Ui.MONO);
        port.setPrefColumnCount(6);
        HBox.setHgrow(host, Priority.ALWAYS);
        Button bind = button("bind", "Bind", Feather.ANCHOR, vm::bind);
        Button connect = button("connect", "Connect", Feather.LINK, vm::connect);
        bind.disableProperty().bind(vm.canOperateProperty().not());
        connect.disableProperty().bind(vm.canOperateProperty().not());
        javafx.scene.control.Label portProblem = sockbench.ui.workbench.Fields.message(vm.portProblemProperty());
        portProblem.setId("port-problem");
        return card(vm, "Address", Ui.row(8, new Label("Host"), host, new Label("Port"), port), portProblem, Ui.row(8, bind, connect));
    }

    private static VBox listenCard(SocketsViewModel vm) {
        javafx.scene.layout.VBox backlog = sockbench.ui.workbench.Fields.integerSpinner("backlog", "backlog", 0,
                SocketsViewModel.MAX_BACKLOG, vm.backlogProperty(), 110);
        Button listen = button("listen", "Listen", Feather.RADIO, vm::listen);
        Button accept = button("accept", "Accept", Feather.LOG_IN, vm::accept);
        Button cancel = button("cancel", "Cancel", Feather.X_CIRCLE,
                "stop the pending connect (closes the socket) or accept (the listener stays)", vm::cancelPending);
        listen.disableProperty().bind(vm.canOperateProperty().not());
        accept.disableProperty().bind(vm.canOperateProperty().not());
        cancel.disableProperty().bind(vm.canCancelProperty().not());
        cancel.getStyleClass().add(Styles.DANGER);
        return card(vm, "Listen & accept", Ui.row(8, new Label("Backlog"), backlog), Ui.row(8, listen, accept, cancel));
    }

    private static VBox closeCard(SocketsViewModel vm) {
        ComboBox<String> how = combo("how", vm.shutdownHowProperty(), SocketsViewModel.SHUTDOWNS);
        how.getStyleClass().add("how-combo");
        Button shutdown = button("shutdown", "Shut down", Feather.SCISSORS, vm::shutdown);
        Button close = button("close", "Close", Feather.X, vm::close);
        Button closeQuietly = button("close-quietly", "Close*", Feather.X_SQUARE,
                "socket-close*: close and swallow any error", vm::closeQuietly);
        shutdown.disableProperty().bind(vm.canOperateProperty().not());
        close.disableProperty().bind(vm.canCloseProperty().not());
        closeQuietly.disableProperty().bind(vm.canCloseProperty().not());
        return card(vm, "Shut down & close", Ui.row(8, new Label("How"), how, shutdown), Ui.row(8, close, closeQuietly));
    }

    /** A card whose title names the socket it acts on: "Address · s2". */
    private static VBox card(SocketsViewModel vm, String title, javafx.scene.Node... rows) {
        VBox card = Ui.card(null, rows);
        Label t = Ui.title(title);
        Label on = Ui.mono("");
        on.getStyleClass().add("card-subject");
        on.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selected() == null ? "select a socket" : "on " + vm.selected().name(), vm.selectedProperty()));
        card.getChildren().add(0, Ui.row(10, t, Ui.grow(), on));
        return card;
    }

    private static ComboBox<String> combo(String id, javafx.beans.property.StringProperty p, java.util.List<String> items) {
        ComboBox<String> c = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        c.setId(id);
        c.valueProperty().bindBidirectional(p);
        c.getStyleClass().add(Ui.MONO);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }
}
