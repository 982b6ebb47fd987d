package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import static sockbench.script.Primitive.MANY;

/** Pairs, lists and vectors. */
final class ListPrimitives {
    private ListPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("cons", 2, 2, a -> new Pair(a[0], a[1]));
        // runtime.c C_i_car, C_i_cdr, C_i_set_car, C_i_set_cdr: barf(C_BAD_ARGUMENT_TYPE_ERROR, "car", x)
        g.defineSettable("car", 1, 1, a -> pair(a[0]).car, a -> {
            pair(a[0]).car = a[1];
            return null;
        });
        g.defineSettable("cdr", 1, 1, a -> pair(a[0]).cdr, a -> {
            pair(a[0]).cdr = a[1];
            return null;
        });
        g.defineProcedure("set-car!", 2, 2, a -> {
            pair(a[0]).car = a[1];
            return null;
        });
        g.defineProcedure("set-cdr!", 2, 2, a -> {
            pair(a[0]).cdr = a[1];
            return null;
        });
        for (String path : List.of("aa", "ad", "da", "dd", "add", "ddd", "addd")) {
            // runtime.c C_i_caar...C_i_cadddr barf with their own name; library.scm's cdddr is (cdr (cdr (cdr x)))
            String location = path.equals("ddd") ? "cdr" : "c" + path + "r";
            g.defineProcedure("c" + path + "r", 1, 1, a -> walk(a[0], path, location));
        }
        g.defineProcedure("cddddr", 1, 1, a -> walk(a[0], "dddd", "cddddr")); // C_i_cddddr
        // library.scm writes the other three- and four-step compositions over car, cdr and the C_i_
        // ones: (define (caadr x) (car (##core#inline "C_i_cadr" x))), so a bad list is reported by the step that met it
        COMPOSED.forEach((name, steps) -> {
            String[] paths = steps.stream().map(step -> step.substring(1, step.length() - 1)).toArray(String[]::new);
            String[] locations = steps.toArray(String[]::new);
            g.defineProcedure(name, 1, 1, a -> {
                Object value = a[0];
                for (int i = 0; i < paths.length; i++) {
                    value = walk(value, paths[i], locations[i]);
                }
                return value;
            });
        });
        // srfi-1: first is car, second cadr, third caddr, fourth cadddr
        g.defineProcedure("first", 1, 1, a -> walk(a[0], "a", "car"));
        g.defineProcedure("second", 1, 1, a -> walk(a[0], "ad", "cadr"));
        g.defineProcedure("third", 1, 1, a -> walk(a[0], "add", "caddr"));
        g.defineProcedure("fourth", 1, 1, a -> walk(a[0], "addd", "cadddr"));
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
        // chicken.h: C_i_list_ref(lst, i) is C_i_car(C_i_list_tail(lst, i))
        g.defineProcedure("list-ref", 2, 2, a -> walk(tail(a[0], a[1]), "a", "car"));
        g.defineProcedure("list-tail", 2, 2, a -> tail(a[0], a[1]));
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
        // runtime.c C_i_vector_ref, C_i_vector_set, C_i_vector_length
        g.defineSettable("vector-ref", 2, 2, a -> vector(a[0])[element(a[0], a[1])], a -> {
            vector(a[0])[element(a[0], a[1])] = a[2];
            return null;
        });
        g.defineProcedure("vector-set!", 3, 3, a -> {
            vector(a[0])[element(a[0], a[1])] = a[2];
            return null;
        });
        g.defineProcedure("vector-length", 1, 1, a -> (long) vector(a[0]).length);
        g.defineProcedure("vector->list", 1, 1, a -> Lists.of(Args.vector(a[0])));
        g.defineProcedure("list->vector", 1, 1, a -> Lists.toJava(a[0]).toArray());
    }

    private static Pair pair(Object x) {
        return Args.plain(Pair.class, x);
    }

    private static Object[] vector(Object x) {
        return Args.plain(Object[].class, x);
    }

    private static int element(Object vector, Object index) {
        return Args.element(vector, index, vector(vector).length);
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

    /** c[ad]+r along {@code path} (read right to left); what is no pair on the way is the error's argument. */
    /** Each composition's steps, innermost first, as library.scm writes them. */
    private static final Map<String, List<String>> COMPOSED = Map.ofEntries(
            Map.entry("caaar", List.of("car", "car", "car")),
            Map.entry("caadr", List.of("cadr", "car")),
            Map.entry("cadar", List.of("car", "cadr")),
            Map.entry("cdaar", List.of("car", "car", "cdr")),
            Map.entry("cdadr", List.of("cadr", "cdr")),
            Map.entry("cddar", List.of("car", "cdr", "cdr")),
            Map.entry("caaaar", List.of("car", "car", "car", "car")),
            Map.entry("caaadr", List.of("cadr", "car", "car")),
            Map.entry("caadar", List.of("car", "cadr", "car")),
            Map.entry("caaddr", List.of("caddr", "car")),
            Map.entry("cadaar", List.of("car", "car", "cadr")),
            Map.entry("cadadr", List.of("cadr", "cadr")),
            Map.entry("caddar", List.of("car", "caddr")),
            Map.entry("cdaaar", List.of("car", "car", "car", "cdr")),
            Map.entry("cdaadr", List.of("cadr", "car", "cdr")),
            Map.entry("cdadar", List.of("car", "cadr", "cdr")),
            Map.entry("cdaddr", List.of("caddr", "cdr")),
            Map.entry("cddaar", List.of("car", "car", "cdr", "cdr")),
            Map.entry("cddadr", List.of("cadr", "cdr", "cdr")),
            Map.entry("cdddar", List.of("car", "cdr", "cdr", "cdr")));

    private static Object walk(Object x, String path, String location) {
        Object value = x;
        for (int i = path.length() - 1; i >= 0; i--) {
            if (!(value instanceof Pair p)) {
                throw Errors.badArgument(value).locate(location);
            }
            value = path.charAt(i) == 'a' ? p.car : p.cdr;
        }
        return value;
    }

    /**
     * runtime.c C_i_list_tail: the list must be a pair or (), the index a fixnum (plain "bad argument
     * type" otherwise); running out of pairs is out of range with the list and the index.
     */
    private static Object tail(Object list, Object index) {
        if (list != Empty.LIST && !(list instanceof Pair)) {
            throw Errors.badArgument(list).locate("list-tail");
        }
        if (!Args.isExactInteger(index)) {
            throw Errors.badArgument(index).locate("list-tail");
        }
        long n = ((Number) index).longValue();
        if (n < 0) {
            throw Errors.outOfRange(list, index).locate("list-tail"); // C's while(n--) runs off the end
        }
        Object x = list;
        for (long i = 0; i < n; i++) {
            if (!(x instanceof Pair p)) {
                throw Errors.outOfRange(list, index).locate("list-tail");
            }
            x = p.cdr;
        }
        return x;
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

    /** runtime.c C_i_memq and kin: a list that ends in something other than () is a bad argument. */
    private static Object member(Object item, Object list, BiPredicate<Object, Object> same) {
        Object x = list;
        for (; x instanceof Pair p; x = p.cdr) {
            if (same.test(item, p.car)) {
                return p;
            }
        }
        return endOf(x);
    }

    /** runtime.c C_i_assq and kin: so is an element that is no pair. */
    private static Object assoc(Object key, Object alist, BiPredicate<Object, Object> same) {
        Object x = alist;
        for (; x instanceof Pair p; x = p.cdr) {
            if (same.test(key, pair(p.car).car)) {
                return p.car;
            }
        }
        return endOf(x);
    }

    private static Object endOf(Object tail) {
        if (tail != Empty.LIST) {
            throw Errors.badArgument(tail);
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
