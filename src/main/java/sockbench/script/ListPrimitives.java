package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

import static sockbench.script.Primitive.MANY;

/** Pairs, lists and vectors. */
final class ListPrimitives {
    private ListPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("cons", 2, 2, a -> new Pair(a[0], a[1]));
        g.defineSettable("car", 1, 1, a -> Args.pair(a[0]).car, a -> {
            Args.pair(a[0]).car = a[1];
            return null;
        });
        g.defineSettable("cdr", 1, 1, a -> Args.pair(a[0]).cdr, a -> {
            Args.pair(a[0]).cdr = a[1];
            return null;
        });
        g.defineProcedure("set-car!", 2, 2, a -> {
            Args.pair(a[0]).car = a[1];
            return null;
        });
        g.defineProcedure("set-cdr!", 2, 2, a -> {
            Args.pair(a[0]).cdr = a[1];
            return null;
        });
        for (String path : List.of("aa", "ad", "da", "dd", "add", "ddd", "addd")) {
            g.defineProcedure("c" + path + "r", 1, 1, a -> walk(a[0], path));
        }
        g.defineProcedure("first", 1, 1, a -> nth(a[0], 0));
        g.defineProcedure("second", 1, 1, a -> nth(a[0], 1));
        g.defineProcedure("third", 1, 1, a -> nth(a[0], 2));
        g.defineProcedure("fourth", 1, 1, a -> nth(a[0], 3));
        g.defineProcedure("last", 1, 1, a -> lastPair(a[0]).car);
        g.defineProcedure("last-pair", 1, 1, a -> lastPair(a[0]));
        g.defineProcedure("list", 0, MANY, Lists::of);
        g.defineProcedure("length", 1, 1, a -> (long) Lists.toJava(a[0]).size());
        g.defineProcedure("append", 0, MANY, ListPrimitives::appendAll);
        g.defineProcedure("reverse", 1, 1, a -> {
            Object reversed = Empty.LIST;
            for (Object x : Lists.toJava(a[0])) {
                reversed = new Pair(x, reversed);
            }
            return reversed;
        });
        g.defineProcedure("list-ref", 2, 2, a -> nth(a[0], Args.index(a[1])));
        g.defineProcedure("list-tail", 2, 2, a -> tail(a[0], Args.index(a[1])));
        g.defineProcedure("list-copy", 1, 1, a -> Lists.fromJava(Lists.toJava(a[0])));
        g.defineProcedure("memq", 2, 2, a -> member(a[0], a[1], Equality::eq));
        g.defineProcedure("memv", 2, 2, a -> member(a[0], a[1], Equality::eqv));
        g.defineProcedure("member", 2, 3, a -> member(a[0], a[1], test(a, 2, Equality::equal)));
        g.defineProcedure("assq", 2, 2, a -> assoc(a[0], a[1], Equality::eq));
        g.defineProcedure("assv", 2, 2, a -> assoc(a[0], a[1], Equality::eqv));
        g.defineProcedure("assoc", 2, 3, a -> assoc(a[0], a[1], test(a, 2, Equality::equal)));
        g.defineProcedure("map", 2, MANY, a -> Lists.fromJava(mapToJava(a)));
        g.defineProcedure("for-each", 2, MANY, a -> {
            mapToJava(a);
            return null;
        });
        g.defineProcedure("iota", 1, 3, a -> {
            int count = Args.index(a[0]);
            Object start = Args.optional(a, 1, 0L);
            Object step = Args.optional(a, 2, 1L);
            Object[] items = new Object[count];
            for (int i = 0; i < count; i++) {
                items[i] = Numbers.add(start, Numbers.multiply(step, (long) i));
            }
            return Lists.of(items);
        });
        installVectors(g);
    }

    private static void installVectors(GlobalEnv g) {
        g.defineProcedure("vector", 0, MANY, a -> a.clone());
        g.defineProcedure("make-vector", 1, 2, a -> {
            Object[] v = new Object[Args.index(a[0])];
            Arrays.fill(v, Args.optional(a, 1, Special.UNSPECIFIED));
            return v;
        });
        g.defineSettable("vector-ref", 2, 2, a -> Args.vector(a[0])[checkedIndex(a[0], a[1])], a -> {
            Args.vector(a[0])[checkedIndex(a[0], a[1])] = a[2];
            return null;
        });
        g.defineProcedure("vector-set!", 3, 3, a -> {
            Args.vector(a[0])[checkedIndex(a[0], a[1])] = a[2];
            return null;
        });
        g.defineProcedure("vector-length", 1, 1, a -> (long) Args.vector(a[0]).length);
        g.defineProcedure("vector->list", 1, 1, a -> Lists.of(Args.vector(a[0])));
        g.defineProcedure("list->vector", 1, 1, a -> Lists.toJava(a[0]).toArray());
    }

    private static int checkedIndex(Object vector, Object index) {
        int i = Args.index(index);
        int size = Args.vector(vector).length;
        if (i >= size) {
            throw Errors.outOfRange(i, size);
        }
        return i;
    }

    /** {@code (append x y)} for two lists: x is copied, y is shared. */
    static Object append(Object x, Object y) {
        List<Object> front = Lists.toJava(x);
        Object list = y;
        for (int i = front.size() - 1; i >= 0; i--) {
            list = new Pair(front.get(i), list);
        }
        return list;
    }

    private static Object appendAll(Object[] lists) {
        if (lists.length == 0) {
            return Empty.LIST;
        }
        Object result = lists[lists.length - 1];
        for (int i = lists.length - 2; i >= 0; i--) {
            result = append(lists[i], result);
        }
        return result;
    }

    private static Object walk(Object x, String path) {
        Object value = x;
        for (int i = path.length() - 1; i >= 0; i--) {
            Pair p = Args.pair(value);
            value = path.charAt(i) == 'a' ? p.car : p.cdr;
        }
        return value;
    }

    private static Object tail(Object list, int n) {
        Object x = list;
        for (int i = 0; i < n; i++) {
            if (!(x instanceof Pair p)) {
                throw Errors.outOfRange(n, i);
            }
            x = p.cdr;
        }
        return x;
    }

    private static Object nth(Object list, int n) {
        Object x = tail(list, n);
        if (x instanceof Pair p) {
            return p.car;
        }
        throw Errors.outOfRange(n, n);
    }

    private static Pair lastPair(Object list) {
        Pair p = Args.pair(list);
        while (p.cdr instanceof Pair next) {
            p = next;
        }
        return p;
    }

    private static BiPredicate<Object, Object> test(Object[] a, int i, BiPredicate<Object, Object> otherwise) {
        if (i >= a.length) {
            return otherwise;
        }
        Procedure p = Args.procedure(a[i]);
        return (x, y) -> Interop.isTrue(p.apply(x, y));
    }

    private static Object member(Object item, Object list, BiPredicate<Object, Object> same) {
        for (Object x = list; x instanceof Pair p; x = p.cdr) {
            if (same.test(item, p.car)) {
                return p;
            }
        }
        return false;
    }

    private static Object assoc(Object key, Object alist, BiPredicate<Object, Object> same) {
        for (Object x = alist; x instanceof Pair p; x = p.cdr) {
            if (p.car instanceof Pair entry && same.test(key, entry.car)) {
                return entry;
            }
        }
        return false;
    }

    /** Applies a[0] to successive elements of the lists a[1..]; stops at the shortest. */
    private static List<Object> mapToJava(Object[] a) {
        Procedure f = Args.procedure(a[0]);
        List<List<Object>> lists = new ArrayList<>();
        int shortest = Integer.MAX_VALUE;
        for (int i = 1; i < a.length; i++) {
            List<Object> items = Lists.toJava(a[i]);
            lists.add(items);
            shortest = Math.min(shortest, items.size());
        }
        List<Object> results = new ArrayList<>(shortest);
        for (int i = 0; i < shortest; i++) {
            Object[] args = new Object[lists.size()];
            for (int j = 0; j < args.length; j++) {
                args[j] = lists.get(j).get(i);
            }
            results.add(f.apply(args));
        }
        return results;
    }
}
