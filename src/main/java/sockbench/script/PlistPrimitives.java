package sockbench.script;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * (chicken plist): property lists on symbols, as library.scm keeps them in a symbol's third slot: a
 * flat list of alternating keys (compared with {@code eq?}) and values, a new property consed at
 * its front. Here each interpreter keeps its own plists, so two consoles do not share them.
 */
final class PlistPrimitives {
    private PlistPrimitives() {}

    static void install(GlobalEnv g) {
        Map<Symbol, Object> plists = new ConcurrentHashMap<>();
        Primitive.Body put = a -> {
            Symbol s = symbol(a[0], "put!");
            plists.compute(s, (k, plist) -> {
                Object list = plist == null ? Empty.LIST : plist;
                Pair found = property(list, key -> key == a[1]);
                if (found == null) {
                    return new Pair(a[1], new Pair(a[2], list));
                }
                ((Pair) found.cdr).car = a[2];
                return list;
            });
            return a[2];
        };
        g.defineProcedure("put!", 3, 3, put);
        g.defineSettable("get", 2, 3, a -> {
            Pair found = property(plists.getOrDefault(symbol(a[0], "get"), Empty.LIST), key -> key == a[1]);
            return found != null ? ((Pair) found.cdr).car : Args.optional(a, 2, false);
        }, put);
        g.defineProcedure("remprop!", 2, 2, a -> {
            Symbol s = symbol(a[0], "remprop!");
            boolean[] removed = {false};
            plists.computeIfPresent(s, (k, plist) -> {
                Pair before = null; // the value cell ahead of the pair being looked at
                for (Object p = plist; p instanceof Pair key && key.cdr instanceof Pair value; p = value.cdr) {
                    if (key.car == a[1]) {
                        removed[0] = true;
                        if (before == null) {
                            return value.cdr == Empty.LIST ? null : value.cdr;
                        }
                        before.cdr = value.cdr;
                        return plist;
                    }
                    before = value;
                }
                return plist;
            });
            return removed[0];
        });
        g.defineSettable("symbol-plist", 1, 1, a -> plists.getOrDefault(symbol(a[0], "symbol-plist"), Empty.LIST), a -> {
            Symbol s = symbol(a[0], "symbol-plist");
            int length = Args.list(a[1]).size(); // ##sys#check-list
            if (length % 2 != 0) {
                throw new SchemeError(Condition.exn(List.of("exn", "type"), "property-list must be of even length", a[1], s));
            }
            if (a[1] == Empty.LIST) {
                plists.remove(s);
            } else {
                plists.put(s, a[1]);
            }
            return null;
        });
        // (get-properties sym props): the first property whose key is in props (one key alone is a list of it)
        g.defineProcedure("get-properties", 2, 2, a -> {
            Symbol s = symbol(a[0], "get-properties");
            List<Object> keys = a[1] instanceof Symbol ? List.of(a[1]) : Args.list(a[1]);
            Pair found = property(plists.getOrDefault(s, Empty.LIST), key -> keys.stream().anyMatch(k -> k == key));
            if (found != null) {
                Pair value = (Pair) found.cdr;
                return Values.of(found.car, value.car, value.cdr);
            }
            return Values.of(false, false, false);
        });
    }

    /** The first key cell of {@code plist} (key, then value cell) whose key {@code wanted} accepts, or null. */
    private static Pair property(Object plist, java.util.function.Predicate<Object> wanted) {
        for (Object p = plist; p instanceof Pair key && key.cdr instanceof Pair value; p = value.cdr) {
            if (wanted.test(key.car)) {
                return key;
            }
        }
        return null;
    }

    private static Symbol symbol(Object x, String procedure) {
        if (x instanceof Symbol s) {
            return s;
        }
        throw Errors.wrongType("symbol", x).locate(procedure);
    }
}
