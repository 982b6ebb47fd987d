package sockbench.ui.transfer;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.net.Socket;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.Ui;

/**
 * The transfer view: the selected socket's pane on the left, its other end's on the right, so a
 * loopback pair's client and accepted server sit side by side.
 */
public final class TransferView extends VBox {
    private final TransfersViewModel vm;
    private final Map<Socket, TransferPane> panes = new HashMap<>();
    private final java.util.function.BiFunction<String, javafx.beans.value.ObservableValue<SocketRow>, Node> beside;

    public TransferView(TransfersViewModel vm) {
        this(vm, (side, row) -> null);
    }

    /**
     * @param beside what to show above a side's pane for that side's socket (the Explorer's responder
     *               strip), made once per side from the side's name and its socket; null for nothing
     */
    public TransferView(TransfersViewModel vm,
                        java.util.function.BiFunction<String, javafx.beans.value.ObservableValue<SocketRow>, Node> beside) {
        super(10);
        this.beside = beside;
        this.vm = vm;
        setPadding(new Insets(12, 14, 12, 14));
        getStyleClass().add("transfer-view");

        javafx.scene.control.Button pair = button("transfer-loopback-pair", "Loopback pair", Feather.REPEAT,
                "a listener, a client connected to it, and the accepted server socket (Ctrl+L)",
                () -> vm.sockets().loopbackPair());
        // side by side while both fit their type; the other end under the selected one when they do not
        sockbench.ui.workbench.Reflow sides = new sockbench.ui.workbench.Reflow(12,
                side("left", vm.leftProperty(), null), side("right", vm.rightProperty(), pair));
        VBox.setVgrow(sides, Priority.ALWAYS);
        getChildren().addAll(sides);
    }

    /** The pane shown for a socket, if one was made (tests). */
    public TransferPane paneOf(Socket s) {
        return panes.get(s);
    }

    private VBox side(String id, ObjectProperty<SocketRow> chosen, Node extra) {
        ComboBox<SocketRow> socket = new ComboBox<>(vm.sockets().rows());
        socket.setId("transfer-" + id + "-socket");
        socket.getStyleClass().add(Ui.MONO);
        socket.setMaxWidth(Double.MAX_VALUE);
        socket.setMinWidth(120);
        socket.valueProperty().bindBidirectional(chosen);
        socket.setPromptText(id.equals("left") ? "select a socket" : "its other end, or choose one");
        socket.setTooltip(new javafx.scene.control.Tooltip(id.equals("left") ? "the selected socket"
                : "the left socket's other end, when it lives in this process; or any socket"));
        HBox.setHgrow(socket, Priority.ALWAYS);
        Label state = new Label();
        state.getStyleClass().add("state-tag");
        StackPane holder = new StackPane();
        VBox.setVgrow(holder, Priority.ALWAYS);
        javafx.beans.InvalidationListener restyle = o -> {
            SocketRow row = chosen.get();
            state.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-tag"));
            state.setVisible(row != null);
            if (row != null) {
                state.setText(row.stateText());
                state.getStyleClass().add("state-" + row.state().name().toLowerCase().replace('_', '-'));
            }
        };
        // a pane is a hundred controls: while the view is hidden none is made (a lesson in the Sockets
        // view creates socket after socket); the chosen socket's pane comes when the view is shown
        Runnable update = () -> {
            restyle.invalidated(null);
            holder.getChildren().setAll(isVisible() || chosen.get() == null ? content(id, chosen.get()) : new StackPane());
        };
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                update.run();
            }
        });
        chosen.addListener((o, a, b) -> {
            if (a != null) {
                a.stateTextProperty().removeListener(restyle);
            }
            if (b != null) {
                b.stateTextProperty().addListener(restyle);
            }
        });
        vm.leftProperty().addListener(o -> update.run());
        vm.rightProperty().addListener(o -> update.run());
        vm.sockets().rows().addListener((javafx.collections.ListChangeListener<SocketRow>) c ->
                panes.keySet().removeIf(s -> vm.sockets().rows().stream().noneMatch(r -> r.socket() == s)));
        if (chosen.get() != null) {
            chosen.get().stateTextProperty().addListener(restyle);
        }
        update.run();
        VBox box = new VBox(8, extra == null ? Ui.row(8, socket, state) : Ui.row(8, socket, state, extra));
        Node besideIt = beside.apply(id, chosen);
        if (besideIt != null) {
            box.getChildren().add(besideIt);
        }
        box.getChildren().add(holder);
        box.getStyleClass().add("transfer-side");
        box.setMinWidth(0);
        return box;
    }

    private Node content(String side, SocketRow row) {
        if (row == null) {
            Label l = Ui.caption(side.equals("left")
                    ? "Select a socket (Sockets view, or the box above), or press Loopback pair."
                    : "The other end of the left socket appears here when it lives in this process; or choose a socket.");
            l.getStyleClass().add("transfer-placeholder");
            return l;
        }
        SocketRow other = side.equals("left") ? vm.rightProperty().get() : vm.leftProperty().get();
        if (other == row) {
            return Ui.caption(row.name() + " is shown on the other side.");
        }
        return panes.computeIfAbsent(row.socket(), s -> new TransferPane(vm.of(row)));
    }
}
