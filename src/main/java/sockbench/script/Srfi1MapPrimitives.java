package sockbench.script;

import java.util.ArrayList;
import java.util.List;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-1's mappings and folds beside map, fold and fold-right: zip, unzip1..unzip5, unfold,
 * unfold-right, pair-fold, pair-fold-right, pair-for-each and map-in-order. Those taking several
 * lists stop at the shortest, as {@link Srfi1Primitives} does.
 */
final class Srfi1MapPrimitives {
    private Srfi1MapPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("zip", 1, MANY, a -> {
            List<Object> out = new ArrayList<>();
            for (Object[] row : Srfi1Primitives.rows(a, 0)) {
                out.add(Lists.of(row));
            }
            return Lists.fromJava(out);
        });
        for (int n = 1; n <= 5; n++) {
            int width = n;
            g.defineProcedure("unzip" + n, 1, 1, a -> unzip(a[0], width));
        }
        g.defineProcedure("map-in-order", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object> out = new ArrayList<>();
            for (Object[] row : Srfi1Primitives.rows(a, 1)) {
                out.add(f.apply(row));
            }
            return Lists.fromJava(out);
        });
        // (unfold stop? mapper successor seed [tail-gen]): tail-gen makes the tail from the last seed
        g.defineProcedure("unfold", 4, 5, a -> {
            Procedure stop = Args.procedure(a[0]);
            Procedure f = Args.procedure(a[1]);
            Procedure next = Args.procedure(a[2]);
            List<Object> items = new ArrayList<>();
            Object seed = a[3];
            while (!Interop.isTrue(stop.apply(seed))) {
                items.add(f.apply(seed));
                seed = next.apply(seed);
            }
            Object tail = a.length > 4 ? Args.procedure(a[4]).apply(seed) : Empty.LIST;
            return ListPrimitives.append(Lists.fromJava(items), tail);
        });
        // (unfold-right stop? mapper successor seed [tail]): each new element goes in front
        g.defineProcedure("unfold-right", 4, 5, a -> {
            Procedure stop = Args.procedure(a[0]);
            Procedure f = Args.procedure(a[1]);
            Procedure next = Args.procedure(a[2]);
            Object list = Args.optional(a, 4, Empty.LIST);
            for (Object seed = a[3]; !Interop.isTrue(stop.apply(seed)); seed = next.apply(seed)) {
                list = new Pair(f.apply(seed), list);
            }
            return list;
        });
        g.defineProcedure("pair-fold", 3, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            Object acc = a[1];
            for (Object[] tails : tails(a, 2)) {
                acc = f.apply(Srfi1Primitives.append(tails, acc));
            }
            return acc;
        });
        g.defineProcedure("pair-fold-right", 3, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object[]> tails = tails(a, 2);
            Object acc = a[1];
            for (int i = tails.size() - 1; i >= 0; i--) {
                acc = f.apply(Srfi1Primitives.append(tails.get(i), acc));
            }
            return acc;
        });
        g.defineProcedure("pair-for-each", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            for (Object[] tails : tails(a, 1)) {
                f.apply(tails);
            }
            return null;
        });
    }

    /** The i-th element of each entry, in n lists (an entry too short is a car of a non-pair). */
    private static Object unzip(Object list, int n) {
        List<Object> entries = Lists.toJava(list);
        Object[] columns = new Object[n];
        for (int k = 0; k < n; k++) {
            List<Object> column = new ArrayList<>();
            for (Object entry : entries) {
                column.add(Args.pair(Srfi1Primitives.tail(entry, k, "unzip")).car);
            }
            columns[k] = Lists.fromJava(column);
        }
        return Values.of(columns);
    }

    /**
     * Row i holds the i-th tail of each list from a[from] on, while none is empty. Every row is taken
     * before the procedure is called on any, as the egg takes each cdr before the call (which may set-cdr!).
     */
    private static List<Object[]> tails(Object[] a, int from) {
        Object[] current = java.util.Arrays.copyOfRange(a, from, a.length);
        int shortest = Integer.MAX_VALUE;
        for (Object list : current) {
            shortest = Math.min(shortest, Lists.toJava(list).size());
        }
        List<Object[]> rows = new ArrayList<>(shortest);
        for (int i = 0; i < shortest; i++) {
            rows.add(current.clone());
            for (int j = 0; j < current.length; j++) {
                current[j] = ((Pair) current[j]).cdr;
            }
        }
        return rows;
    }
}
