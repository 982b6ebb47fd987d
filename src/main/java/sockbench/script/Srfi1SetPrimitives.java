package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-1's lists as sets: lset<=, lset=, lset-adjoin, lset-union, lset-intersection, lset-difference,
 * lset-xor, lset-diff+intersection, and their linear-update forms (which answer as the pure ones).
 * Results keep the egg's order, and = is called as the egg calls it: (= element-of-the-first element-of-the-other).
 */
final class Srfi1SetPrimitives {
    private Srfi1SetPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("lset<=", 1, MANY, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
            for (int i = 1; i + 1 < a.length; i++) {
                if (a[i] != a[i + 1] && !subset(same, a[i], a[i + 1])) {
                    return false;
                }
            }
            return true;
        });
        g.defineProcedure("lset=", 1, MANY, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
            for (int i = 1; i + 1 < a.length; i++) {
                if (a[i] != a[i + 1] && !(subset(same, a[i], a[i + 1]) && subset(same, a[i + 1], a[i]))) {
                    return false;
                }
            }
            return true;
        });
        g.defineProcedure("lset-adjoin", 2, MANY, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
            Object set = a[1];
            for (int i = 2; i < a.length; i++) {
                set = adjoin(same, a[i], set);
            }
            return set;
        });
        g.defineProcedure("lset-union", 1, MANY, a -> reduceSets(a, Srfi1SetPrimitives::union));
        g.defineProcedure("lset-intersection", 2, MANY, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
            List<Object> others = others(a, false);
            if (others.stream().anyMatch(Srfi1ShapePrimitives::nullList)) {
                return Empty.LIST;
            } else if (others.isEmpty()) {
                return a[1];
            }
            return keep(a[1], x -> others.stream().allMatch(set -> member(same, x, set)));
        });
        g.defineProcedure("lset-difference", 2, MANY, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
            List<Object> others = others(a, true);
            if (others.isEmpty()) {
                return a[1];
            } else if (others.contains(a[1])) {
                return Empty.LIST;
            }
            return difference(same, a[1], others);
        });
        g.defineProcedure("lset-diff+intersection", 2, MANY, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
            Object[] split = diffIntersection(same, a[1], List.of(a).subList(2, a.length));
            return Values.of(split[0], split[1]);
        });
        g.defineProcedure("lset-xor", 1, MANY, a -> reduceSets(a, Srfi1SetPrimitives::xor));
        for (String name : List.of("union", "intersection", "difference", "xor", "diff+intersection")) {
            g.define("lset-" + name + "!", g.lookup("lset-" + name));
        }
    }

    /** The egg's (member x set =): whether (= x y) for some y of the set. */
    private static boolean member(BiPredicate<Object, Object> same, Object x, Object set) {
        for (Object y : Lists.toJava(set)) {
            if (same.test(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean subset(BiPredicate<Object, Object> same, Object small, Object big) {
        return Lists.toJava(small).stream().allMatch(x -> member(same, x, big));
    }

    private static Object adjoin(BiPredicate<Object, Object> same, Object x, Object set) {
        return member(same, x, set) ? set : new Pair(x, set);
    }

    /** The elements of list not yet in union go in front of it, each as found (so the last found first). */
    private static Object union(BiPredicate<Object, Object> same, Object union, Object list) {
        if (list == Empty.LIST || list == union) {
            return union;
        } else if (union == Empty.LIST) {
            return list;
        }
        Object out = union;
        for (Object x : Lists.toJava(list)) {
            Object sofar = out;
            boolean found = Lists.toJava(sofar).stream().anyMatch(y -> same.test(y, x));
            out = found ? out : new Pair(x, out);
        }
        return out;
    }

    /** a xor b as the egg builds it: b's elements outside a, found last first, in front of a's outside b. */
    private static Object xor(BiPredicate<Object, Object> same, Object a, Object b) {
        Object[] split = diffIntersection(same, a, List.of(b));
        if (split[0] == Empty.LIST) {
            return !(a instanceof Pair) ? b : a == b ? Empty.LIST : difference(same, b, List.of(a));
        } else if (split[1] == Empty.LIST) {
            return ListPrimitives.append(b, a);
        }
        Object out = split[0];
        for (Object x : Lists.toJava(b)) {
            if (!member(same, x, split[1])) {
                out = new Pair(x, out);
            }
        }
        return out;
    }

    /** The elements of list in none of the others, and those in some, with the egg's short cuts. */
    private static Object[] diffIntersection(BiPredicate<Object, Object> same, Object list, List<Object> others) {
        if (others.stream().allMatch(Srfi1ShapePrimitives::nullList)) {
            return new Object[] {list, Empty.LIST};
        } else if (others.stream().anyMatch(set -> set == list)) {
            return new Object[] {Empty.LIST, list};
        }
        return new Object[] {difference(same, list, others), keep(list, x -> others.stream().anyMatch(set -> member(same, x, set)))};
    }

    /** The elements of list in none of the others. */
    private static Object difference(BiPredicate<Object, Object> same, Object list, List<Object> others) {
        return keep(list, x -> others.stream().noneMatch(set -> member(same, x, set)));
    }

    /** The lists after the first, without (intersection) the first itself or (difference) the empty ones. */
    private static List<Object> others(Object[] a, boolean dropEmpty) {
        List<Object> others = new ArrayList<>();
        for (int i = 2; i < a.length; i++) {
            if (dropEmpty ? a[i] instanceof Pair : a[i] != a[1]) {
                others.add(a[i]);
            }
        }
        return others;
    }

    private static Object keep(Object list, java.util.function.Predicate<Object> test) {
        List<Object> kept = new ArrayList<>();
        for (Object x : Lists.toJava(list)) {
            if (test.test(x)) {
                kept.add(x);
            }
        }
        return Lists.fromJava(kept);
    }

    /** A set operation taking two lists at a time. */
    private interface SetOperation {
        Object apply(BiPredicate<Object, Object> same, Object left, Object right);
    }

    /** (lset-op = list ...): the lists combined left to right, the empty list when none is given. */
    private static Object reduceSets(Object[] a, SetOperation op) {
        BiPredicate<Object, Object> same = Srfi1Primitives.test(a[0]);
        Object acc = a.length > 1 ? a[1] : Empty.LIST;
        for (int i = 2; i < a.length; i++) {
            acc = op.apply(same, acc, a[i]);
        }
        return acc;
    }
}
