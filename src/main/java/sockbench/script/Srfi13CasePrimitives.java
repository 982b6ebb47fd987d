package sockbench.script;

/**
 * SRFI-13's string-titlecase and the case conversions in place (string-upcase!, string-downcase!,
 * string-titlecase!), each over optional {@code [start end]}. Cased chars are the ASCII letters, as
 * CHICKEN's char-alphabetic? sees its byte strings.
 */
final class Srfi13CasePrimitives {
    private Srfi13CasePrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("string-titlecase", 1, 3, a -> {
            StringRange r = StringRange.of(a, 0, 1);
            MString copy = MString.of(r.text());
            titlecase(copy, 0, copy.length());
            return copy;
        });
        g.defineProcedure("string-titlecase!", 1, 3, a -> {
            StringRange r = StringRange.of(a, 0, 1);
            titlecase(r.s(), r.start(), r.end());
            return null;
        });
        g.defineProcedure("string-upcase!", 1, 3, a -> {
            StringRange r = StringRange.of(a, 0, 1);
            for (int i = r.start(); i < r.end(); i++) {
                r.s().setCharAt(i, Ascii.upcase(r.s().charAt(i)));
            }
            return r.s(); // the egg's %string-map! answers the string
        });
        g.defineProcedure("string-downcase!", 1, 3, a -> {
            StringRange r = StringRange.of(a, 0, 1);
            for (int i = r.start(); i < r.end(); i++) {
                r.s().setCharAt(i, Ascii.downcase(r.s().charAt(i)));
            }
            return r.s();
        });
    }

    /** Each run of letters gets its first one upcased and the rest downcased. */
    private static void titlecase(MString s, int start, int end) {
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Ascii.isLetter(c)) {
                s.setCharAt(i, inWord ? Ascii.downcase(c) : Ascii.upcase(c));
                inWord = true;
            } else {
                inWord = false;
            }
        }
    }
}
