package sockbench.script;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reading and writing numbers of CHICKEN 5's tower: exact integers of any size, exact ratios
 * ({@code 1/3}), flonums; {@code #x #b #o #d #e #i} prefixes. Flonums are written as CHICKEN writes
 * them, with 15 significant digits ({@code 0.333333333333333}, {@code 462.0}, {@code 1e+21}).
 */
final class NumberSyntax {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final MathContext PRINT_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private NumberSyntax() {
    }

    /** The number a token spells ({@code 42}, {@code -1.5e3}, {@code 1/3}, {@code #x1F}), or null if it is none. */
    static Number parse(String token, int defaultRadix) {
        int radix = defaultRadix;
        Boolean exact = null;
        String body = token;
        while (body.length() >= 2 && body.charAt(0) == '#') {
            switch (Character.toLowerCase(body.charAt(1))) {
                case 'x' -> radix = 16;
                case 'b' -> radix = 2;
                case 'o' -> radix = 8;
                case 'd' -> radix = 10;
                case 'e' -> exact = true;
                case 'i' -> exact = false;
                default -> {
                    return null;
                }
            }
            body = body.substring(2);
        }
        Number n = parseReal(body, radix);
        if (n == null || exact == null) {
            return n;
        }
        if (!exact) {
            return n.doubleValue();
        }
        if (Numbers.isFlonum(n)) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : (Number) Numbers.exact(d);
        }
        return n;
    }

    private static Number parseReal(String s, int radix) {
        int slash = s.indexOf('/');
        if (slash > 0) {
            BigInteger n = parseBig(s.substring(0, slash), radix);
            String d = s.substring(slash + 1);
            if (n == null || d.startsWith("+") || d.startsWith("-")) {
                return null;
            }
            BigInteger den = parseBig(d, radix);
            return den == null || den.signum() == 0 ? null : Ratio.of(n, den);
        }
        return radix == 10 ? parseDecimal(s) : parseInteger(s, radix);
    }

    private static Number parseDecimal(String s) {
        switch (s) {
            case "+inf.0":
                return Double.POSITIVE_INFINITY;
            case "-inf.0":
                return Double.NEGATIVE_INFINITY;
            case "+nan.0", "-nan.0":
                return Double.NaN;
            default:
                break;
        }
        if (INTEGER.matcher(s).matches()) {
            return parseInteger(s, 10);
        }
        return DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : null;
    }

    private static Number parseInteger(String s, int radix) {
        BigInteger n = parseBig(s, radix);
        return n == null ? null : Numbers.normalize(n);
    }

    private static BigInteger parseBig(String s, int radix) {
        if (s.isEmpty() || s.equals("+") || s.equals("-")) {
            return null;
        }
        try {
            return new BigInteger(s.startsWith("+") ? s.substring(1) : s, radix);
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    private static final double TWO_TO_64 = 0x1p64;

    /** As CHICKEN writes it: {@code 42}, {@code 5/2}, {@code 1.5}, {@code 3.0}, {@code 1000000000000000.0}, {@code 1e+20}, {@code 1e-05}, {@code +inf.0}. */
    static String format(Number n, int radix) {
        if (n instanceof Ratio r) {
            return r.toString(radix);
        }
        if (n instanceof BigInteger b) {
            return b.toString(radix);
        }
        if (!(n instanceof Double || n instanceof Float)) {
            return Long.toString(n.longValue(), radix);
        }
        double d = n.doubleValue();
        if (Double.isNaN(d)) {
            return "+nan.0";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "+inf.0" : "-inf.0";
        } else if (d == 0) {
            return Double.toString(d);
        } else if (d == Math.rint(d) && Math.abs(d) < TWO_TO_64) {
            // runtime.c C_flonum_to_string: an integral flonum that fits an unsigned word is written by
            // the integer code, in the radix asked, then ".0" (1e15 is 1000000000000000.0, 255. in 16 ff.0)
            return new BigDecimal(d).toBigInteger().toString(radix) + ".0";
        }
        // otherwise C's "%.15g", decimal whatever the radix: 15 significant digits, scientific below 1e-4 and from 1e15 on
        BigDecimal rounded = new BigDecimal(d).round(PRINT_PRECISION);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            String digits = rounded.unscaledValue().abs().toString().replaceFirst("0+$", "");
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String power = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return (d < 0 ? "-" : "") + mantissa + "e" + power;
        }
        String plain = rounded.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
