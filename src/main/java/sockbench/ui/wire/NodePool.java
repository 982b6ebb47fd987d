package sockbench.ui.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import sockbench.ui.workbench.Ui;

/**
 * The nodes of a drawing redrawn many times a second (the ladder under bulk, the plots' marks at each
 * sample), kept from one redraw to the next by kind: a redraw takes the nodes it needs and moves and
 * fills them, and only a node it had to make is styled, where a drawing built anew each time had CSS
 * find the styles of every node of it (most of the ladder's time at ten redraws a second). A node keeps
 * the style classes of its kind for good. What a redraw did not take is hidden and kept, a few of each
 * kind, for the next redraw that needs one more (counts that go up and down by one, as a bulk stream's
 * data and ACK arrows do, made and styled nodes at every redraw); beyond those it leaves its layer. The layers are
 * child lists drawn in order (the ladder's lanes under its arrows under its texts), so a node made late
 * still lies where it belongs.
 */
final class NodePool {
    private final List<ObservableList<Node>> layers;
    private final Map<String, List<Node>> byKind = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    /** Hidden nodes of one kind kept for the next redraw at most, by default. */
    static final int SPARE = 32;
    private final int spare;

    @SafeVarargs
    NodePool(ObservableList<Node>... layers) {
        this(SPARE, layers);
    }

    /**
     * Keeping up to {@code spare} hidden nodes of a kind: a drawing whose count of a kind swings widely
     * from one redraw to the next (a plot's marks by kind as its window slides) keeps as many as it may draw.
     */
    @SafeVarargs
    NodePool(int spare, ObservableList<Node>... layers) {
        this.spare = spare;
        this.layers = List.of(layers);
    }

    /** Starts a redraw: every node is free to take again. */
    void begin() {
        taken.clear();
    }

    /** A node of {@code kind}: the next one kept, or a new one from {@code make} in {@code layer}. */
    @SuppressWarnings("unchecked")
    <T extends Node> T take(String kind, int layer, Supplier<T> make) {
        List<Node> nodes = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        int n = taken.merge(kind, 1, Integer::sum) - 1;
        if (n < nodes.size()) {
            Node kept = nodes.get(n);
            if (!kept.isVisible()) {
                kept.setVisible(true);
            }
            return (T) kept;
        }
        T node = make.get();
        nodes.add(node);
        layers.get(layer).add(node);
        node.applyCss(); // styled now rather than in the pulse's pass: a text is measured in its own font
        return node;
    }

    /**
     * Ends a redraw: the nodes it did not take are hidden (nameless, so nothing finds them by name),
     * the pool's spares of each kind kept; the rest leave their layer and the pool.
     */
    void end() {
        List<Node> gone = new ArrayList<>();
        for (Map.Entry<String, List<Node>> e : byKind.entrySet()) {
            List<Node> nodes = e.getValue();
            int used = taken.getOrDefault(e.getKey(), 0);
            int keep = Math.min(nodes.size(), used + spare);
            for (Node spare : nodes.subList(used, keep)) {
                if (spare.isVisible()) {
                    spare.setVisible(false);
                    spare.getProperties().remove(Ui.NAME);
                }
            }
            if (keep < nodes.size()) {
                gone.addAll(nodes.subList(keep, nodes.size()));
                nodes.subList(keep, nodes.size()).clear();
            }
        }
        byKind.values().removeIf(List::isEmpty);
        if (!gone.isEmpty()) {
            for (ObservableList<Node> layer : layers) {
                layer.removeAll(gone);
            }
        }
    }
}
