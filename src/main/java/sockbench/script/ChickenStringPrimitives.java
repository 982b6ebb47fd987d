package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rest of CHICKEN's {@code (chicken string)} beside string-split, string-intersperse, conc and
 * ->string ({@link StringPrimitives}): substring-index, string-translate, string-chomp, string-chop,
 * string-compare3; and {@code string-search} for simple regular expressions (Java's syntax, which
 * agrees with irregex on the everyday ones).
 */
final class ChickenStringPrimitives {
    private ChickenStringPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("substring-index", 2, 3, a -> substringIndex(a, false));
        g.defineProcedure("substring-index-ci", 2, 3, a -> substringIndex(a, true));
        g.defineProcedure("substring=?", 2, 5, a -> substringEqual(a, false));
        g.defineProcedure("substring-ci=?", 2, 5, a -> substringEqual(a, true));
        g.defineProcedure("string-translate", 2, 3, ChickenStringPrimitives::translate);
        g.defineProcedure("string-translate*", 2, 2, a -> {
            String s = Args.string(a[0]).toString();
            List<Object> map = Lists.toJava(a[1]);
            StringBuilder out = new StringBuilder();
            int i = 0;
            outer:
            while (i < s.length()) {
                for (Object entry : map) {
                    Pair p = Args.pair(entry);
                    String from = Args.string(p.car).toString();
                    if (!from.isEmpty() && s.startsWith(from, i)) {
                        out.append(Args.string(p.cdr));
                        i += from.length();
                        continue outer;
                    }
                }
                out.append(s.charAt(i++));
            }
            return MString.of(out);
        });
        // (reverse-string-append list): the strings of the list joined, last first
        g.defineProcedure("reverse-string-append", 1, 1, a -> {
            List<Object> parts = new java.util.ArrayList<>(Args.list(a[0]));
            java.util.Collections.reverse(parts);
            StringBuilder out = new StringBuilder();
            for (Object part : parts) {
                out.append(Args.string(part).toString());
            }
            return MString.of(out);
        });
        g.defineProcedure("string-chomp", 1, 2, a -> {
            String s = Args.string(a[0]).toString();
            String suffix = Args.string(Args.optional(a, 1, MString.of("\n"))).toString();
            return MString.of(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
        });
        g.defineProcedure("string-chop", 2, 2, a -> {
            String s = Args.string(a[0]).toString();
            int n = Args.index(a[1]);
            if (n == 0) {
                throw Errors.error("chop length must be positive", a[1]);
            }
            List<Object> pieces = new ArrayList<>();
            for (int i = 0; i < s.length(); i += n) {
                pieces.add(MString.of(s.substring(i, Math.min(s.length(), i + n))));
            }
            return Lists.fromJava(pieces);
        });
        g.defineProcedure("string-compare3", 2, 2, a -> (long) Integer.signum(
                Args.string(a[0]).toString().compareTo(Args.string(a[1]).toString())));
        g.defineProcedure("string-compare3-ci", 2, 2, a -> (long) Integer.signum(
                Ascii.downcase(Args.string(a[0])).compareTo(Ascii.downcase(Args.string(a[1])))));
        g.defineProcedure("string-search", 2, 3, a -> {
            Matcher m = pattern(a[0]).matcher(Args.string(a[1]));
            if (!m.find(Args.index(Args.optional(a, 2, 0L)))) {
                return false;
            }
            List<Object> groups = new ArrayList<>();
            for (int i = 0; i <= m.groupCount(); i++) {
                groups.add(m.group(i) == null ? Boolean.FALSE : MString.of(m.group(i)));
            }
            return Lists.fromJava(groups);
        });
        g.defineProcedure("string-search-positions", 2, 3, a -> {
            Matcher m = pattern(a[0]).matcher(Args.string(a[1]));
            if (!m.find(Args.index(Args.optional(a, 2, 0L)))) {
                return false;
            }
            List<Object> spans = new ArrayList<>();
            for (int i = 0; i <= m.groupCount(); i++) {
                spans.add(m.start(i) < 0 ? Boolean.FALSE : Lists.of((long) m.start(i), (long) m.end(i)));
            }
            return Lists.fromJava(spans);
        });
    }

    /** {@code (substring-index which where [start])}: where {@code which} first occurs in {@code where}, or #f. */
    private static Object substringIndex(Object[] a, boolean ignoreCase) {
        String which = Args.string(a[0]).toString();
        String where = Args.string(a[1]).toString();
        int start = Args.index(Args.optional(a, 2, 0L));
        if (start > where.length()) {
            throw Errors.outOfRange(start, where.length());
        }
        int i = ignoreCase ? Ascii.downcase(where).indexOf(Ascii.downcase(which), start) : where.indexOf(which, start);
        return i < 0 ? (Object) false : (long) i;
    }

    private static Object substringEqual(Object[] a, boolean ignoreCase) {
        String s1 = Args.string(a[0]).toString();
        String s2 = Args.string(a[1]).toString();
        int start1 = Args.index(Args.optional(a, 2, 0L));
        int start2 = Args.index(Args.optional(a, 3, 0L));
        int len = a.length > 4 ? Args.index(a[4]) : Math.min(s1.length() - start1, s2.length() - start2);
        if (start1 + len > s1.length() || start2 + len > s2.length() || len < 0) {
            throw Errors.outOfRange(len, Math.min(s1.length(), s2.length()));
        }
        return s1.regionMatches(ignoreCase, start1, s2, start2, len);
    }

    /**
     * {@code (string-translate s from [to])}: each char of {@code s} found in {@code from} (a char or
     * a string of chars) becomes the char at the same place in {@code to}, or is dropped without {@code to}.
     */
    private static Object translate(Object[] a) {
        String s = Args.string(a[0]).toString();
        String from = a[1] instanceof Character c ? String.valueOf(c) : Args.string(a[1]).toString();
        String to = a.length < 3 ? null : a[2] instanceof Character c ? String.valueOf(c) : Args.string(a[2]).toString();
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = from.indexOf(c);
            if (i < 0) {
                out.append(c);
            } else if (to != null) {
                if (i >= to.length()) {
                    throw Errors.error("invalid translation destination", MString.of(to));
                }
                out.append(to.charAt(i));
            }
        }
        return MString.of(out);
    }

    private static Pattern pattern(Object x) {
        try {
            return Pattern.compile(Args.string(x).toString());
        } catch (PatternSyntaxException e) {
            throw Errors.error("invalid regular expression: " + e.getDescription(), x);
        }
    }
}
