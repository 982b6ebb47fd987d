package sockbench.ui.transfer;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.Constants;
import sockbench.net.SocketState;
import sockbench.ui.workbench.Ui;

/**
 * One socket's transfer pane: the composer card above the receive card. Ids end in the socket's
 * name ({@code send-s2}, {@code receive-view-s3}) so both panes of a pair can be told apart.
 */
public final class TransferPane extends VBox {
    private final TransferViewModel vm;
    private final ReceiveView receiveView = new ReceiveView();

    public TransferPane(TransferViewModel vm) {
        super(10);
        this.vm = vm;
        getStyleClass().add("transfer-pane");
        String n = vm.row().name();
        receiveView.setId("receive-view-" + n);
        receiveView.peerProperty().bind(vm.row().peerProperty());
        vm.onReceived(receiveView::show);

        VBox composer = composer(n);
        VBox receive = receive(n);
        VBox.setVgrow(receive, Priority.ALWAYS);
        getChildren().addAll(composer, receive);
        Ui.nameInsteadOfId(this, n);
    }

    public TransferViewModel viewModel() {
        return vm;
    }

    public ReceiveView receiveView() {
        return receiveView;
    }

    private VBox composer(String n) {
        ToggleGroup group = new ToggleGroup();
        HBox encodings = new HBox();
        for (Payload.Encoding e : Payload.Encoding.values()) {
            ToggleButton b = new ToggleButton(e.label());
            b.setId("encoding-" + e.name().toLowerCase() + "-" + n);
            b.setToggleGroup(group);
            b.setUserData(e);
            b.setSelected(vm.encodingProperty().get() == e);
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.getStyleClass().add(e.ordinal() == 0 ? Styles.LEFT_PILL
                    : e.ordinal() == Payload.Encoding.values().length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            encodings.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.encodingProperty().set((Payload.Encoding) b.getUserData());
            }
        });
        vm.encodingProperty().addListener((o, a, e) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == e)));
        Tooltip.install(encodings, new Tooltip("text: the characters as bytes (ISO-8859-1)\nescapes: \\r \\n \\t \\0 \\xHH \\\\\nhex: 68 65 6c 6c 6f"));

        TextField payload = new TextField();
        payload.setId("payload-" + n);
        payload.getStyleClass().add(Ui.MONO);
        payload.setPromptText("bytes to send, e.g. hello\\r\\n");
        payload.textProperty().bindBidirectional(vm.textProperty());
        payload.setOnAction(e -> vm.send());
        HBox.setHgrow(payload, Priority.ALWAYS);

        Label preview = Ui.mono("");
        preview.setId("preview-" + n);
        preview.getStyleClass().add("payload-preview");
        preview.textProperty().bind(vm.previewProperty());
        vm.composableProperty().addListener((o, a, ok) -> preview.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !ok));

        TextField start = small("start-" + n, vm.startProperty(), "0", 3);
        TextField end = small("end-" + n, vm.endProperty(), "#f", 3);
        FlowPane flags = new FlowPane(10, 4);
        flags.getStyleClass().add("flag-boxes");
        for (Map.Entry<String, javafx.beans.property.BooleanProperty> f : vm.flags().entrySet()) {
            CheckBox box = new CheckBox(f.getKey());
            box.setId("flag-" + f.getKey().substring(4) + "-" + n);
            box.selectedProperty().bindBidirectional(f.getValue());
            box.setTooltip(new Tooltip(f.getKey() + " = " + Constants.value(f.getKey()).orElse(0)));
            flags.getChildren().add(box);
        }
        // the flag boxes fold away: nine of them would take three lines of a pane in presentation mode
        ToggleButton showFlags = new ToggleButton();
        showFlags.setId("show-flags-" + n);
        showFlags.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        showFlags.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        java.util.List<javafx.beans.Observable> deps = new java.util.ArrayList<>(vm.flags().values());
        deps.add(showFlags.selectedProperty());
        showFlags.textProperty().bind(Bindings.createStringBinding(() -> {
            java.util.List<String> on = vm.flags().entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
            return "flags: " + (on.isEmpty() ? "0" : String.join(" ", on)) + (showFlags.isSelected() ? "  ▴" : "  ▾");
        }, deps.toArray(new javafx.beans.Observable[0])));
        flags.visibleProperty().bind(showFlags.selectedProperty());
        showFlags.setTooltip(new Tooltip("the msg/* flags of this platform, or'ed into the send's flags argument"));
        flags.managedProperty().bind(flags.visibleProperty());
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        end.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox range = Ui.row(6, new Label("start"), start, new Label("end"), end, showFlags, preview);
        preview.setMinWidth(0);
        HBox.setHgrow(preview, Priority.ALWAYS);

        Button send = button("send-" + n, "Send", Feather.SEND, "(socket-send " + n + " bytes start end flags): one send call", vm::send);
        send.getStyleClass().add(Styles.ACCENT);
        Button sendAll = button("send-all-" + n, "Send all", Feather.CHEVRONS_RIGHT,
                "(socket-send-all ...): send calls until every byte is sent", vm::sendAll);
        Button sendTo = button("send-to-" + n, "Send to", Feather.NAVIGATION,
                "(socket-send-to ... (inet-address host port)): to this address", vm::sendTo);
        TextField host = small("to-host-" + n, vm.toHostProperty(), "host", 9);
        TextField port = small("to-port-" + n, vm.toPortProperty(), "port", 5);
        for (Button b : new Button[] {send, sendAll, sendTo}) {
            b.disableProperty().bind(vm.composableProperty().not().or(Bindings.createBooleanBinding(
                    () -> vm.row().state() == SocketState.CLOSED || vm.row().state() == SocketState.LISTENING,
                    vm.row().stateProperty())));
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(16, 8, Ui.row(8, send, sendAll), Ui.row(8, sendTo, host, port));
        VBox card = Ui.card(null, Ui.row(8, Ui.title("Send"), encodings, payload), range, flags, buttons);
        card.getStyleClass().add("composer");
        return card;
    }

    private VBox receive(String n) {
        ToggleSwitch live = Ui.toggleSwitch("live-" + n, "Live", vm.liveProperty(),
                "receive call after call, (socket-receive s length) again and again on a background thread; each call a block below");
        javafx.scene.layout.VBox length = sockbench.ui.workbench.Fields.integerSpinner("receive-length-" + n, "length", 1, 1 << 20,
                vm.receiveLengthProperty(), 105);
        Tooltip.install(length, new Tooltip("length: the bytes each receive call asks for"));
        length.disableProperty().bind(vm.liveProperty());
        Button once = button("receive-" + n, "Receive", Feather.DOWNLOAD,
                (vm.isDatagram() ? "(socket-receive-from " : "(socket-receive ") + n + " length): one call; it waits for data", vm::receiveOnce);
        once.disableProperty().bind(vm.liveProperty().or(vm.receivingProperty()));
        Button clear = button("clear-received-" + n, null, Feather.TRASH_2, "clear the blocks (the totals stay)", vm::clearReceived);
        clear.getStyleClass().add(Styles.FLAT);

        Label lamp = new Label("ready?");
        lamp.setId("ready-lamp-" + n);
        lamp.getStyleClass().add("ready-lamp");
        javafx.scene.shape.Circle bulb = new javafx.scene.shape.Circle(6);
        bulb.getStyleClass().add("lamp");
        lamp.setGraphic(bulb);
        lamp.setTooltip(new Tooltip("socket-receive-ready?: lit when a receive would not wait"));
        vm.receiveReadyProperty().addListener((o, a, on) -> lamp.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("ready"), on));

        Label totals = Ui.mono("");
        totals.setId("totals-" + n);
        totals.getStyleClass().add("totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> totalsText(vm),
                vm.bytesSentProperty(), vm.sendCallsProperty(), vm.bytesReceivedProperty(), vm.receiveCallsProperty()));
        Tooltip totalsTip = new Tooltip();
        // the line may be cut in presentation mode: the tooltip has all of it
        totalsTip.textProperty().bind(totals.textProperty().concat("\nbytes: every send and receive call on the socket, whoever made it"
                + " (this pane, the console, a job; peeks not counted)\ncalls: the ones this pane made"));
        totals.setTooltip(totalsTip);

        Label status = Ui.caption("");
        status.setId("receive-status-" + n);
        status.textProperty().bind(vm.receiveStatusProperty());

        VBox.setVgrow(receiveView, Priority.ALWAYS);
        receiveView.setMinHeight(120);
        HBox info = Ui.row(8, totals, Ui.grow(), status);
        totals.setMinWidth(0);
        status.setMinWidth(0);
        status.setWrapText(false);
        FlowPane flagBoxes = receiveFlagBoxes(n);
        VBox card = Ui.card(null, Ui.row(8, Ui.title("Receive"), live, length, once, clear, Ui.grow(), lamp),
                receiveOptions(n, flagBoxes), flagBoxes, info, receiveView);
        card.getStyleClass().add("receiver");
        return card;
    }

    /**
     * The receive flags (msg/peek, msg/waitall, msg/trunc) for every receive of this card, live or
     * one-off, and the view's filter: both directions, received or sent only, and a text or hex needle.
     */
    private FlowPane receiveOptions(String n, FlowPane flagBoxes) {
        FlowPane row = new FlowPane(10, 4);
        row.getStyleClass().add("receive-options");
        // the flag boxes fold away, as the composer's do: in presentation mode they would take a line of their own
        ToggleButton showFlags = new ToggleButton();
        showFlags.setId("show-receive-flags-" + n);
        showFlags.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        showFlags.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        java.util.List<javafx.beans.Observable> deps = new java.util.ArrayList<>(vm.receiveFlags().values());
        deps.add(showFlags.selectedProperty());
        showFlags.textProperty().bind(Bindings.createStringBinding(() -> {
            java.util.List<String> on = vm.receiveFlags().entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
            return "flags: " + (on.isEmpty() ? "0" : String.join(" ", on)) + (showFlags.isSelected() ? "  ▴" : "  ▾");
        }, deps.toArray(new javafx.beans.Observable[0])));
        showFlags.setTooltip(new Tooltip("the msg/* flags of every receive of this card: msg/peek, msg/waitall, msg/trunc"));
        flagBoxes.visibleProperty().bind(showFlags.selectedProperty());
        flagBoxes.managedProperty().bind(flagBoxes.visibleProperty());
        row.getChildren().add(showFlags);

        ToggleGroup shown = new ToggleGroup();
        HBox directions = new HBox();
        String[][] choices = {{"both", "in+out"}, {"in", "in"}, {"out", "out"}};
        for (int i = 0; i < choices.length; i++) {
            ToggleButton b = new ToggleButton(choices[i][1]);
            b.setId("filter-" + choices[i][0] + "-" + n);
            b.setToggleGroup(shown);
            b.setUserData(i == 0 ? null : i == 1 ? sockbench.net.explore.Block.Direction.IN : sockbench.net.explore.Block.Direction.OUT);
            b.setSelected(i == 0);
            b.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL : i == choices.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            directions.getChildren().add(b);
        }
        shown.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                receiveView.directionProperty().set((sockbench.net.explore.Block.Direction) b.getUserData());
            }
        });
        Tooltip.install(directions, new Tooltip("in+out: every block; in: only those received; out: only this pane's sends"));
        TextField filter = small("filter-" + n, receiveView.filterTextProperty(), "filter", 6);
        filter.setTooltip(new Tooltip("only the blocks whose bytes contain this text, or these hex digits (\"de ad\" or \"dead\")"));
        row.getChildren().addAll(directions, filter);
        return row;
    }

    private FlowPane receiveFlagBoxes(String n) {
        FlowPane boxes = new FlowPane(10, 4);
        boxes.getStyleClass().add("flag-boxes");
        for (Map.Entry<String, javafx.beans.property.BooleanProperty> f : vm.receiveFlags().entrySet()) {
            CheckBox box = new CheckBox(f.getKey());
            box.setId("receive-flag-" + f.getKey().substring(4) + "-" + n);
            box.selectedProperty().bindBidirectional(f.getValue());
            box.disableProperty().bind(vm.liveProperty());
            box.setTooltip(new Tooltip(RECEIVE_FLAG_TIPS.getOrDefault(f.getKey(), f.getKey())
                    + "\n" + f.getKey() + " = " + Constants.value(f.getKey()).orElse(0) + "; turn live off to change it"));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private static final Map<String, String> RECEIVE_FLAG_TIPS = Map.of(
            "msg/peek", "look without taking: the bytes stay queued (live receive then peeks once and stops)",
            "msg/waitall", "ask the kernel to wait for the whole length (on the egg's non-blocking sockets it gives what is queued)",
            "msg/trunc", "a datagram tells its real size even when the buffer is shorter; on a TCP stream the kernel discards the bytes unread");

    /** "sent 7 B · received 6 B · here 1 send, 1 receive": the socket's bytes, this pane's calls. */
    static String totalsText(TransferViewModel vm) {
        return String.format("sent %,d B · received %,d B · here %,d send%s, %,d receive%s",
                vm.bytesSentProperty().get(), vm.bytesReceivedProperty().get(),
                vm.sendCallsProperty().get(), vm.sendCallsProperty().get() == 1 ? "" : "s",
                vm.receiveCallsProperty().get(), vm.receiveCallsProperty().get() == 1 ? "" : "s");
    }

    private static TextField small(String id, javafx.beans.property.StringProperty p, String prompt, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.getStyleClass().add(Ui.MONO);
        t.setPromptText(prompt);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
