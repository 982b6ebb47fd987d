package sockbench.ui.buffering;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import sockbench.net.PortEvent;

/**
 * The port's steps in order, left to right: each a bar whose height grows with its size (log scale),
 * its size and its kind below; writes and send calls in the output's colours, receives and reads in
 * the input's, so blocks leaving in whole multiples and send calls of at most send-size stand out.
 */
final class TimelineView extends ScrollPane {
    private static final double MAX_BAR = 52;
    private final HBox steps = new HBox(3);

    TimelineView(javafx.collections.ObservableList<PortStep> timeline) {
        sockbench.ui.workbench.Ui.uncached(this);
        getStyleClass().add("timeline");
        steps.getStyleClass().add("timeline-steps");
        steps.setAlignment(Pos.BOTTOM_LEFT);
        setContent(steps);
        setFitToHeight(true);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        timeline.addListener((ListChangeListener<PortStep>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    steps.getChildren().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                if (c.wasAdded()) {
                    int at = c.getFrom();
                    for (PortStep s : c.getAddedSubList()) {
                        steps.getChildren().add(at++, node(s));
                    }
                }
            }
            layout();
            setHvalue(getHmax());
        });
        timeline.forEach(s -> steps.getChildren().add(node(s)));
        setPrefHeight(104);
        setMinHeight(100);
    }

    private static VBox node(PortStep s) {
        Region bar = new Region();
        bar.getStyleClass().addAll("step-bar", "step-" + kindClass(s.kind()));
        double h = s.bytes() <= 0 ? 3 : Math.min(MAX_BAR, 4 + 4 * (Math.log(s.bytes()) / Math.log(2)));
        bar.setMinHeight(h);
        bar.setPrefHeight(h);
        bar.setMaxHeight(h);
        bar.setPrefWidth(44);
        Label size = new Label(Integer.toString(s.bytes()));
        size.getStyleClass().add("step-bytes");
        Label kind = new Label(PortStep.word(s.kind()));
        kind.getStyleClass().add("step-kind");
        VBox box = new VBox(2, bar, size, kind);
        box.setAlignment(Pos.BOTTOM_CENTER);
        box.getStyleClass().addAll("step", "step-" + kindClass(s.kind()));
        box.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(box, new Tooltip(String.format("%s of %d bytes at %.3f ms; buffer then holds %d%s", PortStep.word(s.kind()),
                s.bytes(), s.millis(), s.fill(), s.capacity() > 0 ? " of " + s.capacity() : "")));
        return box;
    }

    static String kindClass(PortEvent.Kind k) {
        return PortStep.word(k);
    }
}
