package sockbench.ui.buffering;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.Ui;

/**
 * Buffering made visible: on the left the user-space ports of the selected socket (the output
 * buffer in blocks, the steps on a timeline, the input buffer), on the right the kernel's queues
 * and tcp_info for it and for its other end, whose reading can be switched off to fill them.
 */
public final class BufferingView extends VBox {
    private final BufferingViewModel vm;
    private final BlockBar output = new BlockBar();
    private final BlockBar input = new BlockBar();

    public BufferingView(BufferingViewModel vm) {
        super(12);
        this.vm = vm;
        setPadding(new Insets(12, 14, 12, 14));
        getStyleClass().add("buffering-view");
        vm.shownProperty().bind(visibleProperty()); // the workbench shows one view at a time
        output.setId("output-blocks");
        input.setId("input-blocks");

        VBox user = new VBox(8, heading(), portsCard(), outputCard(), inputCard());
        user.setMinWidth(0);
        HBox.setHgrow(user, Priority.ALWAYS);
        user.getStyleClass().add("buffering-ports");

        VBox kernel = kernelCard();
        // the kernel's numbers keep their room at any type size (about 27 em)
        javafx.scene.control.Label kernelTitle = (javafx.scene.control.Label) kernel.getChildren().get(0);
        kernel.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 27 * kernelTitle.getFont().getSize(), kernelTitle.fontProperty()));
        kernel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the kernel beside the ports while both fit their type, under them when not (presentation mode)
        sockbench.ui.workbench.Reflow columns = new sockbench.ui.workbench.Reflow(12, user, kernel);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(columns);

        Runnable redrawOut = () -> output.show(vm.outCapacityProperty().get(), vm.lastWriteTotalProperty().get(),
                vm.lastSentProperty().get(), "empty");
        vm.outCapacityProperty().addListener(o -> redrawOut.run());
        vm.lastWriteTotalProperty().addListener(o -> redrawOut.run());
        vm.lastSentProperty().addListener(o -> redrawOut.run());
        redrawOut.run();
        Runnable redrawIn = () -> input.showFill(vm.inCapacityProperty().get(), vm.inFillProperty().get(),
                vm.inCapacityProperty().get() == 0 ? "no input port" : vm.inFillProperty().get() + " of " + vm.inCapacityProperty().get() + " B waiting");
        vm.inCapacityProperty().addListener(o -> redrawIn.run());
        vm.inFillProperty().addListener(o -> redrawIn.run());
        redrawIn.run();
    }

    private VBox heading() {
        Label title = Ui.title("Buffering");
        title.getStyleClass().add(Styles.TITLE_3);
        Label of = Ui.mono("");
        of.getStyleClass().add("card-subject");
        of.textProperty().bind(Bindings.createStringBinding(() -> {
            SocketRow s = vm.socketProperty().get();
            return s == null ? "select a socket" : "ports of " + s.name() + "  " + s.printedProperty().get();
        }, vm.socketProperty()));
        Label note = Ui.caption("");
        note.setId("ports-note");
        note.textProperty().bind(vm.portsNoteProperty());
        // the socket's printed form wraps under the title, and the note under both, when the type is large
        return new VBox(4, Ui.wrap(10, title, of), note);
    }

    private VBox portsCard() {
        TextField buffer = field("send-buffer-size", vm.sendBufferSizeProperty(), "#f", 5,
                "socket-send-buffer-size: the output port keeps bytes until this many wait, then sends whole multiples; #f: no buffer");
        TextField size = field("send-size", vm.sendSizeProperty(), "#f", 5,
                "socket-send-size: each send-all offers at most this many bytes per send call; #f: all at once");
        TextField receive = field("receive-buffer-size", vm.receiveBufferSizeProperty(), "4096", 5,
                "socket-receive-buffer-size: one receive call refills the input port's buffer, up to this many bytes");
        Button open = button("open-ports", "Open ports", Feather.GIT_COMMIT,
                "(socket-i/o-ports s) with these sizes in force", vm::openPorts);
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(vm.socketProperty().isNull());
        javafx.scene.control.Label problem = sockbench.ui.workbench.Fields.message(vm.sizesProblemProperty());
        problem.setId("ports-problem");
        // the title gives way first, never the size fields (they keep their width in presentation mode)
        javafx.scene.layout.FlowPane sizes = Ui.wrap(8, Ui.row(6, Ui.mono("send-buffer-size"), buffer),
                Ui.row(6, Ui.mono("send-size"), size), Ui.row(6, Ui.mono("receive-buffer-size"), receive), open);
        sizes.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return Ui.card(null, Ui.wrap(8, Ui.title("Ports"), sizes), problem);
    }

    private VBox outputCard() {
        TextField text = field("write-text", vm.writeTextProperty(), "text (escapes)", 6, "the bytes to write, with escapes like \\r\\n");
        javafx.scene.layout.VBox times = sockbench.ui.workbench.Fields.integerSpinner("write-repeat", "times", 1, 1 << 20,
                vm.repeatProperty(), 100);
        Button write = button("write", "Write", Feather.EDIT_3, "(write-string ... #f s-out): one write into the output port", vm::write);
        Button flush = button("flush", "Flush", Feather.CHEVRONS_RIGHT, "(flush-output s-out): what the buffer keeps leaves now", vm::flush);
        Button close = button("close-output", "Close", Feather.X, "(close-output-port s-out): flush, then shut down the write side", vm::closeOutput);
        for (Button b : new Button[] {write, flush, close}) {
            b.disableProperty().bind(vm.portsOpenProperty().not());
        }
        ToggleSwitch stream = Ui.toggleSwitch("stream", "Stream", vm.streamingProperty(),
                "the same write again and again on a background thread; it stalls when the kernel's queues are full");
        stream.disableProperty().bind(vm.portsOpenProperty().not());
        ComboBox<Pace> pace = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Pace.values()));
        pace.setId("pace");
        pace.valueProperty().bindBidirectional(vm.paceProperty());
        pace.disableProperty().bind(vm.streamingProperty());
        Label status = Ui.caption("");
        status.setId("stream-status");
        status.textProperty().bind(vm.streamStatusProperty());
        vm.stalledProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("stalled"), b));

        Label kept = Ui.mono("");
        kept.setId("output-kept");
        kept.getStyleClass().add("buffer-fill-text");
        kept.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer cap = vm.outCapacityProperty().get();
            if (cap == null) {
                return "unbuffered: each write is one send-all";
            }
            return vm.outFillProperty().get() + " of " + cap + " bytes kept · last write left " + vm.lastWriteTotalProperty().get()
                    + " in the buffer, " + vm.lastSentProperty().get() + " sent in whole blocks";
        }, vm.outCapacityProperty(), vm.outFillProperty(), vm.lastWriteTotalProperty(), vm.lastSentProperty()));

        TimelineView timeline = new TimelineView(vm.timeline());
        timeline.setId("timeline");
        Label counts = Ui.caption("");
        counts.setId("port-counts");
        counts.textProperty().bind(vm.countsProperty());
        Button clear = button("clear-timeline", null, Feather.TRASH_2, "clear the timeline (the counts stay)", vm::clearTimeline);
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);

        pace.getStyleClass().add("pace-combo");
        pace.setMinWidth(Region.USE_PREF_SIZE);
        HBox streamRow = Ui.row(8, stream, pace, status);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        kept.setWrapText(true);
        kept.setMinHeight(Region.USE_PREF_SIZE);
        HBox stepsRow = Ui.row(8, Ui.caption("steps, oldest left"), Ui.grow(), counts, clear);
        counts.setMinWidth(0);
        return Ui.card(null,
                Ui.wrap(8, Ui.title("Output port"), Ui.row(8, text, new Label("×"), times), Ui.row(8, write, flush, close)),
                streamRow,
                output,
                kept,
                stepsRow,
                timeline);
    }

    private VBox inputCard() {
        javafx.scene.layout.VBox count = sockbench.ui.workbench.Fields.integerSpinner("read-count", "count", 1, 1 << 20,
                vm.readCountProperty(), 100);
        Button read = button("read", "Read", Feather.BOOK_OPEN, "(read-string n s-in): bytes from the input buffer, refilled by receive calls", vm::read);
        read.disableProperty().bind(vm.portsOpenProperty().not());
        ToggleSwitch reading = Ui.toggleSwitch("reading", "Read continuously", vm.readingProperty(),
                "read the input port call after call on a background thread");
        reading.disableProperty().bind(vm.portsOpenProperty().not());
        Label status = Ui.caption("");
        status.textProperty().bind(vm.readStatusProperty());
        javafx.scene.layout.FlowPane row = Ui.wrap(8, Ui.title("Input port"), reading, Ui.row(8, count, read));
        status.setWrapText(true);
        return Ui.card(null, row, status, input);
    }

    private VBox kernelCard() {
        ToggleSwitch peerReads = Ui.toggleSwitch("peer-reading", "reads", vm.peerReadingProperty(),
                "the other end's live receive (its transfer pane's switch): off, and the queues fill");
        peerReads.disableProperty().bind(vm.peerProperty().isNull());
        KernelPane self = new KernelPane("self", vm.selfKernel(), null);
        KernelPane peer = new KernelPane("peer", vm.peerKernel(), peerReads);
        Label hint = Ui.caption("Stop the other end's reading while this one streams: its receive queue fills, then this "
                + "send queue, and the writes stall. Switch reading back on and both drain.");
        VBox.setVgrow(hint, Priority.NEVER);
        VBox card = Ui.card("Kernel", self, new javafx.scene.control.Separator(), peer, new javafx.scene.control.Separator(), hint);
        card.getStyleClass().add("kernel-card");
        return card;
    }

    private static TextField field(String id, StringProperty p, String prompt, int columns, String tip) {
        TextField t = new TextField();
        t.setId(id);
        t.getStyleClass().add(Ui.MONO);
        t.setPromptText(prompt);
        t.setPrefColumnCount(columns);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.setTooltip(new Tooltip(tip));
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
