package sockbench.script;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * (chicken flonum): the fp operations on flonums only ("bad argument type - not a flonum" for anything
 * else, as in safe mode), with C's functions underneath ({@code fpround} is C's round, half away from
 * zero), and the limits of IEEE doubles.
 */
final class FlonumPrimitives {
    private FlonumPrimitives() {}

    static void install(GlobalEnv g) {
        binary(g, "fp+", Double::sum);
        binary(g, "fp-", (x, y) -> x - y);
        binary(g, "fp*", (x, y) -> x * y);
        binary(g, "fp/", (x, y) -> x / y);
        binary(g, "fpmin", Math::min);
        binary(g, "fpmax", Math::max);
        binary(g, "fpatan2", Math::atan2);
        binary(g, "fpexpt", Math::pow);
        binary(g, "fpgcd", FlonumPrimitives::gcd);
        unary(g, "fpneg", x -> -x);
        unary(g, "fpabs", Math::abs);
        unary(g, "fpfloor", Math::floor);
        unary(g, "fpceiling", Math::ceil);
        unary(g, "fptruncate", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        unary(g, "fpround", FlonumPrimitives::roundHalfAway);
        unary(g, "fpsin", Math::sin);
        unary(g, "fpcos", Math::cos);
        unary(g, "fptan", Math::tan);
        unary(g, "fpasin", Math::asin);
        unary(g, "fpacos", Math::acos);
        unary(g, "fpatan", Math::atan);
        unary(g, "fplog", Math::log);
        unary(g, "fpexp", Math::exp);
        unary(g, "fpsqrt", Math::sqrt);
        compare(g, "fp=", (x, y) -> x == y);
        compare(g, "fp<", (x, y) -> x < y);
        compare(g, "fp>", (x, y) -> x > y);
        compare(g, "fp<=", (x, y) -> x <= y);
        compare(g, "fp>=", (x, y) -> x >= y);
        g.defineProcedure("fpinteger?", 1, 1, a -> {
            double x = flonum(a[0]);
            return Double.isFinite(x) && x == Math.floor(x);
        });
        g.define("maximum-flonum", Double.MAX_VALUE);
        g.define("minimum-flonum", Double.MIN_NORMAL);
        g.define("flonum-radix", 2L);
        g.define("flonum-epsilon", Math.ulp(1.0));
        g.define("flonum-precision", 53L);
        g.define("flonum-decimal-precision", 15L);
        g.define("flonum-maximum-exponent", 1024L);
        g.define("flonum-minimum-exponent", -1021L);
        g.define("flonum-maximum-decimal-exponent", 308L);
        g.define("flonum-minimum-decimal-exponent", -307L);
    }

    private interface DoubleComparison {
        boolean test(double x, double y);
    }

    private static void binary(GlobalEnv g, String name, DoubleBinaryOperator op) {
        g.defineProcedure(name, 2, 2, a -> op.applyAsDouble(flonum(a[0]), flonum(a[1])));
    }

    private static void unary(GlobalEnv g, String name, DoubleUnaryOperator op) {
        g.defineProcedure(name, 1, 1, a -> op.applyAsDouble(flonum(a[0])));
    }

    private static void compare(GlobalEnv g, String name, DoubleComparison op) {
        g.defineProcedure(name, 2, 2, a -> op.test(flonum(a[0]), flonum(a[1])));
    }

    private static double flonum(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        throw Errors.wrongType("flonum", x);
    }

    /** C's round(3): to the nearest integer, a half away from zero. */
    private static double roundHalfAway(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r = Math.floor(a);
        return Math.copySign(a - r >= 0.5 ? r + 1 : r, x);
    }

    /** Euclid's on integral flonums, as C_a_i_flonum_gcd: the remainder until it is zero. */
    private static double gcd(double x, double y) {
        for (double v : new double[] {x, y}) {
            if (!Double.isFinite(v) || v != Math.floor(v)) {
                throw Errors.located("gcd", List.of("exn", "type"), "bad argument type - not an integer", v);
            }
        }
        double a = Math.abs(x);
        double b = Math.abs(y);
        while (b != 0) {
            double r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
