package sockbench.script;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational that is not an integer ({@code 1/3}, {@code -5/2}), always in lowest terms with
 * a denominator above 1: make them with {@link #of}, which gives an integer when the ratio is one.
 */
public final class Ratio extends Number implements Comparable<Ratio> {
    private static final long serialVersionUID = 1L;
    /** 2^53: integers up to this are exact doubles, so one division rounds the quotient correctly. */
    private static final BigInteger EXACT_IN_DOUBLE = BigInteger.ONE.shiftLeft(53);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** n/d in lowest terms: a Ratio, or a Long/BigInteger when d divides n. d must not be 0. */
    static Number of(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        return d.equals(BigInteger.ONE) ? Numbers.normalize(n) : new Ratio(n, d);
    }

    BigInteger numerator() {
        return numerator;
    }

    BigInteger denominator() {
        return denominator;
    }

    @Override
    public double doubleValue() {
        if (numerator.abs().compareTo(EXACT_IN_DOUBLE) <= 0 && denominator.compareTo(EXACT_IN_DOUBLE) <= 0) {
            return numerator.doubleValue() / denominator.doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(40)).doubleValue();
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public long longValue() {
        return numerator.divide(denominator).longValue();
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    /** As CHICKEN writes it: {@code 5/2}. */
    String toString(int radix) {
        return numerator.toString(radix) + "/" + denominator.toString(radix);
    }

    @Override
    public String toString() {
        return toString(10);
    }
}
