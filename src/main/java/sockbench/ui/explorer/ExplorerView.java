package sockbench.ui.explorer;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.explore.Rule;
import sockbench.net.explore.SavedPayload;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transfer.Payload;
import sockbench.ui.workbench.Ui;

/**
 * The protocol explorer's tools in four cards: a responder with its live client list, repeated
 * sends with Stop and a rate, the payload library, and file send and receive saving. Each button is
 * one action of {@link ExplorerViewModel}; each card's error line shows what was wrong with its
 * fields.
 */
public final class ExplorerView extends VBox {
    private final ExplorerViewModel model;

    /** The name {@code --view} and the header use. */
    public static final String NAME = "explorer";

    /** The view wired to the window's runner, sockets panel, pulse and the process's payload library. */
    public static ExplorerView of(sockbench.ui.workbench.WorkbenchModel window) {
        return new ExplorerView(new ExplorerViewModel(window.runner(), window.sockets(), window.pulse(),
                sockbench.net.explore.PayloadLibrary.shared()));
    }

    public ExplorerView(ExplorerViewModel model) {
        super(12);
        this.model = model;
        setId("explorer-view");
        setPadding(new Insets(14));
        Node responder = responderCard();
        Node repeat = repeatCard();
        Node library = libraryCard();
        Node files = filesCard();
        VBox middle = new VBox(12, repeat, files);
        for (Node column : new Node[] {responder, middle, library}) {
            column.getStyleClass().add("explorer-column");
            ((javafx.scene.layout.Region) column).setMinWidth(0);
        }
        // three columns while they fit their type, two or one to a line when not (presentation mode)
        sockbench.ui.workbench.Reflow grid = new sockbench.ui.workbench.Reflow(12, responder, middle, library);
        VBox.setVgrow(grid, Priority.ALWAYS);
        setMinWidth(0);
        getChildren().addAll(socketRow(), grid);
    }

    public ExplorerViewModel model() {
        return model;
    }

    private Node socketRow() {
        ComboBox<SocketRow> socket = new ComboBox<>(model.socketRows());
        socket.setId("explorer-socket");
        socket.valueProperty().bindBidirectional(model.socketProperty());
        socket.setCellFactory(l -> new SocketCell());
        socket.setButtonCell(new SocketCell());
        socket.getStyleClass().add("socket-combo");
        Button echo = Ui.button("explorer-echo-server", "Loopback echo server", Feather.REPEAT,
                "A stream socket on 127.0.0.1 at a free port, listening, answered by an echo responder", model::echoServer);
        echo.getStyleClass().add(Styles.ACCENT);
        return Ui.wrap(10, echo, Ui.row(8, new Label("Socket"), socket));
    }

    private Node responderCard() {
        ComboBox<String> mode = combo("responder-mode", ExplorerViewModel.REPLY_MODES, model.replyModeProperty());
        TextField fixed = field("responder-fixed", model.fixedReplyProperty(), "reply (escapes: \\r\\n)");
        fixed.disableProperty().bind(model.replyModeProperty().isNotEqualTo("fixed"));
        ComboBox<String> kind = combo("rule-kind", ExplorerViewModel.RULE_KINDS, model.ruleKindProperty());
        TextField pattern = field("rule-pattern", model.rulePatternProperty(), "pattern, e.g. GET (\\S+)");
        TextField reply = field("rule-reply", model.ruleReplyProperty(), "reply, $1 or {1} for groups");
        Button add = Ui.button("rule-add", "Add rule", Feather.PLUS, () -> {
            if (model.addRule()) {
                model.replyModeProperty().set("rules");
            }
        });
        ListView<Rule> rules = new ListView<>(model.rules());
        rules.setId("rule-list");
        rules.setPrefHeight(72);
        rules.setMinHeight(72);
        rules.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Rule r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.kind().word() + "  " + r.pattern() + "  →  " + Payload.literal(
                        r.reply().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        });
        Button remove = Ui.button("rule-remove", "Remove", Feather.MINUS, () -> {
            Rule r = rules.getSelectionModel().getSelectedItem();
            if (r != null) {
                model.rules().remove(r);
            }
        });
        TextField after = field("responder-close-after", model.closeAfterProperty(), "0 = never");
        after.setTooltip(new Tooltip("Close a client (stop answering a datagram source) after this many blocks; 0: never"));
        after.setPrefColumnCount(4);
        Button start = Ui.button("responder-start", "Start", Feather.PLAY, model::startResponder);
        Button stop = Ui.button("responder-stop", "Stop", Feather.SQUARE, model::stopResponder);
        stop.disableProperty().bind(model.responderProperty().isNull());
        TableView<ClientRow> clients = new TableView<>(model.clients());
        clients.setId("responder-clients");
        clients.setPrefHeight(200);
        clients.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        clients.getColumns().add(column("Client", r -> r.peer()));
        clients.getColumns().add(column("In", r -> r.received() + " / " + r.bytesIn() + " B"));
        clients.getColumns().add(column("Replies", r -> r.replies() + " / " + r.bytesOut() + " B"));
        clients.getColumns().add(column("State", ClientRow::state));
        clients.setPlaceholder(Ui.caption("No clients yet"));
        Label status = Ui.caption("");
        status.setId("responder-status");
        status.textProperty().bind(model.responderStatusProperty());
        return Ui.card("Responder",
                Ui.row(8, new Label("Answer"), mode, fixed),
                Ui.row(8, kind, pattern, reply),
                Ui.wrap(8, add, remove),
                rules,
                Ui.wrap(8, Ui.row(8, new Label("Close after"), after), Ui.row(8, start, stop)),
                error("responder-error", model.responderErrorProperty()),
                status, clients);
    }

    private Node repeatCard() {
        TextField payload = field("repeat-payload", model.repeatPayloadProperty(), "payload; {n} counter, {time} clock");
        TextField count = field("repeat-count", model.repeatCountProperty(), "empty: until stopped");
        count.setPrefColumnCount(5);
        TextField every = field("repeat-every", model.repeatEveryProperty(), "ms");
        every.setPrefColumnCount(5);
        Button start = Ui.button("repeat-start", "Repeat", Feather.PLAY, model::startRepeat);
        Button stop = Ui.button("repeat-stop", "Stop", Feather.SQUARE, model::stopRepeat);
        stop.disableProperty().bind(model.repeatProperty().isNull());
        Label rate = Ui.mono("");
        rate.setId("repeat-status");
        rate.textProperty().bind(model.repeatStatusProperty());
        TextField to = field("repeat-to", model.repeatToProperty(), "to (datagrams): 127.0.0.1:9000");
        to.setTooltip(new Tooltip("for a datagram socket that is not connected: where each datagram goes "
                + "(host:port, [::1]:port, or a unix path); empty: the connected peer"));
        rate.setWrapText(true);
        rate.setMinHeight(Region.USE_PREF_SIZE);
        return Ui.card("Repeat", payload,
                Ui.wrap(8, Ui.row(8, new Label("Count"), count), Ui.row(8, new Label("every"), every, new Label("ms")),
                        Ui.row(8, start, stop)),
                to, error("repeat-to-error", model.repeatToErrorProperty()),
                error("repeat-error", model.repeatErrorProperty()), rate);
    }

    private Node filesCard() {
        TextField path = field("file-path", model.filePathProperty(), "file to send");
        Button browse = Ui.button("file-browse", null, Feather.FOLDER, "Choose a file", () -> {
            File f = new FileChooser().showOpenDialog(getScene().getWindow());
            if (f != null) {
                model.filePathProperty().set(f.getPath());
            }
        });
        Button send = Ui.button("file-send", "Send file", Feather.UPLOAD, model::sendFile);
        Button cancel = Ui.button("file-cancel", "Cancel", Feather.X, model::cancelFile);
        cancel.disableProperty().bind(model.fileSendProperty().isNull());
        ProgressBar progress = new ProgressBar();
        progress.setId("file-progress");
        progress.progressProperty().bind(model.fileProgressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBoxGrow.grow(progress);
        Label fileStatus = Ui.caption("");
        fileStatus.setId("file-status");
        fileStatus.textProperty().bind(model.fileStatusProperty());

        TextField save = field("save-path", model.savePathProperty(), "file to save received data into");
        ComboBox<String> format = combo("save-format", java.util.List.of("hex", "raw"), model.saveFormatProperty());
        Button start = Ui.button("save-start", "Save received", Feather.DOWNLOAD, model::saveReceived);
        Button stop = Ui.button("save-stop", "Stop", Feather.SQUARE, model::stopSaving);
        stop.disableProperty().bind(model.saverProperty().isNull());
        Label saveStatus = Ui.caption("");
        saveStatus.setId("save-status");
        saveStatus.textProperty().bind(model.saveStatusProperty());
        progress.setPrefWidth(120);
        return Ui.card("Files", Ui.row(8, path, browse), Ui.wrap(8, send, cancel, progress), fileStatus,
                error("file-error", model.fileErrorProperty()),
                Ui.row(8, save, format), Ui.wrap(8, start, stop), saveStatus, error("save-error", model.saveErrorProperty()));
    }

    private Node libraryCard() {
        TextField name = field("payload-name", model.payloadNameProperty(), "name");
        TextField text = field("payload-text", model.payloadTextProperty(), "payload");
        ComboBox<Payload.Encoding> enc = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Payload.Encoding.values()));
        enc.setId("payload-encoding");
        enc.valueProperty().bindBidirectional(model.payloadEncodingProperty());
        TextField target = field("payload-target", model.payloadTargetProperty(), "to (datagrams): 127.0.0.1:9000");
        Button save = Ui.button("payload-save", "Save", Feather.SAVE, model::savePayload);
        ListView<SavedPayload> list = new ListView<>(model.payloads());
        list.setId("payload-list");
        list.setPrefHeight(260);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedPayload p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  " + Payload.literal(p.data())
                        + (p.target() == null ? "" : "  → " + p.target().toEggString()));
                setTooltip(empty || p == null ? null : new Tooltip(sockbench.script.PayloadForms.form(p)));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.sendPayload(list.getSelectionModel().getSelectedItem());
            }
        });
        Button send = Ui.button("payload-send", "Send", Feather.SEND, () -> selected(list, model::sendPayload));
        Button edit = Ui.button("payload-edit", "Edit", Feather.EDIT_2, () -> selected(list, model::edit));
        Button delete = Ui.button("payload-delete", "Delete", Feather.TRASH_2, () -> selected(list, model::deletePayload));
        Button importB = Ui.button("payload-import", "Import", Feather.FOLDER, () -> {
            File f = chooser().showOpenDialog(getScene().getWindow());
            if (f != null) {
                model.importLibrary(f.toPath());
            }
        });
        Button exportB = Ui.button("payload-export", "Export", Feather.SHARE, () -> {
            File f = chooser().showSaveDialog(getScene().getWindow());
            if (f != null) {
                model.exportLibrary(Path.of(f.getPath()));
            }
        });
        return Ui.card("Payload library", Ui.row(8, name, enc), text, target, Ui.row(8, save),
                error("library-error", model.libraryErrorProperty()), list,
                Ui.wrap(8, send, edit, delete, importB, exportB),
                Ui.caption("Double-click a payload to send it on the socket above. The library is a .scm file of payload-define forms."));
    }

    private static FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scheme forms", "*.scm"));
        return c;
    }

    private static <T> void selected(ListView<T> list, java.util.function.Consumer<T> action) {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item);
        }
    }

    private static TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        f.setPrefColumnCount(8); // the cards share the window's width: fields grow into what is left
        f.setMinWidth(40);
        f.getStyleClass().add(Ui.MONO);
        HBoxGrow.grow(f);
        return f;
    }

    private static <T> ComboBox<T> combo(String id, java.util.List<T> items, javafx.beans.property.Property<T> p) {
        ComboBox<T> c = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        c.setId(id);
        c.valueProperty().bindBidirectional(p);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private static Label error(String id, StringProperty p) {
        Label l = Ui.caption("");
        l.setId(id);
        l.getStyleClass().add(Styles.DANGER);
        l.textProperty().bind(p);
        l.visibleProperty().bind(Bindings.isNotEmpty(p));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static TableColumn<ClientRow, String> column(String title, java.util.function.Function<ClientRow, String> f) {
        TableColumn<ClientRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static final class SocketCell extends ListCell<SocketRow> {
        @Override
        protected void updateItem(SocketRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? "choose a socket" : r.name() + "  " + r.printedProperty().get() + "  " + r.state().label()
                    + (r.local() == null || r.local().isEmpty() ? "" : "  " + r.local()));
        }
    }

    /** Lets a control take the row's spare width. */
    private static final class HBoxGrow {
        static void grow(Node n) {
            javafx.scene.layout.HBox.setHgrow(n, Priority.ALWAYS);
        }
    }
}
