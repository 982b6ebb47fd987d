package sockbench.script;

import java.util.List;

import static sockbench.script.Primitive.MANY;

/**
 * SRFI-13's procedures that build a new string out of others or out of a generator:
 * string-tabulate, reverse-list->string, string-unfold(-right), substring/shared,
 * string-append/shared, string-concatenate/shared, string-concatenate-reverse(/shared),
 * string-replace and xsubstring. The /shared forms answer an argument itself where the egg does.
 */
final class Srfi13BuildPrimitives {
    private Srfi13BuildPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("string-tabulate", 2, 2, a -> {
            Procedure f = Args.procedure(a[0]);
            MString s = MString.filled(Args.index(a[1]), ' ');
            for (int i = s.length() - 1; i >= 0; i--) { // last first, as the egg fills it
                s.setCharAt(i, Args.character(f.apply((long) i)));
            }
            return s;
        });
        g.defineProcedure("reverse-list->string", 1, 1, a -> {
            StringBuilder out = new StringBuilder();
            for (Object c : Lists.toJava(a[0])) {
                out.append(Args.character(c));
            }
            return MString.of(out.reverse());
        });
        g.defineProcedure("string-unfold", 4, 6, a -> {
            Unfolded u = Unfolded.of(a);
            return MString.of(u.base(a) + u.chars() + u.last(a));
        });
        g.defineProcedure("string-unfold-right", 4, 6, a -> {
            Unfolded u = Unfolded.of(a);
            return MString.of(u.last(a) + new StringBuilder(u.chars()).reverse() + u.base(a));
        });
        g.defineProcedure("substring/shared", 2, 3, a -> {
            MString s = Args.string(a[0]);
            StringRange r = StringRange.checked(s, a[1], Args.optional(a, 2, (long) s.length()), "substring/shared");
            return shared(r);
        });
        g.defineProcedure("string-append/shared", 0, MANY, a -> concatenateShared(List.of(a)));
        g.defineProcedure("string-concatenate/shared", 1, 1, a -> concatenateShared(Lists.toJava(a[0])));
        g.defineProcedure("string-concatenate-reverse", 1, 3, a -> concatenateReverse(a, false));
        g.defineProcedure("string-concatenate-reverse/shared", 1, 3, a -> concatenateReverse(a, true));
        g.defineProcedure("string-replace", 4, 6, a -> {
            StringRange r1 = StringRange.checked(a[0], a[2], a[3], "string-replace");
            StringRange r2 = StringRange.of(a, 1, 4);
            String s1 = r1.s().toString();
            return MString.of(s1.substring(0, r1.start()) + r2.text() + s1.substring(r1.end()));
        });
        g.defineProcedure("xsubstring", 2, 5, a -> {
            int from = Args.intValue(a[1]);
            StringRange r = StringRange.of(a, 0, 3);
            int to = a.length > 2 ? Args.intValue(a[2]) : from + r.length();
            if (to == from) {
                return MString.of("");
            } else if (r.length() == 0) {
                throw Errors.error("Cannot replicate empty (sub)string", r.s(), (long) from, (long) to, (long) r.start(), (long) r.end());
            } else if (to < from) {
                throw Errors.outOfRange(to, from);
            }
            StringBuilder out = new StringBuilder(to - from);
            for (long i = from; i < to; i++) {
                out.append(r.charAt((int) Math.floorMod(i, (long) r.length())));
            }
            return MString.of(out);
        });
    }

    /** The chars {@code (string-unfold p f g seed [base make-final])} makes, and the seed p stopped at. */
    private record Unfolded(StringBuilder chars, Object seed) {
        static Unfolded of(Object[] a) {
            Procedure stop = Args.procedure(a[0]);
            Procedure f = Args.procedure(a[1]);
            Procedure g = Args.procedure(a[2]);
            StringBuilder chars = new StringBuilder();
            Object seed = a[3];
            while (!Interop.isTrue(stop.apply(seed))) {
                chars.append(Args.character(f.apply(seed)));
                seed = g.apply(seed);
            }
            return new Unfolded(chars, seed);
        }

        String base(Object[] a) {
            return Args.string(Args.optional(a, 4, MString.of(""))).toString();
        }

        /** What make-final (by default none) makes of the last seed. */
        String last(Object[] a) {
            return a.length > 5 ? Args.string(Args.procedure(a[5]).apply(seed)).toString() : "";
        }
    }

    /** A range's own string when it is all of it, else a copy of the part. */
    private static MString shared(StringRange r) {
        return r.length() == r.s().length() ? r.s() : MString.of(r.text());
    }

    /** The one non-empty string itself when there is just one, as the egg answers. */
    private static MString concatenateShared(List<Object> strings) {
        StringBuilder out = new StringBuilder();
        MString only = null;
        int nonEmpty = 0;
        for (Object x : strings) {
            MString s = Args.string(x);
            if (s.length() > 0) {
                nonEmpty++;
                only = s;
                out.append(s);
            }
        }
        return nonEmpty == 1 ? only : MString.of(out);
    }

    /** {@code (string-concatenate-reverse strings [final [end]])}: the strings reversed, then final's first end chars. */
    private static MString concatenateReverse(Object[] a, boolean share) {
        List<Object> strings = Lists.toJava(a[0]);
        MString last = Args.string(Args.optional(a, 1, MString.of("")));
        int end = Args.index(Args.optional(a, 2, (long) last.length()));
        if (end > last.length()) {
            throw Errors.outOfRange(end, last.length());
        }
        List<Object> reversed = new java.util.ArrayList<>(strings);
        java.util.Collections.reverse(reversed);
        MString front = concatenateShared(reversed);
        if (share && front.length() == 0) {
            return shared(new StringRange(last, 0, end));
        } else if (share && end == 0) {
            return front;
        }
        return MString.of(new StringBuilder(front).append(last.subSequence(0, end)));
    }
}
