package sockbench.script;

import java.util.Arrays;

/** {@code eq?}, {@code eqv?} and {@code equal?}. */
final class Equality {
    private Equality() {
    }

    /** Identity, except that small values (fixnums, chars, booleans) are compared as CHICKEN's immediates are. */
    static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (Args.isExactInteger(a) && Args.isExactInteger(b)) {
            return ((Number) a).longValue() == ((Number) b).longValue();
        }
        return (a instanceof Character || a instanceof Boolean) && a.equals(b);
    }

    static boolean eqv(Object a, Object b) {
        return eq(a, b) || (a instanceof Number && b instanceof Number && Numbers.isNumber(a) && Numbers.isNumber(b) && Numbers.eqv(a, b));
    }

    /** Structural equality: lists, vectors, strings, blobs and SRFI-4 vectors by contents. */
    static boolean equal(Object a, Object b) {
        return equal(a, b, false);
    }

    /** chicken.base's {@code equal=?}: {@code equal?} but numbers compare by {@code =} ({@code (equal=? 1 1.0)} is #t). */
    static boolean equalNumerically(Object a, Object b) {
        return equal(a, b, true);
    }

    private static boolean equal(Object a, Object b, boolean numerically) {
        while (a instanceof Pair p && b instanceof Pair q) {
            if (!equal(p.car, q.car, numerically)) {
                return false;
            }
            a = p.cdr;
            b = q.cdr;
        }
        if (numerically && Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b) == 0;
        }
        if (eqv(a, b)) {
            return true;
        } else if (a instanceof MString s && b instanceof MString t) {
            return s.contentEquals(t);
        } else if (a instanceof Blob x && b instanceof Blob y) {
            return x.contentEquals(y);
        } else if (a instanceof Srfi4Vector x && b instanceof Srfi4Vector y) {
            return x.kind() == y.kind() && Arrays.equals(x.storage(), y.storage());
        } else if (a instanceof Object[] x && b instanceof Object[] y) {
            if (x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (!equal(x[i], y[i], numerically)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
