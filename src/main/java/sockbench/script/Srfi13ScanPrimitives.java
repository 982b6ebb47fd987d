package sockbench.script;

import java.util.function.IntPredicate;

/**
 * SRFI-13's walks over a string's chars beside string-fold and string-for-each
 * ({@link Srfi13Primitives}): string-every, string-any, string-fold-right, string-for-each-index.
 */
final class Srfi13ScanPrimitives {
    private Srfi13ScanPrimitives() {
    }

    static void install(GlobalEnv g) {
        // (string-every criterion s [start end]): with a predicate, its value for the last char
        g.defineProcedure("string-every", 2, 4, a -> {
            StringRange r = StringRange.of(a, 1, 2);
            check(a[0], "string-every");
            Object result = true;
            for (int i = r.start(); i < r.end(); i++) {
                result = test(a[0], r.s().charAt(i));
                if (!Interop.isTrue(result)) {
                    return false;
                }
            }
            return result;
        });
        // (string-any criterion s [start end]): with a predicate, its first true value
        g.defineProcedure("string-any", 2, 4, a -> {
            StringRange r = StringRange.of(a, 1, 2);
            check(a[0], "string-any");
            for (int i = r.start(); i < r.end(); i++) {
                Object result = test(a[0], r.s().charAt(i));
                if (Interop.isTrue(result)) {
                    return result;
                }
            }
            return false;
        });
        g.defineProcedure("string-fold-right", 3, 5, a -> {
            Procedure kons = Args.procedure(a[0]);
            StringRange r = StringRange.of(a, 2, 3);
            Object acc = a[1];
            for (int i = r.end() - 1; i >= r.start(); i--) {
                acc = kons.apply(r.s().charAt(i), acc);
            }
            return acc;
        });
        g.defineProcedure("string-for-each-index", 2, 4, a -> {
            Procedure f = Args.procedure(a[0]);
            StringRange r = StringRange.of(a, 1, 2);
            for (int i = r.start(); i < r.end(); i++) {
                f.apply((long) i);
            }
            return null;
        });
    }

    /** A char, char-set or predicate applied to a char; the predicate's own value. */
    private static Object test(Object criterion, char c) {
        if (criterion instanceof Procedure p) {
            return p.apply(c);
        }
        IntPredicate matches = CharSet.criterion(criterion);
        return matches.test(c);
    }

    /** The egg's error for a criterion that is none of the three, raised even for an empty range. */
    private static void check(Object criterion, String who) {
        if (!(criterion instanceof Procedure || criterion instanceof Character || criterion instanceof CharSet)) {
            throw Errors.error("Second param is neither char-set, char, or predicate procedure.", Symbol.of(who), criterion);
        }
    }
}
