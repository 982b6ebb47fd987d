package sockbench.script;

import java.util.function.IntPredicate;

/**
 * A SRFI-14 character set over Latin-1, the chars 0..255 this console's byte strings hold (the
 * reference implementation CHICKEN's srfi-14 egg is built on is Latin-1 too): 256 bits. The
 * linear-update procedures ({@code char-set-adjoin!} ...) change a set in place, as CHICKEN's do.
 * A char-set is no procedure, as in CHICKEN; SRFI-13's "char / char-set / predicate" arguments
 * become one test through {@link #criterion}.
 */
final class CharSet {
    static final int SIZE = 256;

    private final long[] bits = new long[SIZE / 64];

    CharSet() {
    }

    /** The chars 0..255 that pass {@code test}. */
    static CharSet of(IntPredicate test) {
        CharSet s = new CharSet();
        for (int c = 0; c < SIZE; c++) {
            if (test.test(c)) {
                s.add(c);
            }
        }
        return s;
    }

    static CharSet of(String chars) {
        CharSet s = new CharSet();
        chars.chars().forEach(s::add);
        return s;
    }

    boolean contains(int c) {
        return c >= 0 && c < SIZE && (bits[c >> 6] & (1L << c)) != 0;
    }

    /** Adds a char; one beyond Latin-1 cannot be a member and is refused. */
    CharSet add(int c) {
        if (c < 0 || c >= SIZE) {
            throw Errors.outOfRange((long) c, (long) SIZE);
        }
        bits[c >> 6] |= 1L << c;
        return this;
    }

    CharSet remove(int c) {
        if (c >= 0 && c < SIZE) {
            bits[c >> 6] &= ~(1L << c);
        }
        return this;
    }

    CharSet copy() {
        CharSet s = new CharSet();
        System.arraycopy(bits, 0, s.bits, 0, bits.length);
        return s;
    }

    int size() {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    /** The members from 255 down to 0 (the order of the reference implementation's folds and cursors). */
    int next(int below) {
        for (int c = below - 1; c >= 0; c--) {
            if (contains(c)) {
                return c;
            }
        }
        return -1;
    }

    /** In place: the set algebra's one step, {@code op} over each 64-bit word. */
    CharSet combine(CharSet other, java.util.function.LongBinaryOperator op) {
        for (int i = 0; i < bits.length; i++) {
            bits[i] = op.applyAsLong(bits[i], other.bits[i]);
        }
        return this;
    }

    CharSet complement() {
        CharSet s = new CharSet();
        for (int i = 0; i < bits.length; i++) {
            s.bits[i] = ~bits[i];
        }
        return s;
    }

    boolean sameMembers(CharSet other) {
        return java.util.Arrays.equals(bits, other.bits);
    }

    boolean isSubsetOf(CharSet other) {
        for (int i = 0; i < bits.length; i++) {
            if ((bits[i] & ~other.bits[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    int hash() {
        return java.util.Arrays.hashCode(bits);
    }

    /** SRFI-13's "char/char-set/pred" argument as one test. */
    static IntPredicate criterion(Object x) {
        if (x instanceof Character c) {
            return ch -> ch == c;
        } else if (x instanceof CharSet s) {
            return s::contains;
        } else if (x instanceof Procedure p) {
            return ch -> Interop.isTrue(p.apply((char) ch));
        }
        throw Errors.wrongType("char, char-set or predicate", x);
    }

    @Override
    public String toString() {
        return "#<char-set>";
    }
}
