package sockbench.script;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * CHICKEN 5's numeric tower without complex numbers: fixnums (Long), bignums (BigInteger, only
 * beyond the range of a long), exact ratios ({@link Ratio}) and flonums (Double). Exact arithmetic
 * stays exact ({@code (/ 10 4)} is 5/2, {@code (expt 2 100)} a bignum); a flonum is contagious.
 * Where CHICKEN's answer is a complex number (the square root or log of a negative number, asin
 * beyond 1, a negative number to a fractional power) the call raises {@link Errors#complexResult}.
 */
final class Numbers {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Numbers() {
    }

    static boolean isNumber(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof BigInteger || x instanceof Ratio
                || x instanceof Integer || x instanceof Short || x instanceof Byte || x instanceof Float;
    }

    static boolean isFixnum(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte;
    }

    static boolean isExactInteger(Object x) {
        return isFixnum(x) || x instanceof BigInteger;
    }

    static boolean isExact(Object x) {
        return isExactInteger(x) || x instanceof Ratio;
    }

    static boolean isFlonum(Object x) {
        return x instanceof Double || x instanceof Float;
    }

    /** A number argument; anything else is a type error. */
    static Object check(Object x) {
        if (isNumber(x)) {
            return x;
        }
        throw Errors.wrongType("number", x);
    }

    /** A BigInteger that fits a long becomes a Long: each exact integer has one representation. */
    static Number normalize(BigInteger n) {
        return n.bitLength() < 64 ? (Number) n.longValue() : n;
    }

    static BigInteger big(Object x) {
        return x instanceof BigInteger b ? b : BigInteger.valueOf(((Number) x).longValue());
    }

    private static BigInteger numerator(Object exact) {
        return exact instanceof Ratio r ? r.numerator() : big(exact);
    }

    private static BigInteger denominator(Object exact) {
        return exact instanceof Ratio r ? r.denominator() : BigInteger.ONE;
    }

    static double toDouble(Object x) {
        return ((Number) check(x)).doubleValue();
    }

    static Object add(Object a, Object b) {
        if (isFixnum(a) && isFixnum(b)) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
            return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
        }
        check(a);
        check(b);
        if (isFlonum(a) || isFlonum(b)) {
            return toDouble(a) + toDouble(b);
        }
        if (a instanceof Ratio || b instanceof Ratio) {
            return Ratio.of(numerator(a).multiply(denominator(b)).add(numerator(b).multiply(denominator(a))),
                    denominator(a).multiply(denominator(b)));
        }
        return normalize(big(a).add(big(b)));
    }

    static Object negate(Object a) {
        return subtract(0L, a);
    }

    static Object subtract(Object a, Object b) {
        if (isFixnum(a) && isFixnum(b)) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
            return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
        }
        check(a);
        check(b);
        if (isFlonum(a) || isFlonum(b)) {
            return toDouble(a) - toDouble(b);
        }
        if (a instanceof Ratio || b instanceof Ratio) {
            return Ratio.of(numerator(a).multiply(denominator(b)).subtract(numerator(b).multiply(denominator(a))),
                    denominator(a).multiply(denominator(b)));
        }
        return normalize(big(a).subtract(big(b)));
    }

    static Object multiply(Object a, Object b) {
        if (isFixnum(a) && isFixnum(b)) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            long high = Math.multiplyHigh(x, y);
            long r = x * y;
            if ((high == 0 && r >= 0) || (high == -1 && r < 0)) {
                return r;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        check(a);
        check(b);
        if (isFlonum(a) || isFlonum(b)) {
            return toDouble(a) * toDouble(b);
        }
        if (a instanceof Ratio || b instanceof Ratio) {
            return Ratio.of(numerator(a).multiply(numerator(b)), denominator(a).multiply(denominator(b)));
        }
        return normalize(big(a).multiply(big(b)));
    }

    /** Exact division is exact (a ratio when it must be); by exact 0 it is an error, by 0.0 an infinity. */
    static Object divide(Object a, Object b) {
        check(a);
        check(b);
        if (isFlonum(a) || isFlonum(b)) {
            if (isExact(b) && sign(b) == 0) {
                throw Errors.divisionByZero();
            }
            return toDouble(a) / toDouble(b);
        }
        if (sign(b) == 0) {
            throw Errors.divisionByZero();
        }
        if (isFixnum(a) && isFixnum(b)) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            if (x % y == 0 && !(x == Long.MIN_VALUE && y == -1)) {
                return x / y;
            }
        }
        return Ratio.of(numerator(a).multiply(denominator(b)), denominator(a).multiply(numerator(b)));
    }

    static int sign(Object x) {
        if (isFixnum(x)) {
            return Long.signum(((Number) x).longValue());
        } else if (x instanceof BigInteger b) {
            return b.signum();
        } else if (x instanceof Ratio r) {
            return r.numerator().signum();
        }
        return (int) Math.signum(toDouble(x));
    }

    /** Compares two numbers; exact against flonum exactly (a NaN must be ruled out first). */
    static int compare(Object a, Object b) {
        if (isFixnum(a) && isFixnum(b)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        check(a);
        check(b);
        if (isFlonum(a) && isFlonum(b)) {
            return Double.compare(toDouble(a) + 0.0, toDouble(b) + 0.0);
        }
        if (isFlonum(a) || isFlonum(b)) {
            double d = toDouble(isFlonum(a) ? a : b);
            if (Double.isInfinite(d)) {
                return isFlonum(a) ? (d > 0 ? 1 : -1) : (d > 0 ? -1 : 1);
            }
        }
        Object x = isFlonum(a) ? exact(a) : a;
        Object y = isFlonum(b) ? exact(b) : b;
        return numerator(x).multiply(denominator(y)).compareTo(numerator(y).multiply(denominator(x)));
    }

    static boolean isNaN(Object x) {
        return isFlonum(x) && Double.isNaN(((Number) x).doubleValue());
    }

    /** The exact number a flonum stands for exactly ({@code 0.5} is 1/2); infinities and NaN have none. */
    static Object exact(Object x) {
        if (isExact(check(x))) {
            return x;
        }
        double d = toDouble(x);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw Errors.wrongType("finite number", x).locate("inexact->exact");
        }
        BigDecimal exact = new BigDecimal(d);
        if (exact.scale() <= 0) {
            return normalize(exact.toBigIntegerExact());
        }
        return Ratio.of(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()));
    }

    static double inexact(Object x) {
        return toDouble(x);
    }

    static boolean isInteger(Object x) {
        if (isExactInteger(x)) {
            return true;
        }
        if (isFlonum(x)) {
            double d = toDouble(x);
            return d == Math.rint(d) && !Double.isInfinite(d);
        }
        return false;
    }

    enum Rounding { FLOOR, CEILING, TRUNCATE, ROUND }

    /** floor, ceiling, truncate, round (to even): exact stays exact, a flonum stays a flonum. */
    static Object round(Object x, Rounding how) {
        check(x);
        if (isExactInteger(x)) {
            return x;
        }
        if (x instanceof Ratio r) {
            RoundingMode mode = switch (how) {
                case FLOOR -> RoundingMode.FLOOR;
                case CEILING -> RoundingMode.CEILING;
                case TRUNCATE -> RoundingMode.DOWN;
                case ROUND -> RoundingMode.HALF_EVEN;
            };
            return normalize(new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), 0, mode).toBigIntegerExact());
        }
        double d = toDouble(x);
        return switch (how) {
            case FLOOR -> Math.floor(d);
            case CEILING -> Math.ceil(d);
            case TRUNCATE -> d < 0 ? Math.ceil(d) : Math.floor(d);
            case ROUND -> Math.rint(d);
        };
    }

    enum Division { QUOTIENT, REMAINDER, MODULO }

    /** quotient, remainder, modulo: exact on exact integers, flonums for integral flonums. */
    static Object divideIntegers(Object a, Object b, Division which) {
        if (isExactInteger(a) && isExactInteger(b)) {
            if (sign(b) == 0) {
                throw Errors.divisionByZero();
            }
            if (isFixnum(a) && isFixnum(b)) {
                long x = ((Number) a).longValue();
                long y = ((Number) b).longValue();
                if (!(x == Long.MIN_VALUE && y == -1)) {
                    return switch (which) {
                        case QUOTIENT -> x / y;
                        case REMAINDER -> x % y;
                        case MODULO -> Math.floorMod(x, y);
                    };
                }
            }
            BigInteger x = big(a);
            BigInteger y = big(b);
            return normalize(switch (which) {
                case QUOTIENT -> x.divide(y);
                case REMAINDER -> x.remainder(y);
                case MODULO -> {
                    BigInteger m = x.mod(y.abs());
                    yield y.signum() < 0 && m.signum() != 0 ? m.add(y) : m;
                }
            });
        }
        double x = integral(a);
        double y = integral(b);
        if (y == 0) {
            throw Errors.divisionByZero();
        }
        double q = x / y;
        return switch (which) {
            case QUOTIENT -> q < 0 ? Math.ceil(q) : Math.floor(q);
            case REMAINDER -> x % y;
            case MODULO -> x - y * Math.floor(q);
        };
    }

    private static double integral(Object x) {
        if (!isInteger(x)) {
            throw Errors.wrongType("integer", x);
        }
        return toDouble(x);
    }

    static Object numerator(Object x, boolean numerator) {
        if (isFlonum(check(x))) {
            return toDouble(numerator(exact(x), numerator));
        }
        return normalize(numerator ? numerator(x) : denominator(x));
    }

    /** {@code sqrt}: exact for an exact perfect square (also of a ratio), a flonum otherwise. */
    static Object sqrt(Object x) {
        if (sign(check(x)) < 0) {
            throw Errors.complexResult(x);
        }
        if (isExact(x)) {
            BigInteger n = numerator(x);
            BigInteger d = denominator(x);
            BigInteger rn = n.sqrt();
            BigInteger rd = d.sqrt();
            if (rn.multiply(rn).equals(n) && rd.multiply(rd).equals(d)) {
                return Ratio.of(rn, rd);
            }
        }
        return Math.sqrt(toDouble(x));
    }

    /** {@code expt}: exact base to an exact integer power is exact; anything else a flonum. */
    static Object expt(Object base, Object power) {
        check(base);
        check(power);
        if (sign(base) < 0 && !isInteger(power) && (isExact(power) || Double.isFinite(toDouble(power)))) {
            throw Errors.complexResult(base, power);
        }
        if (isExact(base) && isExactInteger(power)) {
            BigInteger p = big(power);
            if (p.bitLength() > 31) {
                if (sign(base) == 0 || base.equals(1L)) {
                    return base;
                }
                throw Errors.error("exponent too large", power).locate("expt");
            }
            int e = p.intValue();
            Object raised = Ratio.of(numerator(base).pow(Math.abs(e)), denominator(base).pow(Math.abs(e)));
            return e >= 0 ? raised : divide(1L, raised);
        }
        if (isFlonum(base) && isExactInteger(power) && isInteger(base)) {
            return Math.pow(toDouble(base), toDouble(power));
        }
        if (isExact(base) && isExact(power) && sign(base) >= 0) {
            Object root = sqrt(base);
            if (power instanceof Ratio r && r.denominator().equals(BigInteger.TWO) && isExact(root)) {
                return expt(root, normalize(r.numerator()));
            }
        }
        return Math.pow(toDouble(base), toDouble(power));
    }

    /** {@code log}, one argument: a flonum; CHICKEN's error for exact 0 ({@code (log 0.0)} is -inf.0). */
    static double log(Object x) {
        if (isExact(check(x)) && sign(x) == 0) {
            throw Errors.arithmetic("log of exact 0 is undefined", x);
        }
        if (sign(x) < 0) {
            throw Errors.complexResult(x);
        }
        return Math.log(toDouble(x));
    }

    /** {@code asin} and {@code acos}: a flonum inside [-1, 1]; beyond it CHICKEN's answer is complex. */
    static double arcus(Object x, java.util.function.DoubleUnaryOperator f) {
        double d = toDouble(check(x));
        if (Math.abs(d) > 1) {
            throw Errors.complexResult(x);
        }
        return f.applyAsDouble(d);
    }

    static Object gcd(Object a, Object b) {
        if (isFlonum(a) || isFlonum(b)) {
            return toDouble(gcd(exact(integralValue(a)), exact(integralValue(b))));
        }
        return normalize(big(integerArgument(a)).gcd(big(integerArgument(b))));
    }

    private static Object integralValue(Object x) {
        integral(x);
        return x;
    }

    private static Object integerArgument(Object x) {
        if (!isExactInteger(x)) {
            throw Errors.wrongType("integer", x);
        }
        return x;
    }

    static boolean eqv(Object a, Object b) {
        if (isExact(a) != isExact(b)) {
            return false;
        }
        if (isFlonum(a)) {
            return Double.valueOf(toDouble(a)).equals(toDouble(b));
        }
        return compare(a, b) == 0;
    }

    /** An exact integer that must fit a long (a shift count, a bit operand). */
    static long fixnum(Object x) {
        if (isFixnum(x)) {
            return ((Number) x).longValue();
        }
        throw Errors.wrongType("fixnum", x);
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
