package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * (chicken sort)'s {@code (topological-sort dag pred)} as data-structures.scm computes it: the dag's
 * entries are merged by vertex (a repeated vertex's edges appended to its first entry's) into a list
 * in reverse order of first appearance; a depth-first walk from each entry in that order puts every
 * vertex before the vertices its edges reach, the vertex finished last first. Meeting a vertex still
 * on the walk's path raises {@code (exn runtime cycle)} "cycle detected" with the cycle.
 */
final class TopologicalSort {
    private enum Colour { GREY, BLACK }

    /** A vertex and its edges, as one entry of the merged dag. */
    private record Entry(Object vertex, List<Object> edges) {}

    private final Procedure same;
    private final List<Object> coloured = new ArrayList<>();
    private final List<Colour> colours = new ArrayList<>();
    private final List<Object> sorted = new ArrayList<>(); // finishing order; the result is its reverse

    private TopologicalSort(Procedure same) {
        this.same = same;
    }

    static Object sort(Object dag, Object pred) {
        TopologicalSort t = new TopologicalSort(Args.procedure(pred));
        List<Entry> merged = t.merge(Args.list(dag));
        for (int i = 0; i < merged.size(); i++) {
            t.visit(merged.subList(i, merged.size()), merged.get(i).vertex(), merged.get(i).edges(), new ArrayList<>());
        }
        List<Object> result = new ArrayList<>(t.sorted);
        java.util.Collections.reverse(result);
        return Lists.fromJava(result);
    }

    private List<Entry> merge(List<Object> dag) {
        List<Entry> given = new ArrayList<>();
        for (Object node : dag) {
            if (!(node instanceof Pair p)) {
                throw Errors.wrongType("pair", node).locate("topological-sort");
            }
            given.add(new Entry(p.car, Args.list(p.cdr)));
        }
        List<Entry> merged = new ArrayList<>();
        for (Entry entry : given) {
            List<Object> edges = new ArrayList<>(entry.edges());
            edges.addAll(find(given, entry.vertex()).edges()); // its edges, then the first entry's for the vertex
            int at = indexOf(merged, entry.vertex());
            if (at >= 0) {
                merged.set(at, new Entry(merged.get(at).vertex(), edges));
            } else {
                merged.add(0, new Entry(entry.vertex(), edges));
            }
        }
        return merged;
    }

    private void visit(List<Entry> dag, Object vertex, List<Object> edges, List<Object> path) {
        int at = colourIndex(vertex);
        if (at >= 0 && colours.get(at) == Colour.GREY) {
            List<Object> cycle = new ArrayList<>();
            cycle.add(vertex); // the vertex met again, then the path from where the walk began
            cycle.addAll(path);
            throw Errors.located("topological-sort", List.of("exn", "runtime", "cycle"), "cycle detected", Lists.fromJava(cycle));
        }
        if (at >= 0) {
            return; // black: done already
        }
        coloured.add(vertex);
        colours.add(Colour.GREY);
        int mine = coloured.size() - 1;
        Entry entry = edges == null ? find(dag, vertex) : null;
        for (Object edge : edges != null ? edges : entry != null ? entry.edges() : List.<Object>of()) {
            List<Object> longer = new ArrayList<>(path);
            longer.add(edge);
            visit(dag, edge, null, longer);
        }
        colours.set(mine, Colour.BLACK);
        sorted.add(vertex);
    }

    private int colourIndex(Object vertex) {
        for (int i = 0; i < coloured.size(); i++) {
            if (Interop.isTrue(Values.single(same.apply(vertex, coloured.get(i))))) {
                return i;
            }
        }
        return -1;
    }

    private Entry find(List<Entry> dag, Object vertex) {
        int at = indexOf(dag, vertex);
        return at < 0 ? null : dag.get(at);
    }

    private int indexOf(List<Entry> dag, Object vertex) {
        for (int i = 0; i < dag.size(); i++) {
            if (Interop.isTrue(Values.single(same.apply(vertex, dag.get(i).vertex())))) {
                return i;
            }
        }
        return -1;
    }
}
