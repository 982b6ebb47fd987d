package sockbench.script;

import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;

import static sockbench.script.Primitive.MANY;

/**
 * Arithmetic as in CHICKEN 5: the numeric tower of {@link Numbers} (bignums, exact ratios,
 * flonums), with CHICKEN's exactness for sqrt, expt and the transcendental functions.
 */
final class NumberPrimitives {
    private NumberPrimitives() {
    }

    static void install(GlobalEnv g) {
        // Two fixnums, a loop's counter and step, take the short way; the rest go through the tower.
        g.defineProcedure("+", 0, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? sum(x, y) : fold(a, 0L, Numbers::add));
        g.defineProcedure("*", 0, MANY, a -> fold(a, 1L, Numbers::multiply));
        g.defineProcedure("-", 1, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? difference(x, y) : a.length == 1 ? Numbers.negate(a[0]) : foldFrom(a, Numbers::subtract));
        g.defineProcedure("/", 1, MANY, a -> a.length == 1 ? Numbers.divide(1L, a[0]) : foldFrom(a, Numbers::divide));
        g.defineProcedure("quotient", 2, 2, a -> Numbers.divideIntegers(a[0], a[1], Numbers.Division.QUOTIENT));
        g.defineProcedure("remainder", 2, 2, a -> Numbers.divideIntegers(a[0], a[1], Numbers.Division.REMAINDER));
        g.defineProcedure("modulo", 2, 2, a -> Numbers.divideIntegers(a[0], a[1], Numbers.Division.MODULO));
        g.defineProcedure("truncate-quotient", 2, 2, a -> Numbers.divideIntegers(a[0], a[1], Numbers.Division.QUOTIENT));
        g.defineProcedure("truncate-remainder", 2, 2, a -> Numbers.divideIntegers(a[0], a[1], Numbers.Division.REMAINDER));
        g.defineProcedure("floor-remainder", 2, 2, a -> Numbers.divideIntegers(a[0], a[1], Numbers.Division.MODULO));
        g.defineProcedure("floor-quotient", 2, 2, a -> Numbers.round(Numbers.divide(integerArgument(a[0]), integerArgument(a[1])), Numbers.Rounding.FLOOR));
        g.defineProcedure("=", 1, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? x.longValue() == y.longValue() : chain(a, c -> c == 0));
        g.defineProcedure("<", 1, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? x < y : chain(a, c -> c < 0));
        g.defineProcedure(">", 1, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? x > y : chain(a, c -> c > 0));
        g.defineProcedure("<=", 1, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? x <= y : chain(a, c -> c <= 0));
        g.defineProcedure(">=", 1, MANY, a -> a.length == 2 && a[0] instanceof Long x && a[1] instanceof Long y
                ? x >= y : chain(a, c -> c >= 0));
        g.defineProcedure("max", 1, MANY, a -> extreme(a, 1));
        g.defineProcedure("min", 1, MANY, a -> extreme(a, -1));
        g.defineProcedure("abs", 1, 1, a -> absolute(a[0]));
        // library.scm's real-part, imag-part, angle, magnitude for the reals (the console has no cplxnums)
        g.defineProcedure("real-part", 1, 1, a -> Numbers.check(a[0]));
        g.defineProcedure("imag-part", 1, 1, a -> Numbers.check(a[0]) instanceof Double ? (Object) 0.0 : (Object) 0L);
        g.defineProcedure("magnitude", 1, 1, a -> absolute(a[0]));
        g.defineProcedure("angle", 1, 1, a -> Math.atan2(0.0, Numbers.toDouble(Numbers.check(a[0]))));
        g.defineProcedure("add1", 1, 1, a -> Numbers.add(a[0], 1L));
        g.defineProcedure("sub1", 1, 1, a -> Numbers.subtract(a[0], 1L));
        g.defineProcedure("square", 1, 1, a -> Numbers.multiply(a[0], a[0]));
        g.defineProcedure("zero?", 1, 1, a -> Numbers.sign(Numbers.check(a[0])) == 0 && !Numbers.isNaN(a[0]));
        g.defineProcedure("positive?", 1, 1, a -> Numbers.sign(Numbers.check(a[0])) > 0);
        g.defineProcedure("negative?", 1, 1, a -> Numbers.sign(Numbers.check(a[0])) < 0);
        g.defineProcedure("even?", 1, 1, a -> Numbers.sign(Numbers.divideIntegers(a[0], 2L, Numbers.Division.REMAINDER)) == 0);
        g.defineProcedure("odd?", 1, 1, a -> Numbers.sign(Numbers.divideIntegers(a[0], 2L, Numbers.Division.REMAINDER)) != 0);
        g.defineProcedure("number?", 1, 1, a -> Numbers.isNumber(a[0]));
        g.defineProcedure("complex?", 1, 1, a -> Numbers.isNumber(a[0]));
        g.defineProcedure("real?", 1, 1, a -> Numbers.isNumber(a[0]));
        g.defineProcedure("rational?", 1, 1, a -> Numbers.isExact(a[0])
                || (Numbers.isFlonum(a[0]) && Double.isFinite(Numbers.toDouble(a[0]))));
        g.defineProcedure("integer?", 1, 1, a -> Numbers.isInteger(a[0]));
        g.defineProcedure("exact-integer?", 1, 1, a -> Numbers.isExactInteger(a[0]));
        g.defineProcedure("exact-rational?", 1, 1, a -> Numbers.isExact(a[0]));
        g.defineProcedure("bignum?", 1, 1, a -> a[0] instanceof java.math.BigInteger);
        g.defineProcedure("ratnum?", 1, 1, a -> a[0] instanceof Ratio);
        g.defineProcedure("cplxnum?", 1, 1, a -> false);
        g.defineProcedure("exact?", 1, 1, a -> Numbers.isExact(Numbers.check(a[0])));
        g.defineProcedure("inexact?", 1, 1, a -> !Numbers.isExact(Numbers.check(a[0])));
        g.defineProcedure("nan?", 1, 1, a -> Numbers.isNaN(Numbers.check(a[0])));
        g.defineProcedure("finite?", 1, 1, a -> Numbers.isExact(Numbers.check(a[0])) || Double.isFinite(Numbers.toDouble(a[0])));
        g.defineProcedure("infinite?", 1, 1, a -> !Numbers.isExact(Numbers.check(a[0])) && Double.isInfinite(Numbers.toDouble(a[0])));
        g.defineProcedure("exact->inexact", 1, 1, a -> Numbers.inexact(a[0]));
        g.defineProcedure("inexact", 1, 1, a -> Numbers.inexact(a[0]));
        g.defineProcedure("inexact->exact", 1, 1, a -> Numbers.exact(a[0]));
        g.defineProcedure("exact", 1, 1, a -> Numbers.exact(a[0]));
        g.defineProcedure("numerator", 1, 1, a -> Numbers.numerator(a[0], true));
        g.defineProcedure("denominator", 1, 1, a -> Numbers.numerator(a[0], false));
        g.defineProcedure("floor", 1, 1, a -> Numbers.round(a[0], Numbers.Rounding.FLOOR));
        g.defineProcedure("ceiling", 1, 1, a -> Numbers.round(a[0], Numbers.Rounding.CEILING));
        g.defineProcedure("round", 1, 1, a -> Numbers.round(a[0], Numbers.Rounding.ROUND));
        g.defineProcedure("truncate", 1, 1, a -> Numbers.round(a[0], Numbers.Rounding.TRUNCATE));
        g.defineProcedure("sqrt", 1, 1, a -> Numbers.sqrt(a[0]));
        g.defineProcedure("exact-integer-sqrt", 1, 1, a -> {
            java.math.BigInteger n = Numbers.big(nonNegativeInteger(a[0]));
            java.math.BigInteger root = n.sqrt();
            return Values.of(Numbers.normalize(root), Numbers.normalize(n.subtract(root.multiply(root))));
        });
        g.defineProcedure("expt", 2, 2, a -> Numbers.expt(a[0], a[1]));
        g.defineProcedure("exp", 1, 1, a -> Math.exp(Numbers.toDouble(a[0])));
        g.defineProcedure("log", 1, 2, a -> a.length == 2 ? Numbers.log(a[0]) / Numbers.log(a[1]) : Numbers.log(a[0]));
        g.defineProcedure("sin", 1, 1, a -> Math.sin(Numbers.toDouble(a[0])));
        g.defineProcedure("cos", 1, 1, a -> Math.cos(Numbers.toDouble(a[0])));
        g.defineProcedure("tan", 1, 1, a -> Math.tan(Numbers.toDouble(a[0])));
        g.defineProcedure("asin", 1, 1, a -> Numbers.arcus(a[0], Math::asin));
        g.defineProcedure("acos", 1, 1, a -> Numbers.arcus(a[0], Math::acos));
        g.defineProcedure("atan", 1, 2, a -> a.length == 2
                ? Math.atan2(Numbers.toDouble(a[0]), Numbers.toDouble(a[1]))
                : Math.atan(Numbers.toDouble(a[0])));
        g.defineProcedure("gcd", 0, MANY, a -> {
            Object r = 0L;
            for (Object x : a) {
                r = Numbers.gcd(r, x);
            }
            return r;
        });
        g.defineProcedure("lcm", 0, MANY, a -> {
            Object r = 1L;
            for (Object x : a) {
                if (Numbers.sign(Numbers.check(x)) == 0) {
                    return Numbers.isExact(x) ? (Object) 0L : (Object) 0.0;
                }
                Object product = Numbers.multiply(r, x);
                r = Numbers.divideIntegers(Numbers.sign(product) < 0 ? Numbers.negate(product) : product, Numbers.gcd(r, x),
                        Numbers.Division.QUOTIENT);
            }
            return r;
        });
        g.defineProcedure("number->string", 1, 2, a -> MString.of(NumberSyntax.format((Number) Numbers.check(a[0]), radix(a))));
        g.defineProcedure("string->number", 1, 2, a -> {
            Number n = NumberSyntax.parse(Args.string(a[0]).toString(), radix(a));
            return n == null ? (Object) false : n;
        });
        g.defineProcedure("bitwise-and", 0, MANY, a -> bits(a, -1L, (x, y) -> x & y));
        g.defineProcedure("bitwise-ior", 0, MANY, a -> bits(a, 0L, (x, y) -> x | y));
        g.defineProcedure("bitwise-xor", 0, MANY, a -> bits(a, 0L, (x, y) -> x ^ y));
        g.defineProcedure("bitwise-not", 1, 1, a -> ~Args.integer(a[0]));
        g.defineProcedure("arithmetic-shift", 2, 2, a -> shift(a[0], Args.integer(a[1])));
        // (chicken bitwise): bits of the two's complement, bit 0 the least significant
        g.defineProcedure("integer-length", 1, 1, a -> (long) Numbers.big(integerArgument(a[0])).bitLength());
        g.defineProcedure("bit->boolean", 2, 2, a -> Numbers.big(integerArgument(a[0])).testBit(Args.index(a[1])));
    }

    private interface Comparison {
        boolean holds(int comparison);
    }

    static boolean isExact(Object x) {
        return Numbers.isExact(x);
    }

    private static Object integerArgument(Object x) {
        if (!Numbers.isInteger(x)) {
            throw Errors.wrongType("integer", x);
        }
        return x;
    }

    private static Object nonNegativeInteger(Object x) {
        if (!Numbers.isExactInteger(x) || Numbers.sign(x) < 0) {
            throw Errors.wrongType("non-negative exact integer", x);
        }
        return x;
    }

    /** x + y, as a fixnum unless it overflows (then the tower makes the bignum). */
    private static Object sum(long x, long y) {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? Numbers.add(x, y) : (Object) r;
    }

    private static Object difference(long x, long y) {
        long r = x - y;
        return ((x ^ y) & (x ^ r)) < 0 ? Numbers.subtract(x, y) : (Object) r;
    }

    private static Object fold(Object[] a, Object start, BinaryOperator<Object> op) {
        Object acc = start;
        for (Object x : a) {
            acc = op.apply(acc, Numbers.check(x));
        }
        return acc;
    }

    private static Object foldFrom(Object[] a, BinaryOperator<Object> op) {
        Object acc = Numbers.check(a[0]);
        for (int i = 1; i < a.length; i++) {
            acc = op.apply(acc, Numbers.check(a[i]));
        }
        return acc;
    }

    private static boolean chain(Object[] a, Comparison ok) {
        boolean holds = true;
        for (int i = 0; i < a.length; i++) {
            Numbers.check(a[i]);
            if (holds && i + 1 < a.length) {
                holds = compare(a[i], Numbers.check(a[i + 1]), ok);
            }
        }
        return holds;
    }

    private static boolean compare(Object a, Object b, Comparison ok) {
        if (Numbers.isNaN(a) || Numbers.isNaN(b)) {
            return false;
        }
        return ok.holds(Numbers.compare(a, b));
    }

    /** max and min: inexact when any argument is. */
    private static Object extreme(Object[] a, int sign) {
        Object best = Numbers.check(a[0]);
        boolean inexact = !isExact(best);
        for (int i = 1; i < a.length; i++) {
            inexact |= !isExact(Numbers.check(a[i]));
            if (compare(a[i], best, c -> c * sign > 0)) {
                best = a[i];
            }
        }
        return inexact ? (Object) Numbers.toDouble(best) : best;
    }

    private static Object bits(Object[] a, long start, LongBinaryOperator op) {
        long acc = start;
        for (Object x : a) {
            acc = op.applyAsLong(acc, Args.integer(x));
        }
        return acc;
    }

    /** arithmetic-shift on any exact integer: left shifts grow into bignums. */
    private static Object shift(Object n, long by) {
        if (!Numbers.isExactInteger(n)) {
            throw Errors.wrongType("exact integer", n);
        }
        if (by > Integer.MAX_VALUE / 2 || by < -(Integer.MAX_VALUE / 2)) {
            throw Errors.error("shift too large", by).locate("arithmetic-shift");
        }
        return Numbers.normalize(by >= 0 ? Numbers.big(n).shiftLeft((int) by) : Numbers.big(n).shiftRight((int) -by));
    }

    private static int radix(Object[] a) {
        int radix = Args.intValue(Args.optional(a, 1, 10L));
        if (radix < 2 || radix > 36) {
            throw Errors.wrongType("radix between 2 and 36", a[1]);
        }
        return radix;
    }

    private static Object absolute(Object x) {
        return Numbers.sign(Numbers.check(x)) < 0 ? Numbers.negate(x) : x;
    }
}
