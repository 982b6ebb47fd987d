package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-13 string procedures as scripts use them, with the SRFI's optional start/end ranges, and
 * the SRFI-14 char-sets ({@link Srfi14Primitives}) they take. Case conversion is ASCII only, as CHICKEN's is (strings are bytes).
 */
final class Srfi13Primitives {
    private Srfi13Primitives() {
    }

    static void install(GlobalEnv g) {
        Srfi14Primitives.install(g);
        g.defineProcedure("string-null?", 1, 1, a -> Args.string(a[0]).length() == 0);
        g.defineProcedure("string-upcase", 1, 3, a -> MString.of(Ascii.upcase(StringRange.of(a, 0, 1).text())));
        g.defineProcedure("string-downcase", 1, 3, a -> MString.of(Ascii.downcase(StringRange.of(a, 0, 1).text())));
        g.defineProcedure("string-reverse", 1, 3, a -> MString.of(new StringBuilder(StringRange.of(a, 0, 1).text()).reverse()));
        g.defineProcedure("string-trim", 1, 4, a -> trim(a, true, false));
        g.defineProcedure("string-trim-right", 1, 4, a -> trim(a, false, true));
        g.defineProcedure("string-trim-both", 1, 4, a -> trim(a, true, true));
        g.defineProcedure("string-pad", 2, 5, a -> pad(a, true));
        g.defineProcedure("string-pad-right", 2, 5, a -> pad(a, false));
        g.defineProcedure("string-index", 2, 4, a -> index(a, false, true));
        g.defineProcedure("string-index-right", 2, 4, a -> index(a, true, true));
        g.defineProcedure("string-skip", 2, 4, a -> index(a, false, false));
        g.defineProcedure("string-skip-right", 2, 4, a -> index(a, true, false));
        g.defineProcedure("string-count", 2, 4, a -> {
            StringRange r = StringRange.of(a, 0, 2);
            IntPredicate test = CharSet.criterion(a[1]);
            return r.text().chars().filter(test).count();
        });
        g.defineProcedure("string-contains", 2, 6, a -> contains(a, false));
        g.defineProcedure("string-contains-ci", 2, 6, a -> contains(a, true));
        g.defineProcedure("string-prefix?", 2, 6, a -> affix(a, true, false));
        g.defineProcedure("string-suffix?", 2, 6, a -> affix(a, false, false));
        g.defineProcedure("string-prefix-ci?", 2, 6, a -> affix(a, true, true));
        g.defineProcedure("string-suffix-ci?", 2, 6, a -> affix(a, false, true));
        g.defineProcedure("string-tokenize", 1, 4, a -> {
            StringRange r = StringRange.of(a, 0, 2);
            IntPredicate token = CharSet.criterion(Args.optional(a, 1, Srfi14Primitives.GRAPHIC));
            List<Object> tokens = new ArrayList<>();
            String s = r.text();
            for (int i = 0; i < s.length();) {
                if (!token.test(s.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.length() && token.test(s.charAt(j))) {
                    j++;
                }
                tokens.add(MString.of(s.substring(i, j)));
                i = j;
            }
            return Lists.fromJava(tokens);
        });
        g.defineProcedure("string-join", 1, 3, Srfi13Primitives::join);
        g.defineProcedure("string-concatenate", 1, 1, a -> {
            StringBuilder s = new StringBuilder();
            for (Object x : Lists.toJava(a[0])) {
                s.append(Args.string(x));
            }
            return MString.of(s);
        });
        g.defineProcedure("string-take", 2, 2, a -> MString.of(Args.string(a[0]).subSequence(0, count(a))));
        g.defineProcedure("string-drop", 2, 2, a -> MString.of(Args.string(a[0]).subSequence(count(a), Args.string(a[0]).length())));
        g.defineProcedure("string-take-right", 2, 2, a -> {
            MString s = Args.string(a[0]);
            return MString.of(s.subSequence(s.length() - count(a), s.length()));
        });
        g.defineProcedure("string-drop-right", 2, 2, a -> {
            MString s = Args.string(a[0]);
            return MString.of(s.subSequence(0, s.length() - count(a)));
        });
        g.defineProcedure("string-filter", 2, 4, a -> select(a, true));
        g.defineProcedure("string-delete", 2, 4, a -> select(a, false));
        // (string-map proc s [start end]) as srfi-13 has it; given several strings, as R7RS's
        g.defineProcedure("string-map", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            Object[] strings = strings(a);
            StringBuilder out = new StringBuilder();
            int n = shortest(strings);
            for (int i = 0; i < n; i++) {
                out.append(Args.character(f.apply(charsAt(strings, i))));
            }
            return MString.of(out);
        });
        g.defineProcedure("string-for-each", 2, MANY, a -> {
            Procedure f = Args.procedure(a[0]);
            Object[] strings = strings(a);
            int n = shortest(strings);
            for (int i = 0; i < n; i++) {
                f.apply(charsAt(strings, i));
            }
            return null;
        });
        g.defineProcedure("string-fold", 3, 5, a -> {
            Procedure kons = Args.procedure(a[0]);
            Object acc = a[1];
            for (char c : StringRange.of(a, 2, 3).text().toCharArray()) {
                acc = kons.apply(c, acc);
            }
            return acc;
        });
    }

    private static Object trim(Object[] a, boolean left, boolean right) {
        StringRange r = StringRange.of(a, 0, 2);
        IntPredicate drop = CharSet.criterion(Args.optional(a, 1, Srfi14Primitives.WHITESPACE));
        int start = r.start();
        int end = r.end();
        while (left && start < end && drop.test(r.s().charAt(start))) {
            start++;
        }
        while (right && end > start && drop.test(r.s().charAt(end - 1))) {
            end--;
        }
        return MString.of(r.s().subSequence(start, end));
    }

    /** SRFI-13: pad or truncate to n; string-pad keeps the right end, string-pad-right the left. */
    private static Object pad(Object[] a, boolean left) {
        int n = Args.index(a[1]);
        char fill = Args.character(Args.optional(a, 2, ' '));
        String s = StringRange.of(a, 0, 3).text();
        if (s.length() >= n) {
            return MString.of(left ? s.substring(s.length() - n) : s.substring(0, n));
        }
        String padding = String.valueOf(fill).repeat(n - s.length());
        return MString.of(left ? padding + s : s + padding);
    }

    private static Object index(Object[] a, boolean fromRight, boolean matching) {
        StringRange r = StringRange.of(a, 0, 2);
        IntPredicate test = CharSet.criterion(a[1]);
        for (int k = 0; k < r.end() - r.start(); k++) {
            int i = fromRight ? r.end() - 1 - k : r.start() + k;
            if (test.test(r.s().charAt(i)) == matching) {
                return (long) i;
            }
        }
        return false;
    }

    /** {@code (string-contains s1 s2 [start1 end1 start2 end2])}: the index in s1, or #f. */
    private static Object contains(Object[] a, boolean ignoreCase) {
        StringRange[] r = StringRange.two(a, 2);
        StringRange r1 = r[0];
        StringRange r2 = r[1];
        String hay = ignoreCase ? Ascii.downcase(r1.text()) : r1.text();
        String needle = ignoreCase ? Ascii.downcase(r2.text()) : r2.text();
        int i = hay.indexOf(needle);
        return i < 0 ? (Object) false : (long) (i + r1.start());
    }

    /** {@code (string-prefix? s1 s2 ...)}: is s1 a prefix (suffix) of s2. */
    private static Object affix(Object[] a, boolean prefix, boolean ignoreCase) {
        StringRange[] r = StringRange.two(a, 2);
        StringRange r1 = r[0];
        StringRange r2 = r[1];
        String part = ignoreCase ? Ascii.downcase(r1.text()) : r1.text();
        String whole = ignoreCase ? Ascii.downcase(r2.text()) : r2.text();
        return prefix ? whole.startsWith(part) : whole.endsWith(part);
    }

    /** {@code (string-join list [delimiter " " [grammar infix]])} with SRFI-13's four grammars. */
    private static Object join(Object[] a) {
        List<Object> parts = Lists.toJava(a[0]);
        String delimiter = Args.string(Args.optional(a, 1, MString.of(" "))).toString();
        String grammar = Args.symbol(Args.optional(a, 2, Symbol.of("infix"))).name();
        if (grammar.equals("strict-infix") && parts.isEmpty()) {
            throw Errors.error("empty list cannot be joined with STRICT-INFIX grammar.");
        }
        if (!List.of("infix", "strict-infix", "prefix", "suffix").contains(grammar)) {
            throw Errors.error("illegal join grammar", Symbol.of(grammar));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (grammar.equals("prefix") || (i > 0 && !grammar.equals("suffix"))) {
                out.append(delimiter);
            }
            out.append(Args.string(parts.get(i)));
            if (grammar.equals("suffix")) {
                out.append(delimiter);
            }
        }
        return MString.of(out);
    }

    /** SRFI-13's reference order is (string-filter criterion s); SRFI-13's text has (s criterion): both work. */
    private static Object select(Object[] a, boolean keep) {
        int s = a[0] instanceof MString ? 0 : 1;
        Object[] args = a.clone();
        IntPredicate test = CharSet.criterion(a[1 - s]);
        args[1] = a[s];
        StringRange r = StringRange.of(args, 1, 2);
        StringBuilder out = new StringBuilder();
        r.text().chars().filter(c -> test.test(c) == keep).forEach(c -> out.append((char) c));
        return MString.of(out);
    }

    private static int count(Object[] a) {
        int n = Args.index(a[1]);
        if (n > Args.string(a[0]).length()) {
            throw Errors.outOfRange(n, Args.string(a[0]).length());
        }
        return n;
    }

    /**
     * The strings a string-map or string-for-each walks, from a[1] on: the selected part of one
     * string when a[2] is not a string (srfi-13's [start end]), else every string given.
     */
    private static Object[] strings(Object[] a) {
        if (a.length > 2 && !(a[2] instanceof MString)) {
            if (a.length > 4) {
                throw Errors.arity(null, a.length, 2, 4);
            }
            return new Object[] {a[0], MString.of(StringRange.of(a, 1, 2).text())};
        }
        return a;
    }

    private static int shortest(Object[] a) {
        int n = Integer.MAX_VALUE;
        for (int i = 1; i < a.length; i++) {
            n = Math.min(n, Args.string(a[i]).length());
        }
        return n;
    }

    private static Object[] charsAt(Object[] a, int i) {
        Object[] chars = new Object[a.length - 1];
        for (int j = 1; j < a.length; j++) {
            chars[j - 1] = ((MString) a[j]).charAt(i);
        }
        return chars;
    }
}
