package sockbench.script;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * CHICKEN 5's (chicken random), as extras.scm defines it: pseudo-random-integer and
 * pseudo-random-real from one generator that set-pseudo-random-seed! seeds (CHICKEN's is WELL512,
 * this one Java's: a seed gives the same numbers on every run here, not CHICKEN's numbers), and
 * random-bytes from the system's entropy. CHICKEN 5 has no {@code random} (CHICKEN 4's extras had it).
 */
final class RandomPrimitives {
    /** C_RANDOM_STATE_SIZE: what (random-bytes) gives, enough to seed the generator. */
    private static final int STATE_SIZE = 64;
    private static final Random PSEUDO = new Random();
    private static final SecureRandom ENTROPY = new SecureRandom();

    private RandomPrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("pseudo-random-integer", 1, 1, a -> pseudoRandomInteger(a[0]));
        g.defineProcedure("pseudo-random-real", 0, 0, a -> PSEUDO.nextDouble());
        g.defineProcedure("set-pseudo-random-seed!", 1, 2, a -> {
            byte[] seed = bytes(a[0], "set-pseudo-random-seed!");
            int n = size(a, seed.length, "set-pseudo-random-seed!");
            long mixed = 0xcbf29ce484222325L; // FNV-1a over the seed's first min(n, size) bytes
            for (int i = 0; i < Math.min(n, seed.length); i++) {
                mixed = (mixed ^ (seed[i] & 0xFF)) * 0x100000001b3L;
            }
            PSEUDO.setSeed(mixed);
            return null;
        });
        g.defineProcedure("random-bytes", 0, 2, a -> {
            if (a.length == 0 || a[0] == Boolean.FALSE) {
                byte[] fresh = new byte[a.length > 1 ? size(a, 0, "random-bytes") : STATE_SIZE];
                ENTROPY.nextBytes(fresh);
                return new Blob(fresh);
            }
            byte[] into = bytes(a[0], "random-bytes");
            int n = size(a, into.length, "random-bytes");
            if (n > into.length) { // C_random_bytes would write past the buffer
                throw Errors.located("random-bytes", List.of("exn"), "invalid size", (long) n);
            }
            byte[] random = new byte[n];
            ENTROPY.nextBytes(random);
            if (a[0] instanceof MString s) {
                for (int i = 0; i < n; i++) {
                    s.setCharAt(i, (char) (random[i] & 0xFF));
                }
            } else {
                System.arraycopy(random, 0, into, 0, n);
            }
            return a[0];
        });
    }

    /** A string's or blob's bytes (C_byteblockp); anything else is "invalid buffer type". */
    private static byte[] bytes(Object buf, String procedure) {
        if (buf instanceof Blob b) {
            return b.bytes();
        }
        if (buf instanceof MString s) {
            return s.toBytes();
        }
        throw Errors.located(procedure, List.of("exn"), "invalid buffer type", buf);
    }

    /** The optional SIZE argument: a fixnum, not negative ("invalid size"); {@code absent} when not given. */
    private static int size(Object[] a, int absent, String procedure) {
        if (a.length < 2 || a[1] == Boolean.FALSE) {
            return absent;
        }
        if (!(a[1] instanceof Long n)) {
            throw Errors.wrongType("fixnum", a[1]).locate(procedure);
        }
        if (n < 0) {
            throw Errors.located(procedure, List.of("exn"), "invalid size", n);
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /**
     * As CHICKEN 5's C_random_fixnum and its bignum twin: 0 gives 0, a negative range is out of
     * range (with 0 as the bound), anything but an exact integer is "bad argument type".
     */
    private static Object pseudoRandomInteger(Object range) {
        if (!Numbers.isExactInteger(range)) {
            throw Errors.error("bad argument type", range);
        }
        int sign = Numbers.sign(range);
        if (sign < 0) {
            throw Errors.outOfRange(range, 0L);
        }
        if (sign == 0) {
            return 0L;
        }
        if (range instanceof BigInteger big) {
            return Numbers.normalize(new BigInteger(big.bitLength() + 8, PSEUDO).mod(big));
        }
        return PSEUDO.nextLong(((Number) range).longValue());
    }
}
