package sockbench.ui.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The nodes of a drawing redrawn many times a second (the ladder under bulk, the plots' marks at each
 * sample), kept from one redraw to the next by kind: a redraw takes the nodes it needs and moves and
 * fills them, and only a node it had to make is styled, where a drawing built anew each time had CSS
 * find the styles of every node of it (most of the ladder's time at ten redraws a second). A node keeps
 * the style classes of its kind for good; what a redraw did not take leaves its layer. The layers are
 * child lists drawn in order (the ladder's lanes under its arrows under its texts), so a node made late
 * still lies where it belongs.
 */
final class NodePool {
    private final List<ObservableList<Node>> layers;
    private final Map<String, List<Node>> byKind = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();

    @SafeVarargs
    NodePool(ObservableList<Node>... layers) {
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
            return (T) nodes.get(n);
        }
        T node = make.get();
        nodes.add(node);
        layers.get(layer).add(node);
        node.applyCss(); // styled now rather than in the pulse's pass: a text is measured in its own font
        return node;
    }

    /** Ends a redraw: the nodes it did not take leave their layer and the pool. */
    void end() {
        List<Node> gone = new ArrayList<>();
        for (Map.Entry<String, List<Node>> e : byKind.entrySet()) {
            List<Node> nodes = e.getValue();
            int keep = taken.getOrDefault(e.getKey(), 0);
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
