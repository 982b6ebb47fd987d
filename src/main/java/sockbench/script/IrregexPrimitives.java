package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static sockbench.script.Primitive.MANY;

/**
 * CHICKEN's {@code (chicken irregex)} over strings (manual, "Module (chicken irregex)"), with
 * irregex-core.scm's rules: a search from a start index anchors {@code bos} there; a fold that
 * matches the empty string goes on one char further, but hands the next kons the end of that
 * match; {@code irregex-split} drops the empty pieces between adjacent matches; an index that
 * names no submatch is an error, one whose submatch did not take part gives #f. Errors are worded
 * as irregex words them ("not a string", "not a valid index"). The chunked API is not provided.
 */
final class IrregexPrimitives {
    private IrregexPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("irregex", 1, MANY, a -> Irregex.of(a[0], a, 1));
        g.defineProcedure("string->irregex", 1, MANY, a -> Irregex.of(string(a[0]), a, 1));
        g.defineProcedure("sre->irregex", 1, MANY, a -> Irregex.ofSre(a[0], a, 1));
        g.defineProcedure("string->sre", 1, 1, a -> PosixSyntax.toSre(string(a[0]), false, false, false));
        g.defineProcedure("maybe-string->sre", 1, 1, a -> a[0] instanceof MString s ? PosixSyntax.toSre(s, false, false, false) : a[0]);
        g.defineProcedure("irregex?", 1, 1, a -> a[0] instanceof Irregex);
        g.defineProcedure("irregex-match-data?", 1, 1, a -> a[0] instanceof IrregexMatch);
        g.defineProcedure("irregex-num-submatches", 1, 1, a -> (long) irregex(a[0]).submatches);
        g.defineProcedure("irregex-names", 1, 1, a -> irregex(a[0]).names);
        g.defineProcedure("irregex-match-num-submatches", 1, 1, a -> (long) match(a[0]).submatches());
        g.defineProcedure("irregex-match-names", 1, 1, a -> match(a[0]).names);

        g.defineProcedure("irregex-search", 2, 4, a -> found(run(a, false)));
        g.defineProcedure("irregex-match", 2, 4, a -> found(run(a, true)));
        g.defineProcedure("irregex-match?", 2, 4, a -> run(a, true) != null);

        g.defineProcedure("irregex-match-substring", 1, 2, a -> {
            IrregexMatch m = match(a[0]);
            int n = index(m, a);
            return n < 0 ? Boolean.FALSE : m.substring(n);
        });
        g.defineProcedure("irregex-match-start-index", 1, 2, a -> {
            IrregexMatch m = match(a[0]);
            int n = index(m, a);
            return n < 0 ? Boolean.FALSE : (Object) (long) m.start(n);
        });
        g.defineProcedure("irregex-match-end-index", 1, 2, a -> {
            IrregexMatch m = match(a[0]);
            int n = index(m, a);
            return n < 0 ? Boolean.FALSE : (Object) (long) m.end(n);
        });
        g.defineProcedure("irregex-match-valid-index?", 2, 2, a -> {
            IrregexMatch m = match(a[0]);
            if (a[1] instanceof Long n) {
                return n >= 0 && n <= m.submatches();
            }
            if (a[1] instanceof Number) {
                throw Errors.error("not an exact integer", a[1]);
            }
            return named(m.names, a[1]).size() > 0;
        });

        g.defineProcedure("irregex-replace", 2, MANY, a -> {
            MString str = string(a[1]);
            IrregexMatch m = search(Irregex.of(a[0], a, a.length), str, 0, 0, str.length(), false);
            if (m == null) {
                return str;
            }
            StringBuilder out = new StringBuilder(str.subSequence(0, m.start(0)));
            replacement(m, a, 2, out);
            return MString.of(out.append(str.subSequence(m.end(0), str.length())));
        });
        g.defineProcedure("irregex-replace/all", 2, MANY, a -> {
            MString str = string(a[1]);
            StringBuilder out = new StringBuilder();
            int tail = fold(Irregex.of(a[0], a, a.length), str, 0, str.length(), (from, m) -> {
                out.append(str.subSequence(Math.min(from, m.start(0)), m.start(0)));
                replacement(m, a, 2, out);
            });
            return MString.of(out.append(str.subSequence(tail, str.length())));
        });
        g.defineProcedure("irregex-split", 2, 4, a -> {
            MString str = string(a[1]);
            int start = bound(a, 2, 0, str);
            int end = bound(a, 3, str.length(), str);
            List<Object> pieces = new ArrayList<>();
            int tail = fold(Irregex.of(a[0], a, a.length), str, start, end, (from, m) -> {
                if (from != m.start(0)) {
                    pieces.add(MString.of(str.subSequence(from, m.start(0))));
                }
            });
            if (tail != end) {
                pieces.add(MString.of(str.subSequence(tail, end)));
            }
            return Lists.fromJava(pieces);
        });
        g.defineProcedure("irregex-extract", 2, 4, a -> {
            MString str = string(a[1]);
            List<Object> found = new ArrayList<>();
            fold(Irregex.of(a[0], a, a.length), str, bound(a, 2, 0, str), bound(a, 3, str.length(), str),
                    (from, m) -> found.add(m.substring(0)));
            return Lists.fromJava(found);
        });
        g.defineProcedure("irregex-fold", 4, 7, a -> {
            Procedure kons = procedure(a[1]);
            MString str = string(a[3]);
            Object[] seed = {a[2]};
            int tail = fold(Irregex.of(a[0], a, a.length), str, bound(a, 5, 0, str), bound(a, 6, str.length(), str),
                    (from, m) -> seed[0] = kons.apply((long) from, m, seed[0]));
            return a.length > 4 && a[4] != Boolean.FALSE ? procedure(a[4]).apply((long) tail, seed[0]) : seed[0];
        });
        g.defineProcedure("irregex-quote", 1, 1, a -> {
            StringBuilder out = new StringBuilder();
            for (char c : string(a[0]).toString().toCharArray()) {
                if ("\\|[](){}.*+?^$#".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
            return MString.of(out);
        });
    }

    private static Object found(IrregexMatch m) {
        return m == null ? Boolean.FALSE : m;
    }

    /** irregex-search / irregex-match: (irx str [start end]). */
    private static IrregexMatch run(Object[] a, boolean anchored) {
        MString str = string(a[1]);
        int start = bound(a, 2, 0, str);
        int end = bound(a, 3, str.length(), str);
        return search(Irregex.of(a[0], a, a.length), str, start, start, end, anchored);
    }

    /**
     * A search (or an anchored match) from {@code from} in the text [start, end) of {@code str}:
     * {@code bos} and {@code eos} are at start and end, and assertions see no char outside them.
     */
    private static IrregexMatch search(Irregex irx, MString str, int from, int start, int end, boolean anchored) {
        Matcher m = irx.pattern.matcher(str.subSequence(start, end));
        m.useAnchoringBounds(false).useTransparentBounds(true).region(from - start, end - start);
        boolean ok = anchored ? m.matches() : m.find();
        return ok ? new IrregexMatch(str, m, start, irx.names) : null;
    }

    interface Step {
        void match(int from, IrregexMatch m);
    }

    /**
     * irregex-fold/fast: each non-overlapping match in order, with the index the search began from
     * (the last match's end); after an empty match the next search starts one char on. Answers the
     * index the finish takes: where the last match ended.
     */
    private static int fold(Irregex irx, MString str, int start, int end, Step step) {
        int from = start;
        int i = start;
        while (i < end) {
            IrregexMatch m = search(irx, str, i, start, end, false);
            if (m == null) {
                break;
            }
            step.match(from, m);
            from = m.end(0);
            i = m.end(0) == m.start(0) ? from + 1 : from;
        }
        return from;
    }

    /** irregex-apply-match: strings as they are, an index or a name its submatch ("" if none), pre, post, or a procedure's answer. */
    private static void replacement(IrregexMatch m, Object[] a, int from, StringBuilder out) {
        for (int i = from; i < a.length; i++) {
            Object r = a[i];
            if (r instanceof Long n) {
                int k = index(m, n);
                out.append(k < 0 ? "" : m.substring(k));
            } else if (r instanceof Procedure p) {
                out.append(string(p.apply(m)));
            } else if (r instanceof Symbol s && s.name().equals("pre")) {
                out.append(m.source.subSequence(0, m.start(0)));
            } else if (r instanceof Symbol s && s.name().equals("post")) {
                out.append(m.source.subSequence(m.end(0), m.source.length()));
            } else if (r instanceof Symbol s) {
                List<Integer> ks = named(m.names, s);
                if (ks.isEmpty()) {
                    throw Errors.error("unknown match replacement", s);
                }
                out.append(m.matched(ks.get(0)) ? m.substring(ks.get(0)) : "");
            } else {
                out.append(string(r));
            }
        }
    }

    /** The submatch an optional index or name (a[1]) picks: -1 when it took no part. */
    private static int index(IrregexMatch m, Object[] a) {
        if (a.length < 2) {
            return 0;
        }
        Object n = a[1];
        if (n instanceof Number) {
            return index(m, n);
        }
        List<Integer> candidates = named(m.names, n);
        if (candidates.isEmpty()) {
            throw Errors.error("unknown match name", n);
        }
        for (int k : candidates) {
            if (m.matched(k)) {
                return k;
            }
        }
        return -1;
    }

    private static int index(IrregexMatch m, Object n) {
        if (!(n instanceof Long k)) {
            throw Errors.error("not an exact integer", n);
        }
        if (k < 0 || k > m.submatches()) {
            throw Errors.error("not a valid index", m, n);
        }
        return m.matched(k.intValue()) ? k.intValue() : -1;
    }

    /** The submatch indexes named {@code name} in an alist of (name . index). */
    private static List<Integer> named(Object names, Object name) {
        List<Integer> found = new ArrayList<>();
        for (Object entry : Lists.toJava(names)) {
            if (((Pair) entry).car == name) {
                found.add(((Long) ((Pair) entry).cdr).intValue());
            }
        }
        return found;
    }

    private static int bound(Object[] a, int i, int otherwise, MString str) {
        if (a.length <= i || a[i] == Boolean.FALSE) {
            return otherwise;
        }
        if (!(a[i] instanceof Long n)) {
            throw Errors.error("not an exact integer", a[i]);
        }
        if (n < 0 || n > str.length()) {
            throw Errors.error("index out of range", a[i]);
        }
        return n.intValue();
    }

    private static MString string(Object x) {
        if (x instanceof MString s) {
            return s;
        }
        throw Errors.error("not a string", x);
    }

    private static Procedure procedure(Object x) {
        if (x instanceof Procedure p) {
            return p;
        }
        throw Errors.error("not a procedure", x);
    }

    private static Irregex irregex(Object x) {
        if (x instanceof Irregex irx) {
            return irx;
        }
        throw Errors.error("not an irregex", x);
    }

    private static IrregexMatch match(Object x) {
        if (x instanceof IrregexMatch m) {
            return m;
        }
        throw Errors.error("not match data", x);
    }
}
