package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static sockbench.script.Primitive.MANY;

/** R7RS's vector procedures beyond the basics: map, for-each, fill!, copy, copy!, append, and CHICKEN's subvector. */
final class VectorPrimitives {
    private VectorPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("vector-map", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            int n = shortest(a);
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = f.apply(column(a, i));
            }
            return out;
        });
        g.defineProcedure("vector-for-each", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            int n = shortest(a);
            for (int i = 0; i < n; i++) {
                f.apply(column(a, i));
            }
            return null;
        });
        g.defineProcedure("vector-fill!", 2, 4, a -> {
            Object[] v = Args.vector(a[0]);
            int[] r = range(v, a, 2);
            Arrays.fill(v, r[0], r[1], a[1]);
            return null;
        });
        g.defineProcedure("vector-copy", 1, 3, a -> {
            Object[] v = Args.vector(a[0]);
            int[] r = range(v, a, 1);
            return Arrays.copyOfRange(v, r[0], r[1]);
        });
        g.defineProcedure("subvector", 2, 3, a -> {
            Object[] v = Args.vector(a[0]);
            int[] r = range(v, a, 1);
            return Arrays.copyOfRange(v, r[0], r[1]);
        });
        // chicken.base's (vector-copy! from to [count]) (library.scm), not R7RS's (to at from [start end])
        g.defineProcedure("vector-copy!", 2, 3, a -> {
            Object[] from = Args.vector(a[0]);
            Object[] to = Args.vector(a[1]);
            long n = a.length > 2 ? Args.fixnum(a[2]) : Math.min(from.length, to.length);
            if (n > from.length || n > to.length) {
                throw Errors.bounds("cannot copy vector - count exceeds length", a[0], a[1], a[2]);
            }
            System.arraycopy(from, 0, to, 0, (int) Math.max(0, n));
            return null;
        });
        g.defineProcedure("vector-append", 0, MANY, a -> {
            List<Object> out = new ArrayList<>();
            for (Object v : a) {
                out.addAll(Arrays.asList(Args.vector(v)));
            }
            return out.toArray();
        });
        g.defineProcedure("vector-resize", 2, 3, a -> {
            Object[] v = Args.vector(a[0]);
            Object[] out = Arrays.copyOf(v, Args.index(a[1]));
            Arrays.fill(out, Math.min(v.length, out.length), out.length, Args.optional(a, 2, Special.UNSPECIFIED));
            return out;
        });
    }

    /** Optional {@code [start [end]]} at a[i], checked against the vector. */
    private static int[] range(Object[] v, Object[] a, int i) {
        int end = Args.index(Args.optional(a, i + 1, (long) v.length));
        int start = Args.index(Args.optional(a, i, 0L));
        if (start > end || end > v.length) {
            throw Errors.outOfRange(end, v.length);
        }
        return new int[] {start, end};
    }

    private static int shortest(Object[] a) {
        int n = Integer.MAX_VALUE;
        for (int i = 1; i < a.length; i++) {
            n = Math.min(n, Args.vector(a[i]).length);
        }
        return n;
    }

    private static Object[] column(Object[] a, int i) {
        Object[] out = new Object[a.length - 1];
        for (int j = 1; j < a.length; j++) {
            out[j - 1] = ((Object[]) a[j])[i];
        }
        return out;
    }
}
