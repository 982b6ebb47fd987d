package sockbench.script;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-1's procedures about a list's shape: proper-list?, circular-list?, dotted-list?, not-pair?,
 * null-list?, list=, length+, and the constructors circular-list and car+cdr.
 */
final class Srfi1ShapePrimitives {
    private Srfi1ShapePrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("proper-list?", 1, 1, a -> Lists.length(a[0]) >= 0);
        g.defineProcedure("circular-list?", 1, 1, a -> pairs(a[0]) < 0);
        g.defineProcedure("dotted-list?", 1, 1, a -> pairs(a[0]) >= 0 && Lists.length(a[0]) < 0);
        g.defineProcedure("not-pair?", 1, 1, a -> !(a[0] instanceof Pair));
        g.defineProcedure("null-list?", 1, 1, a -> nullList(a[0]));
        g.defineProcedure("length+", 1, 1, a -> {
            int n = pairs(a[0]);
            return n < 0 ? (Object) false : (Object) (long) n;
        });
        g.defineProcedure("circular-list", 1, MANY, a -> {
            Pair first = new Pair(a[0], Empty.LIST);
            Pair last = first;
            for (int i = 1; i < a.length; i++) {
                Pair next = new Pair(a[i], Empty.LIST);
                last.cdr = next;
                last = next;
            }
            last.cdr = first;
            return first;
        });
        g.defineProcedure("car+cdr", 1, 1, a -> {
            Pair p = Args.pair(a[0]);
            return Values.of(p.car, p.cdr);
        });
        g.defineProcedure("list=", 1, MANY, a -> {
            Procedure same = Args.procedure(a[0]);
            for (int i = 1; i + 1 < a.length; i++) {
                if (a[i] != a[i + 1] && !equalLists(same, a[i], a[i + 1])) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The egg's careful null-list?: true for (), false for a pair, an error for anything else. */
    static boolean nullList(Object x) {
        if (x == Empty.LIST) {
            return true;
        } else if (x instanceof Pair) {
            return false;
        }
        throw Errors.wrongType("list", x);
    }

    /** How many pairs lead to the list's end (a dotted list's count too); -1 for a circular list. */
    static int pairs(Object list) {
        int n = 0;
        Object slow = list;
        for (Object fast = list; fast instanceof Pair p; ) {
            fast = p.cdr;
            n++;
            if (!(fast instanceof Pair q)) {
                break;
            }
            fast = q.cdr;
            n++;
            slow = ((Pair) slow).cdr;
            if (fast == slow) {
                return -1;
            }
        }
        return n;
    }

    private static boolean equalLists(Procedure same, Object x, Object y) {
        while (!nullList(x)) {
            if (nullList(y)) {
                return false;
            }
            Pair p = (Pair) x;
            Pair q = (Pair) y;
            if (!Interop.isTrue(same.apply(p.car, q.car))) {
                return false;
            }
            x = p.cdr;
            y = q.cdr;
        }
        return nullList(y);
    }
}
