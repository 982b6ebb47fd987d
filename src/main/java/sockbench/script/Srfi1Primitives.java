package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-1 list procedures as scripts use them (the ones taking several lists stop at the shortest),
 * and CHICKEN's list and alist helpers from {@code (chicken base)}: alist-ref, alist-update(!),
 * butlast, flatten, intersperse, join, compress.
 */
final class Srfi1Primitives {
    private Srfi1Primitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("take", 2, 2, a -> Lists.fromJava(prefix(a[0], Args.index(a[1]), "take")));
        g.defineProcedure("drop", 2, 2, a -> tail(a[0], Args.index(a[1]), "drop"));
        g.defineProcedure("take-right", 2, 2, a -> {
            List<Object> items = Lists.toJava(a[0]);
            return tail(a[0], items.size() - within(Args.index(a[1]), items.size()), "take-right");
        });
        g.defineProcedure("drop-right", 2, 2, a -> {
            List<Object> items = Lists.toJava(a[0]);
            return Lists.fromJava(items.subList(0, items.size() - within(Args.index(a[1]), items.size())));
        });
        g.defineProcedure("split-at", 2, 2, a -> Values.of(Lists.fromJava(prefix(a[0], Args.index(a[1]), "split-at")),
                tail(a[0], Args.index(a[1]), "split-at")));
        g.defineProcedure("take-while", 2, 2, a -> Lists.fromJava(Lists.toJava(a[1]).subList(0, span(a[0], a[1]))));
        g.defineProcedure("drop-while", 2, 2, a -> tail(a[1], span(a[0], a[1]), "drop-while"));
        g.defineProcedure("span", 2, 2, a -> {
            int n = span(a[0], a[1]);
            return Values.of(Lists.fromJava(Lists.toJava(a[1]).subList(0, n)), tail(a[1], n, "span"));
        });
        g.defineProcedure("break", 2, 2, a -> {
            Procedure p = Args.procedure(a[0]);
            Primitive not = new Primitive("break", 1, 1, x -> !Interop.isTrue(p.apply(x[0])));
            int n = span(not, a[1]);
            return Values.of(Lists.fromJava(Lists.toJava(a[1]).subList(0, n)), tail(a[1], n, "break"));
        });
        g.defineProcedure("fold", 3, MANY, a -> {
            Procedure kons = Args.procedure(a[0]);
            Object acc = a[1];
            for (Object[] row : rows(a, 2)) {
                acc = kons.apply(append(row, acc));
            }
            return acc;
        });
        g.defineProcedure("fold-right", 3, MANY, a -> {
            Procedure kons = Args.procedure(a[0]);
            List<Object[]> rows = rows(a, 2);
            Object acc = a[1];
            for (int i = rows.size() - 1; i >= 0; i--) {
                acc = kons.apply(append(rows.get(i), acc));
            }
            return acc;
        });
        g.defineProcedure("reduce", 3, 3, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object> items = Lists.toJava(a[2]);
            if (items.isEmpty()) {
                return a[1];
            }
            Object acc = items.get(0);
            for (int i = 1; i < items.size(); i++) {
                acc = f.apply(items.get(i), acc);
            }
            return acc;
        });
        g.defineProcedure("reduce-right", 3, 3, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object> items = Lists.toJava(a[2]);
            if (items.isEmpty()) {
                return a[1];
            }
            Object acc = items.get(items.size() - 1);
            for (int i = items.size() - 2; i >= 0; i--) {
                acc = f.apply(items.get(i), acc);
            }
            return acc;
        });
        g.defineProcedure("filter", 2, 2, a -> select(a[0], a[1], true));
        g.defineProcedure("remove", 2, 2, a -> select(a[0], a[1], false));
        g.define("filter!", g.lookup("filter"));
        g.define("remove!", g.lookup("remove"));
        g.defineProcedure("partition", 2, 2, a -> Values.of(select(a[0], a[1], true), select(a[0], a[1], false)));
        g.defineProcedure("delete", 2, 3, a -> {
            BiPredicate<Object, Object> same = equivalence(a, 2);
            List<Object> kept = new ArrayList<>();
            for (Object x : Lists.toJava(a[1])) {
                if (!same.test(a[0], x)) {
                    kept.add(x);
                }
            }
            return Lists.fromJava(kept);
        });
        g.define("delete!", g.lookup("delete"));
        g.defineProcedure("delete-duplicates", 1, 2, a -> {
            BiPredicate<Object, Object> same = equivalence(a, 1);
            List<Object> kept = new ArrayList<>();
            for (Object x : Lists.toJava(a[0])) {
                if (kept.stream().noneMatch(k -> same.test(k, x))) {
                    kept.add(x);
                }
            }
            return Lists.fromJava(kept);
        });
        g.defineProcedure("count", 2, MANY, a -> {
            Procedure p = Args.procedure(a[0]);
            long n = 0;
            for (Object[] row : rows(a, 1)) {
                if (Interop.isTrue(p.apply(row))) {
                    n++;
                }
            }
            return n;
        });
        g.defineProcedure("find", 2, 2, a -> {
            Object tail = findTail(a[0], a[1]);
            return tail instanceof Pair p ? p.car : Boolean.FALSE;
        });
        g.defineProcedure("find-tail", 2, 2, a -> findTail(a[0], a[1]));
        g.defineProcedure("any", 2, MANY, a -> {
            Procedure p = Args.procedure(a[0]);
            for (Object[] row : rows(a, 1)) {
                Object r = p.apply(row);
                if (Interop.isTrue(r)) {
                    return r;
                }
            }
            return false;
        });
        g.defineProcedure("every", 2, MANY, a -> {
            Procedure p = Args.procedure(a[0]);
            Object r = true;
            for (Object[] row : rows(a, 1)) {
                r = p.apply(row);
                if (!Interop.isTrue(r)) {
                    return false;
                }
            }
            return r;
        });
        g.defineProcedure("list-index", 2, MANY, a -> {
            Procedure p = Args.procedure(a[0]);
            List<Object[]> rows = rows(a, 1);
            for (int i = 0; i < rows.size(); i++) {
                if (Interop.isTrue(p.apply(rows.get(i)))) {
                    return (long) i;
                }
            }
            return false;
        });
        g.defineProcedure("filter-map", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object> out = new ArrayList<>();
            for (Object[] row : rows(a, 1)) {
                Object r = f.apply(row);
                if (Interop.isTrue(r)) {
                    out.add(r);
                }
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("append-map", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object> out = new ArrayList<>();
            for (Object[] row : rows(a, 1)) {
                out.addAll(Lists.toJava(f.apply(row)));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("concatenate", 1, 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object list : Lists.toJava(a[0])) {
                out.addAll(Lists.toJava(list));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("append-reverse", 2, 2, a -> {
            Object out = a[1];
            for (Object x : Lists.toJava(a[0])) {
                out = new Pair(x, out);
            }
            return out;
        });
        g.defineProcedure("cons*", 1, MANY, a -> {
            Object out = a[a.length - 1];
            for (int i = a.length - 2; i >= 0; i--) {
                out = new Pair(a[i], out);
            }
            return out;
        });
        g.define("list*", g.lookup("cons*"));
        g.defineProcedure("xcons", 2, 2, a -> new Pair(a[1], a[0]));
        g.defineProcedure("make-list", 1, 2, a -> {
            Object[] items = new Object[Args.index(a[0])];
            java.util.Arrays.fill(items, Args.optional(a, 1, Special.UNSPECIFIED));
            return Lists.of(items);
        });
        g.defineProcedure("list-tabulate", 2, 2, a -> {
            Procedure f = Args.procedure(a[1]);
            Object[] items = new Object[Args.index(a[0])];
            for (int i = items.length - 1; i >= 0; i--) { // last first, as srfi-1.scm conses the list up
                items[i] = f.apply((long) i);
            }
            return Lists.of(items);
        });
        String[] ordinals = {"fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        for (int i = 0; i < ordinals.length; i++) {
            int n = i + 4;
            g.defineProcedure(ordinals[i], 1, 1, a -> {
                Object x = tail(a[0], n, "list-ref");
                return Args.pair(x).car;
            });
        }
        installChicken(g);
    }

    /** CHICKEN's own list and alist helpers. */
    private static void installChicken(GlobalEnv g) {
        g.defineProcedure("alist-ref", 2, 4, a -> {
            BiPredicate<Object, Object> same = equivalenceEqv(a, 2);
            for (Object entry : Lists.toJava(a[1])) {
                Pair p = Args.pair(entry);
                if (same.test(a[0], p.car)) {
                    return p.cdr;
                }
            }
            return Args.optional(a, 3, false);
        });
        // Without the key, alist-update! adds it in front and alist-update at the end, as CHICKEN does.
        g.defineProcedure("alist-update!", 3, 4, a -> {
            BiPredicate<Object, Object> same = equivalenceEqv(a, 3);
            for (Object entry : Lists.toJava(a[2])) {
                Pair p = Args.pair(entry);
                if (same.test(a[0], p.car)) {
                    p.cdr = a[1];
                    return a[2];
                }
            }
            return new Pair(new Pair(a[0], a[1]), a[2]);
        });
        g.defineProcedure("alist-update", 3, 4, a -> {
            BiPredicate<Object, Object> same = equivalenceEqv(a, 3);
            List<Object> out = new ArrayList<>();
            List<Object> entries = Lists.toJava(a[2]);
            for (int i = 0; i < entries.size(); i++) {
                Pair p = Args.pair(entries.get(i));
                if (same.test(a[0], p.car)) {
                    out.add(new Pair(a[0], a[1]));
                    return ListPrimitives.append(Lists.fromJava(out), tail(a[2], i + 1, "alist-update"));
                }
                out.add(new Pair(p.car, p.cdr));
            }
            out.add(new Pair(a[0], a[1]));
            return Lists.fromJava(out);
        });
        g.defineProcedure("butlast", 1, 1, a -> {
            List<Object> items = Lists.toJava(Args.pair(a[0]));
            return Lists.fromJava(items.subList(0, items.size() - 1));
        });
        g.defineProcedure("flatten", 0, MANY, a -> {
            List<Object> out = new ArrayList<>();
            flatten(Lists.of(a), out);
            return Lists.fromJava(out);
        });
        g.defineProcedure("intersperse", 2, 2, a -> {
            List<Object> out = new ArrayList<>();
            for (Object x : Lists.toJava(a[0])) {
                if (!out.isEmpty()) {
                    out.add(a[1]);
                }
                out.add(x);
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("join", 1, 2, a -> {
            List<Object> lists = Lists.toJava(a[0]);
            List<Object> between = Lists.toJava(Args.optional(a, 1, Empty.LIST));
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                if (i > 0) {
                    out.addAll(between);
                }
                out.addAll(Lists.toJava(lists.get(i)));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("compress", 2, 2, a -> {
            List<Object> flags = Lists.toJava(a[0]);
            List<Object> items = Lists.toJava(a[1]);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Math.min(flags.size(), items.size()); i++) {
                if (Interop.isTrue(flags.get(i))) {
                    out.add(items.get(i));
                }
            }
            return Lists.fromJava(out);
        });
    }

    private static void flatten(Object list, List<Object> out) {
        for (Object x : Lists.toJava(list)) {
            if (Lists.length(x) >= 0 && x != Empty.LIST) {
                flatten(x, out);
            } else if (x != Empty.LIST) {
                out.add(x);
            }
        }
    }

    /** Row i holds the i-th element of each list from a[from] on, up to the shortest list. */
    static List<Object[]> rows(Object[] a, int from) {
        List<List<Object>> lists = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (int i = from; i < a.length; i++) {
            List<Object> items = Lists.toJava(a[i]);
            lists.add(items);
            shortest = Math.min(shortest, items.size());
        }
        List<Object[]> rows = new ArrayList<>(shortest);
        for (int i = 0; i < shortest; i++) {
            Object[] row = new Object[lists.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = lists.get(j).get(i);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The row with one more element at its end. */
    static Object[] append(Object[] row, Object last) {
        Object[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = last;
        return out;
    }

    static List<Object> prefix(Object list, int n, String who) {
        List<Object> out = new ArrayList<>(n);
        Object x = list;
        for (int i = 0; i < n; i++) {
            if (!(x instanceof Pair p)) {
                throw Errors.outOfRange(n, i);
            }
            out.add(p.car);
            x = p.cdr;
        }
        return out;
    }

    static Object tail(Object list, int n, String who) {
        Object x = list;
        for (int i = 0; i < n; i++) {
            if (!(x instanceof Pair p)) {
                throw Errors.outOfRange(n, i);
            }
            x = p.cdr;
        }
        return x;
    }

    private static int within(int n, int size) {
        if (n > size) {
            throw Errors.outOfRange(n, size);
        }
        return n;
    }

    /** How many leading elements satisfy the predicate. */
    static int span(Object predicate, Object list) {
        Procedure p = Args.procedure(predicate);
        int n = 0;
        for (Object x : Lists.toJava(list)) {
            if (!Interop.isTrue(p.apply(x))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static Object findTail(Object predicate, Object list) {
        Procedure p = Args.procedure(predicate);
        for (Object x = list; x instanceof Pair cell; x = cell.cdr) {
            if (Interop.isTrue(p.apply(cell.car))) {
                return cell;
            }
        }
        return false;
    }

    static Object select(Object predicate, Object list, boolean keep) {
        Procedure p = Args.procedure(predicate);
        List<Object> kept = new ArrayList<>();
        for (Object x : Lists.toJava(list)) {
            if (Interop.isTrue(p.apply(x)) == keep) {
                kept.add(x);
            }
        }
        return Lists.fromJava(kept);
    }

    static BiPredicate<Object, Object> test(Object procedure) {
        Procedure p = Args.procedure(procedure);
        return (x, y) -> Interop.isTrue(p.apply(x, y));
    }

    /** SRFI-1's optional = argument, equal? by default. */
    static BiPredicate<Object, Object> equivalence(Object[] a, int i) {
        return i < a.length ? test(a[i]) : Equality::equal;
    }

    /** CHICKEN's alist procedures compare with eqv? by default. */
    private static BiPredicate<Object, Object> equivalenceEqv(Object[] a, int i) {
        return i < a.length && a[i] != Special.DEFAULT ? test(a[i]) : Equality::eqv;
    }
}
