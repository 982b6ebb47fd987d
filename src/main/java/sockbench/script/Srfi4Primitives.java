package sockbench.script;

import java.util.Arrays;
import java.util.List;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-4 homogeneous vectors as CHICKEN's {@code (chicken srfi-4)} has them: for each of u8 s8 u16
 * s16 u32 s32 u64 s64 f32 f64 the constructor, predicate, length, ref (settable), set!, list
 * conversions, {@code subXvector}, and blob conversions with and without sharing the bytes.
 */
final class Srfi4Primitives {
    private Srfi4Primitives() {
    }

    static void install(GlobalEnv g) {
        for (Srfi4Vector.Kind kind : Srfi4Vector.Kind.values()) {
            install(g, kind);
        }
    }

    private static void install(GlobalEnv g, Srfi4Vector.Kind kind) {
        String t = kind.tag() + "vector";
        g.defineProcedure(t + "?", 1, 1, a -> a[0] instanceof Srfi4Vector v && v.kind() == kind);
        g.defineProcedure(t, 0, MANY, a -> fill(kind, List.of(a)));
        g.defineProcedure("list->" + t, 1, 1, a -> fill(kind, Lists.toJava(a[0])));
        g.defineProcedure("make-" + t, 1, 2, a -> {
            Srfi4Vector v = new Srfi4Vector(kind, Args.index(a[0]));
            Object init = Args.optional(a, 1, kind == Srfi4Vector.Kind.F32 || kind == Srfi4Vector.Kind.F64 ? (Object) 0.0 : (Object) 0L);
            if (a.length > 1) {
                checkInit(kind, init);
            }
            for (int i = 0; i < v.length(); i++) {
                v.set(i, init);
            }
            return v;
        });
        // runtime.c C_i_u8vector_length, C_i_u8vector_ref, C_i_u8vector_set and kin: plain "bad argument
        // type" for the vector and the index, out of range with the vector and the index
        g.defineProcedure(t + "-length", 1, 1, a -> (long) accessed(kind, a[0]).length());
        g.defineSettable(t + "-ref", 2, 2, a -> accessed(kind, a[0]).get(element(kind, a[0], a[1])), a -> {
            accessed(kind, a[0]).set(element(kind, a[0], a[1]), a[2]);
            return null;
        });
        g.defineProcedure(t + "-set!", 3, 3, a -> {
            accessed(kind, a[0]).set(element(kind, a[0], a[1]), a[2]);
            return null;
        });
        g.defineProcedure(t + "->list", 1, 1, a -> {
            Srfi4Vector v = vector(kind, a[0]);
            Object[] items = new Object[v.length()];
            for (int i = 0; i < items.length; i++) {
                items[i] = v.get(i);
            }
            return Lists.of(items);
        });
        g.defineProcedure("sub" + t, 3, 3, a -> {
            Srfi4Vector v = vector(kind, a[0]);
            int start = Args.index(a[1]);
            int end = Args.index(a[2]);
            if (start > end || end > v.length()) {
                throw Errors.outOfRange(end, v.length());
            }
            return Srfi4Vector.sharing(kind, Arrays.copyOfRange(v.storage(), start * kind.size, end * kind.size));
        });
        g.defineProcedure(t + "->blob/shared", 1, 1, a -> new Blob(vector(kind, a[0]).storage()));
        g.defineProcedure(t + "->blob", 1, 1, a -> new Blob(vector(kind, a[0]).storage().clone()));
        g.defineProcedure("blob->" + t + "/shared", 1, 1, a -> Srfi4Vector.sharing(kind, Args.blob(a[0]).bytes()));
        g.defineProcedure("blob->" + t, 1, 1, a -> Srfi4Vector.sharing(kind, Args.blob(a[0]).bytes().clone()));
    }

    /**
     * srfi-4.scm's check-uint-length and check-int-length for a make-*vector's fill: an exact integer
     * (unsigned for the u kinds), else out of range with the bounds it names, (x 0 2^n) or (x -2^n 2^n-1).
     */
    private static void checkInit(Srfi4Vector.Kind kind, Object init) {
        if (kind == Srfi4Vector.Kind.F32 || kind == Srfi4Vector.Kind.F64) {
            return;
        }
        boolean unsigned = kind.tag().startsWith("u");
        int bits = kind.size * 8;
        java.math.BigInteger x = init instanceof Long l ? java.math.BigInteger.valueOf(l)
                : init instanceof java.math.BigInteger b ? b : null;
        if (x == null || (unsigned && x.signum() < 0)) {
            throw Errors.wrongType(unsigned ? "unsigned integer" : "integer", init);
        }
        java.math.BigInteger two = java.math.BigInteger.TWO.pow(bits);
        if (unsigned ? x.bitLength() > bits : x.bitLength() > bits - 1) {
            throw unsigned ? Errors.bounds("out of range", init, 0L, Numbers.normalize(two))
                    : Errors.bounds("out of range", init, Numbers.normalize(two.negate()), Numbers.normalize(two.subtract(java.math.BigInteger.ONE)));
        }
    }

    private static Srfi4Vector vector(Srfi4Vector.Kind kind, Object x) {
        if (x instanceof Srfi4Vector v && v.kind() == kind) {
            return v;
        }
        throw Errors.wrongType(kind.tag() + "vector", x);
    }

    private static Srfi4Vector accessed(Srfi4Vector.Kind kind, Object x) {
        if (x instanceof Srfi4Vector v && v.kind() == kind) {
            return v;
        }
        throw Errors.badArgument(x);
    }

    private static int element(Srfi4Vector.Kind kind, Object vector, Object index) {
        return Args.element(vector, index, accessed(kind, vector).length());
    }

    private static Srfi4Vector fill(Srfi4Vector.Kind kind, List<Object> values) {
        Srfi4Vector v = new Srfi4Vector(kind, values.size());
        for (int i = 0; i < values.size(); i++) {
            v.set(i, values.get(i));
        }
        return v;
    }
}
