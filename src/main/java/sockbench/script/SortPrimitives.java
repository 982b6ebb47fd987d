package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code (chicken sort)}: sort, sort!, sorted?, merge, merge! on lists and vectors with a
 * "less than" procedure. The sort is stable (a merge sort), as CHICKEN's is.
 */
final class SortPrimitives {
    private SortPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("sort", 2, 2, a -> sort(a[0], a[1], false));
        g.defineProcedure("sort!", 2, 2, a -> sort(a[0], a[1], true));
        g.defineProcedure("topological-sort", 2, 2, a -> TopologicalSort.sort(a[0], a[1]));
        g.defineProcedure("sorted?", 2, 2, a -> {
            Procedure less = Args.procedure(a[1]);
            List<Object> items = a[0] instanceof Object[] v ? Arrays.asList(v) : Lists.toJava(a[0]);
            for (int i = 1; i < items.size(); i++) {
                if (Interop.isTrue(less.apply(items.get(i), items.get(i - 1)))) {
                    return false;
                }
            }
            return true;
        });
        for (String name : List.of("merge", "merge!")) {
            g.defineProcedure(name, 3, 3, a -> {
                Procedure less = Args.procedure(a[2]);
                List<Object> x = Lists.toJava(a[0]);
                List<Object> y = Lists.toJava(a[1]);
                List<Object> out = new ArrayList<>(x.size() + y.size());
                int i = 0;
                int j = 0;
                while (i < x.size() && j < y.size()) {
                    out.add(Interop.isTrue(less.apply(y.get(j), x.get(i))) ? y.get(j++) : x.get(i++));
                }
                out.addAll(x.subList(i, x.size()));
                out.addAll(y.subList(j, y.size()));
                return Lists.fromJava(out);
            });
        }
    }

    private static Object sort(Object sequence, Object lessThan, boolean inPlace) {
        Procedure less = Args.procedure(lessThan);
        if (sequence instanceof Object[] vector) {
            Object[] sorted = mergeSort(Arrays.asList(vector), less).toArray();
            if (inPlace) {
                System.arraycopy(sorted, 0, vector, 0, sorted.length);
                return vector;
            }
            return sorted;
        }
        List<Object> sorted = mergeSort(Lists.toJava(sequence), less);
        if (inPlace) {
            int i = 0;
            for (Object x = sequence; x instanceof Pair p; x = p.cdr) {
                p.car = sorted.get(i++);
            }
            return sequence;
        }
        return Lists.fromJava(sorted);
    }

    /**
     * A stable merge sort asking only {@code (less y x)}: a predicate that is not a strict order
     * gives some order, never an error (Java's own sort may throw on one).
     */
    private static List<Object> mergeSort(List<Object> items, Procedure less) {
        if (items.size() < 2) {
            return new ArrayList<>(items);
        }
        int mid = items.size() / 2;
        List<Object> x = mergeSort(items.subList(0, mid), less);
        List<Object> y = mergeSort(items.subList(mid, items.size()), less);
        List<Object> out = new ArrayList<>(items.size());
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            out.add(Interop.isTrue(less.apply(y.get(j), x.get(i))) ? y.get(j++) : x.get(i++));
        }
        out.addAll(x.subList(i, x.size()));
        out.addAll(y.subList(j, y.size()));
        return out;
    }
}
