package sockbench.ui.wire;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import sockbench.net.wire.TcpStateMachine.State;
import sockbench.net.wire.TcpStateMachine.Transition;

/**
 * RFC 9293's TCP state diagram (§3.3.2, Figure 5) as a figure: the eleven states where the RFC puts
 * them, its arcs, each end's current state lit (left lane blue, right lane orange), and the
 * transition just taken drawn bold with the event that caused it.
 */
final class StateDiagramView extends Pane {
    private static final double W = 118;
    private static final double H = 30;
    private static final Map<State, double[]> AT = new EnumMap<>(State.class);
    private static final List<State[]> ARCS = List.of(
            arc(State.CLOSED, State.LISTEN), arc(State.CLOSED, State.SYN_SENT), arc(State.LISTEN, State.SYN_RECEIVED),
            arc(State.LISTEN, State.SYN_SENT), arc(State.SYN_SENT, State.SYN_RECEIVED), arc(State.SYN_RECEIVED, State.ESTABLISHED),
            arc(State.SYN_SENT, State.ESTABLISHED), arc(State.SYN_RECEIVED, State.FIN_WAIT_1),
            arc(State.ESTABLISHED, State.FIN_WAIT_1), arc(State.ESTABLISHED, State.CLOSE_WAIT),
            arc(State.FIN_WAIT_1, State.FIN_WAIT_2), arc(State.FIN_WAIT_1, State.CLOSING), arc(State.FIN_WAIT_2, State.TIME_WAIT),
            arc(State.CLOSING, State.TIME_WAIT), arc(State.CLOSE_WAIT, State.LAST_ACK), arc(State.LAST_ACK, State.CLOSED),
            arc(State.TIME_WAIT, State.CLOSED));

    static {
        AT.put(State.CLOSED, new double[] {230, 20});
        AT.put(State.LISTEN, new double[] {230, 80});
        AT.put(State.SYN_RECEIVED, new double[] {60, 140});
        AT.put(State.SYN_SENT, new double[] {400, 140});
        AT.put(State.ESTABLISHED, new double[] {230, 200});
        AT.put(State.FIN_WAIT_1, new double[] {60, 270});
        AT.put(State.CLOSE_WAIT, new double[] {400, 270});
        AT.put(State.FIN_WAIT_2, new double[] {60, 340});
        AT.put(State.CLOSING, new double[] {230, 340});
        AT.put(State.LAST_ACK, new double[] {400, 340});
        AT.put(State.TIME_WAIT, new double[] {230, 410});
    }

    private final WireViewModel vm;

    StateDiagramView(WireViewModel vm) {
        this.vm = vm;
        setId("wire-states");
        getStyleClass().add("wire-states");
        setPrefSize(540, 470);
        vm.leftStateProperty().addListener((o, a, b) -> draw());
        vm.rightStateProperty().addListener((o, a, b) -> draw());
        vm.lastTransitionProperty().addListener((o, a, b) -> draw());
        draw();
    }

    private static State[] arc(State from, State to) {
        return new State[] {from, to};
    }

    private void draw() {
        getChildren().clear();
        Transition last = vm.lastTransitionProperty().get();
        for (State[] a : ARCS) {
            Line l = line(a[0], a[1]);
            boolean taken = last != null && last.from() == a[0] && last.to() == a[1];
            l.getStyleClass().add(taken ? "wire-arc-taken" : "wire-arc");
            getChildren().add(l);
        }
        if (last != null && AT.containsKey(last.from())) {
            boolean known = ARCS.stream().anyMatch(a -> a[0] == last.from() && a[1] == last.to());
            if (!known) { // a reset or abort: not one of the figure's arcs, drawn all the same
                Line l = line(last.from(), last.to());
                l.getStyleClass().add("wire-arc-taken");
                getChildren().add(l);
            }
        }
        for (Map.Entry<State, double[]> e : AT.entrySet()) {
            double[] p = e.getValue();
            Rectangle box = new Rectangle(p[0], p[1], W, H);
            box.setArcWidth(10);
            box.setArcHeight(10);
            box.setId("wire-state-" + e.getKey().name());
            box.getStyleClass().add("wire-state-box");
            if (e.getKey() == vm.leftStateProperty().get()) {
                box.getStyleClass().add("lit-left");
            }
            if (e.getKey() == vm.rightStateProperty().get()) {
                box.getStyleClass().add("lit-right");
            }
            Text t = new Text(e.getKey().name());
            t.getStyleClass().add("wire-state-name");
            t.setTextOrigin(VPos.CENTER);
            t.setX(p[0] + (W - t.getLayoutBounds().getWidth()) / 2);
            t.setY(p[1] + H / 2);
            getChildren().addAll(box, t);
        }
        Text event = new Text(last == null ? "no transition yet"
                : (vm.lastOnLeftProperty().get() ? "left end: " : "right end: ") + last.from() + " → " + last.to() + "  (" + last.event() + ")");
        event.setId("wire-last-transition");
        event.getStyleClass().add("wire-event-big");
        event.setX(10);
        event.setY(462);
        getChildren().add(event);
    }

    private static Line line(State from, State to) {
        double[] a = AT.get(from);
        double[] b = AT.get(to);
        return new Line(a[0] + W / 2, a[1] + H / 2, b[0] + W / 2, b[1] + H / 2);
    }
}
