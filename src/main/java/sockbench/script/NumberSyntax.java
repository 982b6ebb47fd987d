package sockbench.script;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reading and writing numbers. As in CHICKEN 4 without the numbers egg, integers are exact
 * (Java long) and everything else is a flonum (double); an integer too large for a long is read
 * as a flonum.
 */
final class NumberSyntax {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private NumberSyntax() {
    }

    /** The number a token spells ({@code 42}, {@code -1.5e3}, {@code #x1F}), or null if it is none. */
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
        Number n = radix == 10 ? parseDecimal(body) : parseInteger(body, radix);
        if (n == null || exact == null) {
            return n;
        }
        if (!exact) {
            return n.doubleValue();
        }
        if (n instanceof Double d) {
            boolean whole = d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 0x1p63;
            return whole ? (Number) d.longValue() : null;
        }
        return n;
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
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s, radix);
        } catch (NumberFormatException tooLargeOrBad) {
            try {
                return new BigInteger(s, radix).doubleValue();
            } catch (NumberFormatException bad) {
                return null;
            }
        }
    }

    /** An integral double as a long; anything else is not exactly representable here. */
    static Long toExact(double d) {
        if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) >= 0x1p63) {
            throw Errors.wrongType("number with an exact representation", d);
        }
        return (long) d;
    }

    /**
     * As CHICKEN writes it ({@code 42}, {@code 1.5}, {@code 3.0}, {@code 1e+15}, {@code 1e-05},
     * {@code +inf.0}), but with the shortest digits that read back as the same double.
     */
    static String format(Number n, int radix) {
        if (!(n instanceof Double || n instanceof Float)) {
            return Long.toString(n.longValue(), radix);
        }
        double d = n.doubleValue();
        if (Double.isNaN(d)) {
            return "+nan.0";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "+inf.0" : "-inf.0";
        }
        double magnitude = Math.abs(d);
        if (d == 0) {
            return Double.toString(d);
        }
        if (magnitude >= 1e-4 && magnitude < 1e15) {
            String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String[] parts = Double.toString(d).split("E");
        String mantissa = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
        int power = Integer.parseInt(parts[1]);
        String exponent = (power < 0 ? "-" : "+") + (Math.abs(power) < 10 ? "0" : "") + Math.abs(power);
        return mantissa + "e" + exponent;
    }
}
