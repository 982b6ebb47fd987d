package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongBinaryOperator;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-14 character sets as CHICKEN's srfi-14 egg has them (Latin-1): the predefined sets of the
 * SRFI's Latin-1 table, constructors, queries, cursors, folds and the set algebra, each algebra
 * procedure also in its linear-update ({@code !}) form, which changes its first set in place.
 */
final class Srfi14Primitives {
    private Srfi14Primitives() {
    }

    /** SRFI-14's Latin-1 lower-case: a-z, µ, ß-ö, ø-ÿ (59 chars). */
    static final CharSet LOWER_CASE = CharSet.of(c -> (c >= 'a' && c <= 'z') || c == 0xB5 || (c >= 0xDF && c <= 0xFF && c != 0xF7));
    /** A-Z, À-Ö, Ø-Þ (56). */
    static final CharSet UPPER_CASE = CharSet.of(c -> (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7));
    /** Upper and lower case, ª and º (117). */
    static final CharSet LETTER = CharSet.of(c -> LOWER_CASE.contains(c) || UPPER_CASE.contains(c) || c == 0xAA || c == 0xBA);
    static final CharSet DIGIT = CharSet.of("0123456789");
    static final CharSet PUNCTUATION = CharSet.of("!\"#%&'()*,-./:;?@[\\]_{}\u00A1\u00AB\u00AD\u00B7\u00BB\u00BF");
    static final CharSet SYMBOL = CharSet.of("$+<=>^`|~\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AC\u00AE\u00AF"
            + "\u00B0\u00B1\u00B4\u00B6\u00B8\u00D7\u00F7");
    /** Letters, digits, punctuation and symbols (183). */
    static final CharSet GRAPHIC = CharSet.of(c -> LETTER.contains(c) || DIGIT.contains(c) || PUNCTUATION.contains(c) || SYMBOL.contains(c));
    /** Tab, newline, vertical tab, form feed, return, space, no-break space. */
    static final CharSet WHITESPACE = CharSet.of(c -> (c >= 9 && c <= 13) || c == ' ' || c == 0xA0);

    static void install(GlobalEnv g) {
        installStandardSets(g);
        g.defineProcedure("char-set?", 1, 1, a -> a[0] instanceof CharSet);
        g.defineProcedure("char-set=", 0, MANY, a -> {
            for (int i = 1; i < a.length; i++) {
                if (!charSet(a[i - 1]).sameMembers(charSet(a[i]))) {
                    return false;
                }
            }
            return a.length == 0 || charSet(a[0]) != null;
        });
        g.defineProcedure("char-set<=", 0, MANY, a -> {
            for (int i = 1; i < a.length; i++) {
                if (!charSet(a[i - 1]).isSubsetOf(charSet(a[i]))) {
                    return false;
                }
            }
            return a.length == 0 || charSet(a[0]) != null;
        });
        g.defineProcedure("char-set-hash", 1, 2, a -> {
            long bound = Args.integer(Args.optional(a, 1, 0L));
            long h = charSet(a[0]).hash() & 0x7fffffffL;
            return bound == 0 ? h : h % bound;
        });
        installCursorsAndFolds(g);
        installConstructors(g);
        installQueries(g);
        installAlgebra(g);
    }

    private static void installStandardSets(GlobalEnv g) {
        g.define("char-set:lower-case", LOWER_CASE);
        g.define("char-set:upper-case", UPPER_CASE);
        g.define("char-set:title-case", new CharSet());
        g.define("char-set:letter", LETTER);
        g.define("char-set:digit", DIGIT);
        g.define("char-set:letter+digit", CharSet.of(c -> LETTER.contains(c) || DIGIT.contains(c)));
        g.define("char-set:graphic", GRAPHIC);
        g.define("char-set:printing", CharSet.of(c -> GRAPHIC.contains(c) || WHITESPACE.contains(c)));
        g.define("char-set:whitespace", WHITESPACE);
        g.define("char-set:iso-control", CharSet.of(c -> c <= 31 || (c >= 0x7F && c <= 0x9F)));
        g.define("char-set:punctuation", PUNCTUATION);
        g.define("char-set:symbol", SYMBOL);
        g.define("char-set:hex-digit", CharSet.of("0123456789abcdefABCDEF"));
        g.define("char-set:blank", CharSet.of("\t \u00A0"));
        g.define("char-set:ascii", CharSet.of(c -> c < 128));
        g.define("char-set:empty", new CharSet());
        g.define("char-set:full", CharSet.of(c -> true));
    }

    /** Cursors run from the highest member down, as the reference implementation's do. */
    private static void installCursorsAndFolds(GlobalEnv g) {
        g.defineProcedure("char-set-cursor", 1, 1, a -> (long) charSet(a[0]).next(CharSet.SIZE));
        g.defineProcedure("char-set-ref", 2, 2, a -> {
            CharSet s = charSet(a[0]);
            long cursor = Args.integer(a[1]);
            if (!s.contains((int) cursor)) {
                throw Errors.outOfRange(cursor, (long) CharSet.SIZE);
            }
            return (char) cursor;
        });
        g.defineProcedure("char-set-cursor-next", 2, 2, a -> (long) charSet(a[0]).next((int) Args.integer(a[1])));
        g.defineProcedure("end-of-char-set?", 1, 1, a -> Args.integer(a[0]) < 0);
        g.defineProcedure("char-set-fold", 3, 3, a -> {
            Procedure kons = Args.procedure(a[0]);
            Object acc = a[1];
            CharSet s = charSet(a[2]);
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                acc = kons.apply((char) c, acc);
            }
            return acc;
        });
        g.defineProcedure("char-set-for-each", 2, 2, a -> {
            Procedure proc = Args.procedure(a[0]);
            CharSet s = charSet(a[1]);
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                proc.apply((char) c);
            }
            return Special.UNSPECIFIED;
        });
        g.defineProcedure("char-set-map", 2, 2, a -> {
            Procedure proc = Args.procedure(a[0]);
            CharSet s = charSet(a[1]);
            CharSet out = new CharSet();
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                out.add(Args.character(proc.apply((char) c)));
            }
            return out;
        });
        g.defineProcedure("char-set-unfold", 4, 5, a -> unfold(a, base(a, 4)));
        g.defineProcedure("char-set-unfold!", 5, 5, a -> unfold(a, charSet(a[4])));
    }

    private static CharSet unfold(Object[] a, CharSet into) {
        Procedure f = Args.procedure(a[0]);
        Procedure stop = Args.procedure(a[1]);
        Procedure successor = Args.procedure(a[2]);
        Object seed = a[3];
        while (!Interop.isTrue(stop.apply(seed))) {
            into.add(Args.character(f.apply(seed)));
            seed = successor.apply(seed);
        }
        return into;
    }

    private static void installConstructors(GlobalEnv g) {
        g.defineProcedure("char-set-copy", 1, 1, a -> charSet(a[0]).copy());
        g.defineProcedure("char-set", 0, MANY, a -> {
            CharSet s = new CharSet();
            for (Object x : a) {
                s.add(Args.character(x));
            }
            return s;
        });
        for (boolean linear : new boolean[] {false, true}) {
            String bang = linear ? "!" : "";
            int min = linear ? 2 : 1;
            g.defineProcedure("list->char-set" + bang, min, 2, a -> {
                CharSet s = linear ? charSet(a[1]) : base(a, 1);
                for (Object x : Lists.toJava(a[0])) {
                    s.add(Args.character(x));
                }
                return s;
            });
            g.defineProcedure("string->char-set" + bang, min, 2, a -> {
                CharSet s = linear ? charSet(a[1]) : base(a, 1);
                Args.string(a[0]).toString().chars().forEach(s::add);
                return s;
            });
            g.defineProcedure("char-set-filter" + bang, min + 1, 3, a -> {
                Procedure test = Args.procedure(a[0]);
                CharSet from = charSet(a[1]);
                CharSet s = linear ? charSet(a[2]) : base(a, 2);
                for (int c = from.next(CharSet.SIZE); c >= 0; c = from.next(c)) {
                    if (Interop.isTrue(test.apply((char) c))) {
                        s.add(c);
                    }
                }
                return s;
            });
            // (ucs-range->char-set lower upper [error? base-cs]): codes lower <= c < upper.
            g.defineProcedure("ucs-range->char-set" + bang, linear ? 4 : 2, 4, a -> {
                long lower = Args.integer(a[0]);
                long upper = Args.integer(a[1]);
                if (lower < 0 || upper < lower) {
                    throw Errors.outOfRange(lower, upper);
                }
                if (Interop.isTrue(Args.optional(a, 2, false)) && upper > CharSet.SIZE) {
                    throw Errors.error("requested UCS range contains unavailable characters", lower, upper);
                }
                CharSet s = linear ? charSet(a[3]) : base(a, 3);
                for (long c = lower; c < Math.min(upper, CharSet.SIZE); c++) {
                    s.add((int) c);
                }
                return s;
            });
        }
        g.defineProcedure("->char-set", 1, 1, a -> {
            if (a[0] instanceof CharSet s) {
                return s;
            } else if (a[0] instanceof Character c) {
                return new CharSet().add(c);
            } else if (a[0] instanceof MString m) {
                return CharSet.of(m.toString());
            }
            throw Errors.wrongType("char-set, string or char", a[0]);
        });
    }

    private static void installQueries(GlobalEnv g) {
        g.defineProcedure("char-set-size", 1, 1, a -> (long) charSet(a[0]).size());
        g.defineProcedure("char-set-count", 2, 2, a -> {
            Procedure test = Args.procedure(a[0]);
            CharSet s = charSet(a[1]);
            long n = 0;
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                if (Interop.isTrue(test.apply((char) c))) {
                    n++;
                }
            }
            return n;
        });
        g.defineProcedure("char-set->list", 1, 1, a -> {
            CharSet s = charSet(a[0]);
            Object list = Empty.LIST;
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                list = new Pair((char) c, list);
            }
            return list;
        });
        g.defineProcedure("char-set->string", 1, 1, a -> {
            CharSet s = charSet(a[0]);
            StringBuilder out = new StringBuilder();
            for (int c = 0; c < CharSet.SIZE; c++) {
                if (s.contains(c)) {
                    out.append((char) c);
                }
            }
            return MString.of(out);
        });
        g.defineProcedure("char-set-contains?", 2, 2, a -> charSet(a[0]).contains(Args.character(a[1])));
        g.defineProcedure("char-set-every", 2, 2, a -> {
            Procedure test = Args.procedure(a[0]);
            CharSet s = charSet(a[1]);
            Object last = true;
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                last = test.apply((char) c);
                if (!Interop.isTrue(last)) {
                    return false;
                }
            }
            return last;
        });
        g.defineProcedure("char-set-any", 2, 2, a -> {
            Procedure test = Args.procedure(a[0]);
            CharSet s = charSet(a[1]);
            for (int c = s.next(CharSet.SIZE); c >= 0; c = s.next(c)) {
                Object r = test.apply((char) c);
                if (Interop.isTrue(r)) {
                    return r;
                }
            }
            return false;
        });
    }

    private static void installAlgebra(GlobalEnv g) {
        for (boolean linear : new boolean[] {false, true}) {
            String bang = linear ? "!" : "";
            g.defineProcedure("char-set-adjoin" + bang, 1, MANY, a -> {
                CharSet s = first(a, linear);
                for (int i = 1; i < a.length; i++) {
                    s.add(Args.character(a[i]));
                }
                return s;
            });
            g.defineProcedure("char-set-delete" + bang, 1, MANY, a -> {
                CharSet s = first(a, linear);
                for (int i = 1; i < a.length; i++) {
                    s.remove(Args.character(a[i]));
                }
                return s;
            });
            g.defineProcedure("char-set-complement" + bang, 1, 1, a -> {
                CharSet complement = charSet(a[0]).complement();
                return linear ? charSet(a[0]).combine(complement, (x, y) -> y) : complement;
            });
            algebra(g, "char-set-union" + bang, linear, 0, new CharSet(), (x, y) -> x | y);
            algebra(g, "char-set-intersection" + bang, linear, 0, CharSet.of(c -> true), (x, y) -> x & y);
            algebra(g, "char-set-xor" + bang, linear, 0, new CharSet(), (x, y) -> x ^ y);
            algebra(g, "char-set-difference" + bang, linear, 1, null, (x, y) -> x & ~y);
            g.defineProcedure("char-set-diff+intersection" + bang, linear ? 2 : 1, MANY, a -> {
                CharSet from = charSet(a[0]);
                CharSet rest = new CharSet();
                for (int i = linear ? 2 : 1; i < a.length; i++) {
                    rest.combine(charSet(a[i]), (x, y) -> x | y);
                }
                CharSet difference = linear ? from : from.copy();
                CharSet intersection = linear ? charSet(a[1]).combine(from, (x, y) -> y) : from.copy();
                difference.combine(rest, (x, y) -> x & ~y);
                intersection.combine(rest, (x, y) -> x & y);
                return Values.of(difference, intersection);
            });
        }
    }

    /** A variadic set operation: the empty call gives {@code identity} (none when {@code min} is 1). */
    private static void algebra(GlobalEnv g, String name, boolean linear, int min, CharSet identity, LongBinaryOperator op) {
        g.defineProcedure(name, linear ? Math.max(min, 1) : min, MANY, a -> {
            if (a.length == 0) {
                return identity.copy();
            }
            CharSet s = first(a, linear);
            for (int i = 1; i < a.length; i++) {
                s.combine(charSet(a[i]), op);
            }
            return s;
        });
    }

    /** The first argument, itself when the procedure is linear-update, else a copy. */
    private static CharSet first(Object[] a, boolean linear) {
        CharSet s = charSet(a[0]);
        return linear ? s : s.copy();
    }

    /** The optional base-cs at {@code a[i]}, copied (a new set starts empty). */
    private static CharSet base(Object[] a, int i) {
        return i < a.length ? charSet(a[i]).copy() : new CharSet();
    }

    static CharSet charSet(Object x) {
        if (x instanceof CharSet s) {
            return s;
        }
        throw Errors.wrongType("char-set", x);
    }
}
