package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SRFI-69 hash table: keys compared by its equivalence procedure and hashed by its hash
 * function, as CHICKEN's {@code (srfi 69)} does. Printed {@code #<hash-table (N)>} with N entries,
 * as CHICKEN prints it. Entries are kept in insertion order (CHICKEN's order is that of its
 * buckets and of no use to anyone). Safe to share between threads: each operation holds the lock
 * only around the map itself, never while a Scheme procedure runs.
 */
public final class HashTable {
    /** CHICKEN's default bound for hash values: results are in [0, 2^29). */
    static final long DEFAULT_BOUND = 536_870_912L;

    /** How keys are compared and hashed. */
    interface Equivalence {
        boolean same(Object a, Object b);

        long hash(Object key);
    }

    private final Procedure test;
    private final Procedure hash;
    private final Equivalence equivalence;
    private final Object initial;
    private final Tuning tuning;
    private final Map<Key, Object> entries = new LinkedHashMap<>();

    HashTable(Procedure test, Procedure hash, Equivalence equivalence, Object initial, Tuning tuning) {
        this.test = test;
        this.hash = hash;
        this.equivalence = equivalence;
        this.initial = initial;
        this.tuning = tuning;
    }

    /**
     * make-hash-table's {@code min-load:}, {@code max-load:}, {@code weak-keys:} and
     * {@code weak-values:}, which the table answers as given (the egg's defaults 0.5 and 0.8); the
     * JVM's map sizes itself, and the egg ignores weakness too.
     */
    record Tuning(double minLoad, double maxLoad, boolean weakKeys, boolean weakValues) {
        static final Tuning DEFAULT = new Tuning(0.5, 0.8, false, false);
    }

    Tuning tuning() {
        return tuning;
    }

    /** A key as the map sees it: hashed once, compared by the table's equivalence. */
    private final class Key {
        final Object value;
        final int hash;

        Key(Object value) {
            this.value = value;
            this.hash = Long.hashCode(equivalence.hash(value));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof HashTable.Key k && equivalence.same(value, k.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The value, or null when the key is absent. */
    Object get(Object key) {
        Key k = new Key(key);
        synchronized (this) {
            return entries.get(k);
        }
    }

    void put(Object key, Object value) {
        Key k = new Key(key);
        synchronized (this) {
            entries.put(k, value);
        }
    }

    boolean remove(Object key) {
        Key k = new Key(key);
        synchronized (this) {
            return entries.remove(k) != null;
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }

    /** A snapshot of the entries as (key, value) arrays, safe to walk while the table changes. */
    synchronized List<Object[]> snapshot() {
        List<Object[]> out = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> out.add(new Object[] {k.value, v}));
        return out;
    }

    HashTable emptyCopy() {
        return new HashTable(test, hash, equivalence, initial, tuning);
    }

    Procedure test() {
        return test;
    }

    Procedure hashFunction() {
        return hash;
    }

    /** The {@code initial:} value given to make-hash-table, or null. */
    Object initial() {
        return initial;
    }

    @Override
    public String toString() {
        return "#<hash-table (" + size() + ")>";
    }

    // The hash functions behind the builtin equivalences, also exposed as (hash obj) and kin.

    static long eqHash(Object x) {
        if (Args.isExactInteger(x)) {
            return Long.hashCode(((Number) x).longValue());
        } else if (x instanceof Character || x instanceof Boolean || x instanceof Symbol || x instanceof Keyword) {
            return x.hashCode();
        }
        return System.identityHashCode(x);
    }

    static long eqvHash(Object x) {
        return x instanceof Number && !Args.isExactInteger(x) ? x.hashCode() : eqHash(x);
    }

    /** Structural, looking at most 4 levels and 4 elements deep, as CHICKEN's equal?-hash does. */
    static long equalHash(Object x) {
        return equalHash(x, 0);
    }

    private static long equalHash(Object x, int depth) {
        if (depth >= 4) {
            return 99;
        } else if (x instanceof MString s) {
            return s.toString().hashCode();
        } else if (x instanceof Pair p) {
            return (equalHash(p.car, depth + 1) << 16) + equalHash(p.cdr, depth + 1);
        } else if (x instanceof Object[] v) {
            long h = v.length;
            for (int i = 0; i < Math.min(4, v.length); i++) {
                h = h * 31 + equalHash(v[i], depth + 1);
            }
            return h;
        } else if (x instanceof Blob b) {
            return Arrays.hashCode(b.bytes());
        } else if (x instanceof Srfi4Vector v) {
            return Arrays.hashCode(v.storage());
        }
        return eqvHash(x);
    }

    static long numberHash(Object x) {
        return Double.hashCode(Args.real(x));
    }
}
