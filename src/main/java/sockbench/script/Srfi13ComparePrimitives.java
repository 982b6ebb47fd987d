package sockbench.script;

/**
 * SRFI-13's comparisons of two strings, each with optional {@code [start1 end1 start2 end2]}:
 * string-compare(-ci), string= string<> string< string> string<= string>= and their -ci forms,
 * and string-prefix-length / string-suffix-length (and -ci). As the egg compares, by the common
 * prefix and then the first differing char; case folding is ASCII, as CHICKEN's char-downcase.
 */
final class Srfi13ComparePrimitives {
    private Srfi13ComparePrimitives() {
    }

    /** Which of mismatch-less, equal or mismatch-greater outcomes answer true. */
    private record Outcome(boolean less, boolean equal, boolean greater) {
    }

    static void install(GlobalEnv g) {
        for (boolean ci : new boolean[] {false, true}) {
            String fold = ci ? "-ci" : "";
            g.defineProcedure("string-compare" + fold, 5, 9, a -> {
                StringRange[] r = StringRange.two(a, 5);
                int c = compare(r[0], r[1], ci);
                int match = mismatch(r[0], r[1], ci);
                // the egg passes end1 when s1's part is a prefix of s2's, else the index of the mismatch
                long at = match == r[0].length() ? r[0].end() : r[0].start() + match;
                return Args.procedure(a[c < 0 ? 2 : c == 0 ? 3 : 4]).apply(at);
            });
            order(g, "string" + fold + "=", ci, new Outcome(false, true, false));
            order(g, "string" + fold + "<>", ci, new Outcome(true, false, true));
            order(g, "string" + fold + "<", ci, new Outcome(true, false, false));
            order(g, "string" + fold + ">", ci, new Outcome(false, false, true));
            order(g, "string" + fold + "<=", ci, new Outcome(true, true, false));
            order(g, "string" + fold + ">=", ci, new Outcome(false, true, true));
            g.defineProcedure("string-prefix-length" + fold, 2, 6, a -> {
                StringRange[] r = StringRange.two(a, 2);
                return (long) mismatch(r[0], r[1], ci);
            });
            g.defineProcedure("string-suffix-length" + fold, 2, 6, a -> {
                StringRange[] r = StringRange.two(a, 2);
                int n = 0;
                while (n < Math.min(r[0].length(), r[1].length())
                        && same(r[0].charAt(r[0].length() - 1 - n), r[1].charAt(r[1].length() - 1 - n), ci)) {
                    n++;
                }
                return (long) n;
            });
        }
    }

    private static void order(GlobalEnv g, String name, boolean ci, Outcome holds) {
        g.defineProcedure(name, 2, 6, a -> {
            StringRange[] r = StringRange.two(a, 2);
            int c = compare(r[0], r[1], ci);
            return c < 0 ? holds.less() : c == 0 ? holds.equal() : holds.greater();
        });
    }

    /** The length of the common prefix of the two ranges. */
    private static int mismatch(StringRange x, StringRange y, boolean ci) {
        int n = 0;
        while (n < Math.min(x.length(), y.length()) && same(x.charAt(n), y.charAt(n), ci)) {
            n++;
        }
        return n;
    }

    /** Negative, zero or positive as x sorts before, with or after y. */
    private static int compare(StringRange x, StringRange y, boolean ci) {
        int n = mismatch(x, y, ci);
        if (n == x.length() || n == y.length()) {
            return Integer.compare(x.length(), y.length());
        }
        return Character.compare(fold(x.charAt(n), ci), fold(y.charAt(n), ci));
    }

    private static boolean same(char x, char y, boolean ci) {
        return fold(x, ci) == fold(y, ci);
    }

    private static char fold(char c, boolean ci) {
        return ci ? Ascii.downcase(c) : c;
    }
}
