package sockbench.script;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;

import static sockbench.script.Primitive.MANY;

/**
 * Arithmetic as in CHICKEN 4: exact integers (long) that overflow into flonums, flonums (double)
 * that are contagious, and {@code /} that is exact only when the division is.
 */
final class NumberPrimitives {
    private NumberPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("+", 0, MANY, a -> fold(a, 0L, NumberPrimitives::add));
        g.defineProcedure("*", 0, MANY, a -> fold(a, 1L, NumberPrimitives::multiply));
        g.defineProcedure("-", 1, MANY, a -> a.length == 1 ? subtract(0L, a[0]) : foldFrom(a, NumberPrimitives::subtract));
        g.defineProcedure("/", 1, MANY, a -> a.length == 1 ? divide(1L, a[0]) : foldFrom(a, NumberPrimitives::divide));
        g.defineProcedure("quotient", 2, 2, a -> integerDivision(a[0], a[1], (x, y) -> x / y, 'q'));
        g.defineProcedure("remainder", 2, 2, a -> integerDivision(a[0], a[1], (x, y) -> x % y, 'r'));
        g.defineProcedure("modulo", 2, 2, a -> integerDivision(a[0], a[1], Math::floorMod, 'm'));
        g.defineProcedure("=", 1, MANY, a -> chain(a, c -> c == 0));
        g.defineProcedure("<", 1, MANY, a -> chain(a, c -> c < 0));
        g.defineProcedure(">", 1, MANY, a -> chain(a, c -> c > 0));
        g.defineProcedure("<=", 1, MANY, a -> chain(a, c -> c <= 0));
        g.defineProcedure(">=", 1, MANY, a -> chain(a, c -> c >= 0));
        g.defineProcedure("max", 1, MANY, a -> extreme(a, 1));
        g.defineProcedure("min", 1, MANY, a -> extreme(a, -1));
        g.defineProcedure("abs", 1, 1, a -> isExact(a[0]) ? Math.abs(Args.integer(a[0])) : (Object) Math.abs(Args.real(a[0])));
        g.defineProcedure("add1", 1, 1, a -> add(a[0], 1L));
        g.defineProcedure("sub1", 1, 1, a -> subtract(a[0], 1L));
        g.defineProcedure("square", 1, 1, a -> multiply(a[0], a[0]));
        g.defineProcedure("zero?", 1, 1, a -> Args.real(a[0]) == 0);
        g.defineProcedure("positive?", 1, 1, a -> Args.real(a[0]) > 0);
        g.defineProcedure("negative?", 1, 1, a -> Args.real(a[0]) < 0);
        g.defineProcedure("even?", 1, 1, a -> integral(a[0]) % 2 == 0);
        g.defineProcedure("odd?", 1, 1, a -> integral(a[0]) % 2 != 0);
        g.defineProcedure("number?", 1, 1, a -> a[0] instanceof Number);
        g.defineProcedure("integer?", 1, 1, a -> isExact(a[0]) || (a[0] instanceof Double d && d == Math.rint(d) && !d.isInfinite()));
        g.defineProcedure("real?", 1, 1, a -> a[0] instanceof Number);
        g.defineProcedure("exact?", 1, 1, a -> isExact(Args.number(a[0])));
        g.defineProcedure("inexact?", 1, 1, a -> !isExact(Args.number(a[0])));
        g.defineProcedure("nan?", 1, 1, a -> Double.isNaN(Args.real(a[0])));
        g.defineProcedure("exact->inexact", 1, 1, a -> Args.real(a[0]));
        g.defineProcedure("inexact", 1, 1, a -> Args.real(a[0]));
        g.defineProcedure("inexact->exact", 1, 1, a -> toExact(a[0]));
        g.defineProcedure("exact", 1, 1, a -> toExact(a[0]));
        g.defineProcedure("floor", 1, 1, a -> rounded(a[0], Math::floor));
        g.defineProcedure("ceiling", 1, 1, a -> rounded(a[0], Math::ceil));
        g.defineProcedure("round", 1, 1, a -> rounded(a[0], Math::rint));
        g.defineProcedure("truncate", 1, 1, a -> rounded(a[0], d -> d < 0 ? Math.ceil(d) : Math.floor(d)));
        g.defineProcedure("sqrt", 1, 1, a -> exactIfWhole(a[0], Math.sqrt(Args.real(a[0]))));
        g.defineProcedure("expt", 2, 2, a -> expt(a[0], a[1]));
        g.defineProcedure("exp", 1, 1, a -> Math.exp(Args.real(a[0])));
        g.defineProcedure("log", 1, 1, a -> Math.log(Args.real(a[0])));
        g.defineProcedure("gcd", 0, MANY, a -> {
            long r = 0;
            for (Object x : a) {
                r = gcd(r, Args.integer(x));
            }
            return r;
        });
        g.defineProcedure("number->string", 1, 2, a -> MString.of(NumberSyntax.format(Args.number(a[0]), radix(a))));
        g.defineProcedure("string->number", 1, 2, a -> {
            Number n = NumberSyntax.parse(Args.string(a[0]).toString(), radix(a));
            return n == null ? (Object) false : n;
        });
        g.defineProcedure("random", 1, 1, a -> ThreadLocalRandom.current().nextLong(Args.integer(a[0])));
        g.defineProcedure("bitwise-and", 0, MANY, a -> bits(a, -1L, (x, y) -> x & y));
        g.defineProcedure("bitwise-ior", 0, MANY, a -> bits(a, 0L, (x, y) -> x | y));
        g.defineProcedure("bitwise-xor", 0, MANY, a -> bits(a, 0L, (x, y) -> x ^ y));
        g.defineProcedure("bitwise-not", 1, 1, a -> ~Args.integer(a[0]));
        g.defineProcedure("arithmetic-shift", 2, 2, a -> shift(Args.integer(a[0]), Args.integer(a[1])));
    }

    private interface Comparison {
        boolean holds(int comparison);
    }

    static boolean isExact(Object x) {
        return Args.isExactInteger(x);
    }

    static Object add(Object a, Object b) {
        if (isExact(a) && isExact(b)) {
            long x = Args.integer(a);
            long y = Args.integer(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return Args.real(a) + Args.real(b);
    }

    static Object subtract(Object a, Object b) {
        if (isExact(a) && isExact(b)) {
            long x = Args.integer(a);
            long y = Args.integer(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return Args.real(a) - Args.real(b);
    }

    static Object multiply(Object a, Object b) {
        if (isExact(a) && isExact(b)) {
            long x = Args.integer(a);
            long y = Args.integer(b);
            long high = Math.multiplyHigh(x, y);
            long r = x * y;
            if ((high == 0 && r >= 0) || (high == -1 && r < 0)) {
                return r;
            }
        }
        return Args.real(a) * Args.real(b);
    }

    static Object divide(Object a, Object b) {
        if (isExact(a) && isExact(b)) {
            long x = Args.integer(a);
            long y = Args.integer(b);
            if (y == 0) {
                throw Errors.divisionByZero();
            }
            if (x % y == 0 && !(x == Long.MIN_VALUE && y == -1)) {
                return x / y;
            }
        }
        return Args.real(a) / Args.real(b);
    }

    private static Object fold(Object[] a, Object start, BinaryOperator<Object> op) {
        Object acc = start;
        for (Object x : a) {
            acc = op.apply(acc, Args.number(x));
        }
        return acc;
    }

    private static Object foldFrom(Object[] a, BinaryOperator<Object> op) {
        Object acc = Args.number(a[0]);
        for (int i = 1; i < a.length; i++) {
            acc = op.apply(acc, Args.number(a[i]));
        }
        return acc;
    }

    /** quotient, remainder and modulo: exact for exact integers, flonums for integral flonums. */
    private static Object integerDivision(Object a, Object b, LongBinaryOperator exact, char which) {
        if (isExact(a) && isExact(b)) {
            long y = Args.integer(b);
            if (y == 0) {
                throw Errors.divisionByZero();
            }
            return exact.applyAsLong(Args.integer(a), y);
        }
        double x = integral(a);
        double y = integral(b);
        if (y == 0) {
            throw Errors.divisionByZero();
        }
        double q = x / y;
        return switch (which) {
            case 'q' -> q < 0 ? Math.ceil(q) : Math.floor(q);
            case 'r' -> x % y;
            default -> x - y * Math.floor(q);
        };
    }

    private static double integral(Object x) {
        double d = Args.real(x);
        if (d != Math.rint(d)) {
            throw Errors.wrongType("integer", x);
        }
        return d;
    }

    private static boolean chain(Object[] a, Comparison ok) {
        for (int i = 0; i + 1 < a.length; i++) {
            if (!compare(a[i], a[i + 1], ok)) {
                return false;
            }
        }
        Args.number(a[a.length - 1]);
        return true;
    }

    private static boolean compare(Object a, Object b, Comparison ok) {
        if (isExact(a) && isExact(b)) {
            return ok.holds(Long.compare(Args.integer(a), Args.integer(b)));
        }
        double x = Args.real(a);
        double y = Args.real(b);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return false;
        }
        return ok.holds(x < y ? -1 : x > y ? 1 : 0);
    }

    private static Object extreme(Object[] a, int sign) {
        Object best = Args.number(a[0]);
        boolean inexact = !isExact(best);
        for (int i = 1; i < a.length; i++) {
            inexact |= !isExact(Args.number(a[i]));
            if (compare(a[i], best, c -> c * sign > 0)) {
                best = a[i];
            }
        }
        return inexact ? (Object) Args.real(best) : best;
    }

    private static Object toExact(Object x) {
        return isExact(x) ? Args.integer(x) : NumberSyntax.toExact(Args.real(x));
    }

    private static Object rounded(Object x, DoubleUnaryOperator how) {
        return isExact(x) ? Args.integer(x) : (Object) how.applyAsDouble(Args.real(x));
    }

    private static Object exactIfWhole(Object input, double result) {
        return isExact(input) && result == Math.rint(result) ? (Object) (long) result : result;
    }

    private static Object expt(Object base, Object power) {
        if (isExact(base) && isExact(power) && Args.integer(power) >= 0) {
            long b = Args.integer(base);
            long result = 1;
            try {
                for (long p = Args.integer(power); p > 0; p >>= 1) {
                    if ((p & 1) == 1) {
                        result = Math.multiplyExact(result, b);
                    }
                    if (p > 1) {
                        b = Math.multiplyExact(b, b);
                    }
                }
                return result;
            } catch (ArithmeticException overflow) {
                // too large for a fixnum: a flonum, as in CHICKEN 4
            }
        }
        return Math.pow(Args.real(base), Args.real(power));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    private static Object bits(Object[] a, long start, LongBinaryOperator op) {
        long acc = start;
        for (Object x : a) {
            acc = op.applyAsLong(acc, Args.integer(x));
        }
        return acc;
    }

    private static Object shift(long n, long by) {
        if (by <= 0) {
            return by <= -64 ? (n < 0 ? -1L : 0L) : n >> -by;
        }
        if (by < 63 && (n << by) >> by == n) {
            return n << by;
        }
        return Math.scalb((double) n, (int) Math.min(by, 2000));
    }

    private static int radix(Object[] a) {
        int radix = Args.intValue(Args.optional(a, 1, 10L));
        if (radix < 2 || radix > 36) {
            throw Errors.wrongType("radix between 2 and 36", a[1]);
        }
        return radix;
    }
}
