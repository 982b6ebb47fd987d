package sockbench.script;

import java.util.List;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-1's linear-update procedures. append!, concatenate!, reverse!, append-reverse!, take!,
 * drop-right!, split-at! and map! reuse the cells of their arguments as the egg does; take-while!,
 * span!, break!, partition!, delete-duplicates! and append-map! answer as their pure forms, which
 * SRFI-1 allows ("linear update" procedures need not mutate).
 */
final class Srfi1LinearPrimitives {
    private Srfi1LinearPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("append!", 0, MANY, Srfi1LinearPrimitives::append);
        g.defineProcedure("concatenate!", 1, 1, a -> append(Lists.toJava(a[0]).toArray()));
        g.defineProcedure("reverse!", 1, 1, a -> appendReverse(a[0], Empty.LIST));
        g.defineProcedure("append-reverse!", 2, 2, a -> appendReverse(a[0], a[1]));
        g.defineProcedure("take!", 2, 2, a -> {
            int k = Args.index(a[1]);
            if (k == 0) {
                return Empty.LIST;
            }
            Args.pair(Srfi1Primitives.tail(a[0], k - 1, "take!")).cdr = Empty.LIST;
            return a[0];
        });
        g.defineProcedure("drop-right!", 2, 2, a -> {
            Object lead = Srfi1Primitives.tail(a[0], Args.index(a[1]), "drop-right!");
            if (!(lead instanceof Pair p)) {
                return Empty.LIST; // everything dropped: no cell to cut
            }
            Pair lag = (Pair) a[0];
            for (Object x = p.cdr; x instanceof Pair q; x = q.cdr) {
                lag = (Pair) lag.cdr;
            }
            lag.cdr = Empty.LIST;
            return a[0];
        });
        g.defineProcedure("split-at!", 2, 2, a -> {
            int k = Args.index(a[1]);
            if (k == 0) {
                return Values.of(Empty.LIST, a[0]);
            }
            Pair prev = Args.pair(Srfi1Primitives.tail(a[0], k - 1, "split-at!"));
            Object suffix = prev.cdr;
            prev.cdr = Empty.LIST;
            return Values.of(a[0], suffix);
        });
        g.defineProcedure("map!", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object[]> rows = Srfi1Primitives.rows(a, 1);
            Object cell = a[1];
            for (Object[] row : rows) {
                Pair p = (Pair) cell;
                p.car = f.apply(row);
                cell = p.cdr;
            }
            return a[1];
        });
        for (String name : List.of("take-while", "span", "break", "partition", "delete-duplicates", "append-map")) {
            g.define(name + "!", g.lookup(name));
        }
    }

    /** The lists joined by setting the cdr of each one's last pair; empty ones are skipped, the last one is shared. */
    private static Object append(Object[] lists) {
        Object result = Empty.LIST;
        Pair last = null;
        for (int i = 0; i < lists.length; i++) {
            Object list = lists[i];
            if (last == null) {
                result = list;
            } else {
                last.cdr = list;
            }
            if (list instanceof Pair p && i + 1 < lists.length) {
                if (Srfi1ShapePrimitives.pairs(p) < 0) {
                    throw Errors.wrongType("list", p); // where the egg would look for its end forever
                }
                last = lastPair(p);
            }
        }
        return result;
    }

    private static Pair lastPair(Pair p) {
        Pair last = p;
        while (last.cdr instanceof Pair next) {
            last = next;
        }
        return last;
    }

    /** The cells of the list turned around in place, onto tail. */
    private static Object appendReverse(Object list, Object tail) {
        Object rest = list;
        Object out = tail;
        while (!Srfi1ShapePrimitives.nullList(rest)) {
            Pair p = (Pair) rest;
            rest = p.cdr;
            p.cdr = out;
            out = p;
        }
        return out;
    }
}
