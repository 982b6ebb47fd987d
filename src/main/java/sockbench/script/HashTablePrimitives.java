package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-69 hash tables as CHICKEN's {@code (srfi 69)} egg has them, with its argument conventions:
 * {@code (make-hash-table [test [hash [size]]] #!key test hash size initial ...)}; a builtin test
 * ({@code eq? eqv? equal? string=? string-ci=? =}) brings its own hash, a user test without a hash
 * hashes with {@code equal?-hash}.
 */
final class HashTablePrimitives {
    private HashTablePrimitives() {
    }

    static void install(GlobalEnv g) {
        Builtins builtins = new Builtins(g);
        g.defineProcedure("make-hash-table", 0, MANY, a -> make(builtins, a, 0));
        g.defineProcedure("alist->hash-table", 1, MANY, a -> {
            HashTable t = make(builtins, a, 1);
            for (Object entry : Lists.toJava(a[0])) {
                Pair p = Args.pair(entry);
                if (t.get(p.car) == null) {
                    t.put(p.car, p.cdr);
                }
            }
            return t;
        });
        g.defineProcedure("hash-table?", 1, 1, a -> a[0] instanceof HashTable);
        g.defineProcedure("hash-table-set!", 3, 3, a -> {
            table(a[0]).put(a[1], a[2]);
            return null;
        });
        g.defineSettable("hash-table-ref", 2, 3, a -> {
            Object value = table(a[0]).get(a[1]);
            if (value != null) {
                return value;
            }
            if (a.length > 2) {
                return Args.procedure(a[2]).apply();
            }
            throw missing(a[1], a[0]);
        }, a -> {
            table(a[0]).put(a[1], a[a.length - 1]);
            return null;
        });
        g.defineProcedure("hash-table-ref/default", 3, 3, a -> {
            Object value = table(a[0]).get(a[1]);
            return value != null ? value : a[2];
        });
        g.defineProcedure("hash-table-update!", 3, 4, a -> {
            HashTable t = table(a[0]);
            Procedure update = Args.procedure(a[2]);
            Object old = t.get(a[1]);
            if (old == null) {
                if (a.length > 3) {
                    old = Args.procedure(a[3]).apply();
                } else if (t.initial() != null) {
                    old = t.initial();
                } else {
                    throw missing(a[1], t);
                }
            }
            Object value = update.apply(old);
            t.put(a[1], value);
            return value;
        });
        g.defineProcedure("hash-table-update!/default", 4, 4, a -> {
            HashTable t = table(a[0]);
            Procedure update = Args.procedure(a[2]);
            Object old = t.get(a[1]);
            Object value = update.apply(old != null ? old : a[3]);
            t.put(a[1], value);
            return value;
        });
        g.defineProcedure("hash-table-delete!", 2, 2, a -> table(a[0]).remove(a[1]));
        g.defineProcedure("hash-table-exists?", 2, 2, a -> table(a[0]).get(a[1]) != null);
        g.define("hash-table-contains?", g.lookup("hash-table-exists?"));
        g.defineProcedure("hash-table-size", 1, 1, a -> (long) table(a[0]).size());
        g.defineProcedure("hash-table-count", 1, 1, a -> (long) table(a[0]).size());
        g.defineProcedure("hash-table-keys", 1, 1, a -> column(a[0], 0));
        g.defineProcedure("hash-table-values", 1, 1, a -> column(a[0], 1));
        g.defineProcedure("hash-table->alist", 1, 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object[] e : table(a[0]).snapshot()) {
                out.add(new Pair(e[0], e[1]));
            }
            return Lists.fromJava(out);
        });
        for (String walk : List.of("hash-table-walk", "hash-table-for-each")) {
            g.defineProcedure(walk, 2, 2, a -> {
                Procedure f = Args.procedure(a[1]);
                for (Object[] e : table(a[0]).snapshot()) {
                    f.apply(e[0], e[1]);
                }
                return null;
            });
        }
        g.defineProcedure("hash-table-fold", 3, 3, a -> {
            Procedure f = Args.procedure(a[1]);
            Object acc = a[2];
            for (Object[] e : table(a[0]).snapshot()) {
                acc = f.apply(e[0], e[1], acc);
            }
            return acc;
        });
        g.defineProcedure("hash-table-map", 2, 2, a -> {
            Procedure f = Args.procedure(a[1]);
            List<Object> out = new ArrayList<>();
            for (Object[] e : table(a[0]).snapshot()) {
                out.add(f.apply(e[0], e[1]));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("hash-table-remove!", 2, 2, a -> {
            HashTable t = table(a[0]);
            Procedure f = Args.procedure(a[1]);
            for (Object[] e : t.snapshot()) {
                if (Interop.isTrue(f.apply(e[0], e[1]))) {
                    t.remove(e[0]);
                }
            }
            return null;
        });
        g.defineProcedure("hash-table-clear!", 1, 1, a -> {
            table(a[0]).clear();
            return null;
        });
        g.defineProcedure("hash-table-copy", 1, 2, a -> merge(table(a[0]).emptyCopy(), table(a[0])));
        g.defineProcedure("hash-table-merge!", 2, 2, a -> merge(table(a[0]), table(a[1])));
        g.defineProcedure("hash-table-merge", 2, 2, a -> merge(merge(table(a[0]).emptyCopy(), table(a[0])), table(a[1])));
        g.defineProcedure("hash-table-equivalence-function", 1, 1, a -> table(a[0]).test());
        g.defineProcedure("hash-table-hash-function", 1, 1, a -> table(a[0]).hashFunction());
        g.defineProcedure("hash-table-min-load", 1, 1, a -> table(a[0]).tuning().minLoad());
        g.defineProcedure("hash-table-max-load", 1, 1, a -> table(a[0]).tuning().maxLoad());
        g.defineProcedure("hash-table-weak-keys", 1, 1, a -> table(a[0]).tuning().weakKeys());
        g.defineProcedure("hash-table-weak-values", 1, 1, a -> table(a[0]).tuning().weakValues());
        g.defineProcedure("hash-table-has-initial?", 1, 1, a -> table(a[0]).initial() != null);
        g.defineProcedure("hash-table-initial", 1, 1, a -> {
            Object initial = table(a[0]).initial();
            return initial == null ? Boolean.FALSE : initial;
        });
        installHashes(g);
    }

    /** The equivalences CHICKEN knows, each with the hash it brings, found by the procedure given. */
    private static final class Builtins {
        final Procedure equal;
        final Procedure equalHash;
        final Map<Object, Object[]> byTest;

        Builtins(GlobalEnv g) {
            installHashes(g);
            equal = (Procedure) g.lookup("equal?");
            equalHash = (Procedure) g.lookup("equal?-hash");
            byTest = Map.of(
                    g.lookup("eq?"), new Object[] {g.lookup("eq?-hash"), eq(Equality::eq, HashTable::eqHash)},
                    g.lookup("eqv?"), new Object[] {g.lookup("eqv?-hash"), eq(Equality::eqv, HashTable::eqvHash)},
                    equal, new Object[] {equalHash, eq(Equality::equal, HashTable::equalHash)},
                    g.lookup("string=?"), new Object[] {g.lookup("string-hash"),
                            eq((x, y) -> Args.string(x).contentEquals(Args.string(y)), x -> Args.string(x).toString().hashCode())},
                    g.lookup("string-ci=?"), new Object[] {g.lookup("string-ci-hash"),
                            eq((x, y) -> Args.string(x).toString().equalsIgnoreCase(Args.string(y).toString()), HashTablePrimitives::ciHash)},
                    g.lookup("="), new Object[] {g.lookup("number-hash"),
                            eq((x, y) -> Args.real(x) == Args.real(y), HashTable::numberHash)});
        }

        private static HashTable.Equivalence eq(java.util.function.BiPredicate<Object, Object> same,
                java.util.function.ToLongFunction<Object> hash) {
            return new HashTable.Equivalence() {
                @Override
                public boolean same(Object a, Object b) {
                    return same.test(a, b);
                }

                @Override
                public long hash(Object key) {
                    return hash.applyAsLong(key);
                }
            };
        }
    }

    /** {@code make-hash-table}'s arguments from {@code a[from]} on: optional test, hash, size, then keywords. */
    private static HashTable make(Builtins builtins, Object[] a, int from) {
        Object test = builtins.equal;
        Object hash = null;
        Object initial = null;
        double minLoad = HashTable.Tuning.DEFAULT.minLoad();
        double maxLoad = HashTable.Tuning.DEFAULT.maxLoad();
        boolean weakKeys = false;
        boolean weakValues = false;
        int i = from;
        if (i < a.length && !(a[i] instanceof Keyword)) {
            test = Args.procedure(a[i++]);
        }
        if (i < a.length && !(a[i] instanceof Keyword)) {
            hash = Args.procedure(a[i++]);
        }
        if (i < a.length && !(a[i] instanceof Keyword)) {
            size(a[i++]);
        }
        for (Map.Entry<String, Object> k : Args.keywords(a, i).entrySet()) {
            Object v = k.getValue();
            switch (k.getKey()) {
                case "test" -> test = Args.procedure(v);
                case "hash" -> hash = Args.procedure(v);
                case "size" -> size(v);
                case "initial" -> initial = v;
                case "min-load", "max-load" -> {
                    double load = Args.real(v);
                    if (!(load > 0.0 && load < 1.0)) {
                        throw Errors.error("invalid " + k.getKey(), v);
                    }
                    if (k.getKey().equals("min-load")) {
                        minLoad = load;
                    } else {
                        maxLoad = load;
                    }
                }
                case "weak-keys" -> weakKeys = Interop.isTrue(v);
                case "weak-values" -> weakValues = Interop.isTrue(v);
                default -> throw Errors.error("unknown keyword", Keyword.of(k.getKey()));
            }
        }
        Object[] known = builtins.byTest.get(test);
        Procedure testProc = (Procedure) test;
        if (hash == null) {
            hash = known != null ? known[0] : builtins.equalHash;
        }
        HashTable.Equivalence equivalence;
        if (known != null && hash == known[0]) {
            equivalence = (HashTable.Equivalence) known[1];
        } else {
            equivalence = user(testProc, (Procedure) hash);
        }
        return new HashTable(testProc, (Procedure) hash, equivalence, initial,
                new HashTable.Tuning(minLoad, maxLoad, weakKeys, weakValues));
    }

    private static HashTable.Equivalence user(Procedure test, Procedure hash) {
        return new HashTable.Equivalence() {
            @Override
            public boolean same(Object a, Object b) {
                return Interop.isTrue(test.apply(a, b));
            }

            @Override
            public long hash(Object key) {
                return Args.integer(hash.apply(key, HashTable.DEFAULT_BOUND));
            }
        };
    }

    private static void size(Object x) {
        if (Args.intValue(x) <= 0) {
            throw Errors.error("invalid size", x);
        }
    }

    private static HashTable merge(HashTable into, HashTable from) {
        for (Object[] e : from.snapshot()) {
            if (into.get(e[0]) == null) {
                into.put(e[0], e[1]);
            }
        }
        return into;
    }

    private static Object column(Object table, int i) {
        List<Object> out = new ArrayList<>();
        for (Object[] e : table(table).snapshot()) {
            out.add(e[i]);
        }
        return Lists.fromJava(out);
    }

    private static SchemeError missing(Object key, Object table) {
        Condition c = Condition.exn(List.of("exn", "access"), "hash-table does not contain key", key, table);
        return new SchemeError(c.awaitingLocation());
    }

    private static HashTable table(Object x) {
        if (x instanceof HashTable t) {
            return t;
        }
        throw Errors.wrongType("hash-table", x);
    }

    private static long ciHash(Object x) {
        return Args.string(x).toString().toLowerCase(Locale.ROOT).hashCode();
    }

    /** {@code (hash obj [bound])} and kin: non-negative and below the bound, as SRFI-69 asks. */
    private static void installHashes(GlobalEnv g) {
        if (g.lookup("equal?-hash") != null) {
            return;
        }
        hashProcedure(g, "equal?-hash", HashTable::equalHash);
        g.define("hash", g.lookup("equal?-hash"));
        hashProcedure(g, "eq?-hash", HashTable::eqHash);
        g.define("hash-by-identity", g.lookup("eq?-hash"));
        g.define("object-uid-hash", g.lookup("equal?-hash")); // the egg: "currently a synonym for equal?-hash"
        hashProcedure(g, "eqv?-hash", HashTable::eqvHash);
        hashProcedure(g, "string-hash", x -> Args.string(x).toString().hashCode());
        hashProcedure(g, "string-ci-hash", HashTablePrimitives::ciHash);
        g.define("string-hash-ci", g.lookup("string-ci-hash"));
        hashProcedure(g, "number-hash", HashTable::numberHash);
        hashProcedure(g, "symbol-hash", x -> Args.symbol(x).name().hashCode());
        hashProcedure(g, "keyword-hash", x -> {
            if (x instanceof Keyword k) {
                return k.name().hashCode();
            }
            throw Errors.wrongType("keyword", x);
        });
    }

    private static void hashProcedure(GlobalEnv g, String name, java.util.function.ToLongFunction<Object> hash) {
        g.defineProcedure(name, 1, MANY, a -> {
            long bound = a.length > 1 && a[1] != Boolean.FALSE ? Args.integer(a[1]) : HashTable.DEFAULT_BOUND;
            if (bound <= 0) {
                throw Errors.error("invalid bound", a[1]);
            }
            return Math.floorMod(hash.applyAsLong(a[0]), bound);
        });
    }
}
