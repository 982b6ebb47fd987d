package sockbench.script;

/**
 * SRFI-13's procedures that change a string in place: string-copy!, string-xcopy!, string-reverse!
 * and string-map!, each over the egg's optional ranges.
 */
final class Srfi13InPlacePrimitives {
    private Srfi13InPlacePrimitives() {
    }

    static void install(GlobalEnv g) {
        // (string-copy! to tstart from [fstart fend])
        g.defineProcedure("string-copy!", 3, 5, a -> {
            StringRange from = StringRange.of(a, 2, 3);
            int tstart = Args.intValue(a[1]);
            StringRange to = StringRange.checked(a[0], a[1], (long) tstart + from.length(), "string-copy!");
            String chars = from.text(); // a copy first: the two ranges may overlap
            for (int i = 0; i < chars.length(); i++) {
                to.s().setCharAt(to.start() + i, chars.charAt(i));
            }
            return null;
        });
        // (string-xcopy! target tstart s sfrom [sto [start end]]): xsubstring's chars written into target
        g.defineProcedure("string-xcopy!", 4, 7, a -> {
            int sfrom = Args.intValue(a[3]);
            StringRange s = StringRange.of(a, 2, 5);
            int sto = a.length > 4 ? Args.intValue(a[4]) : sfrom + s.length();
            int tstart = Args.intValue(a[1]);
            StringRange target = StringRange.checked(a[0], a[1], (long) tstart + sto - sfrom, "string-xcopy!");
            if (target.length() > 0 && s.length() == 0) {
                throw Errors.error("Cannot replicate empty (sub)string", target.s(), (long) tstart, s.s(), (long) sfrom, (long) sto);
            }
            for (int i = 0; i < target.length(); i++) {
                target.s().setCharAt(target.start() + i, s.charAt((int) Math.floorMod((long) sfrom + i, (long) s.length())));
            }
            return null;
        });
        g.defineProcedure("string-reverse!", 1, 3, a -> {
            StringRange r = StringRange.of(a, 0, 1);
            String chars = r.text();
            for (int i = 0; i < chars.length(); i++) {
                r.s().setCharAt(r.end() - 1 - i, chars.charAt(i));
            }
            return null;
        });
        // (string-map! proc s [start end]): the egg's %string-map! answers the string
        g.defineProcedure("string-map!", 2, 4, a -> {
            Procedure f = Args.procedure(a[0]);
            StringRange r = StringRange.of(a, 1, 2);
            for (int i = r.start(); i < r.end(); i++) {
                r.s().setCharAt(i, Args.character(f.apply(r.s().charAt(i))));
            }
            return r.s();
        });
    }
}
