package sockbench.script;

import static sockbench.script.Primitive.MANY;

/** The case-folding char and string procedures: ASCII only, as CHICKEN's are on its byte strings. */
final class CaseFoldPrimitives {
    private CaseFoldPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("char-upcase", 1, 1, a -> Ascii.upcase(Args.character(a[0])));
        g.defineProcedure("char-downcase", 1, 1, a -> Ascii.downcase(Args.character(a[0])));
        g.defineProcedure("char-foldcase", 1, 1, a -> Ascii.downcase(Args.character(a[0])));
        g.defineProcedure("string-foldcase", 1, 1, a -> MString.of(Ascii.downcase(Args.string(a[0]))));
        g.defineProcedure("char-ci=?", 1, MANY, a -> StringPrimitives.chars(folded(a), c -> c == 0));
        g.defineProcedure("char-ci<?", 1, MANY, a -> StringPrimitives.chars(folded(a), c -> c < 0));
        g.defineProcedure("char-ci>?", 1, MANY, a -> StringPrimitives.chars(folded(a), c -> c > 0));
        g.defineProcedure("char-ci<=?", 1, MANY, a -> StringPrimitives.chars(folded(a), c -> c <= 0));
        g.defineProcedure("char-ci>=?", 1, MANY, a -> StringPrimitives.chars(folded(a), c -> c >= 0));
        g.defineProcedure("string-ci=?", 1, MANY, a -> StringPrimitives.compare(a, true, c -> c == 0));
        g.defineProcedure("string-ci<?", 1, MANY, a -> StringPrimitives.compare(a, true, c -> c < 0));
        g.defineProcedure("string-ci>?", 1, MANY, a -> StringPrimitives.compare(a, true, c -> c > 0));
        g.defineProcedure("string-ci<=?", 1, MANY, a -> StringPrimitives.compare(a, true, c -> c <= 0));
        g.defineProcedure("string-ci>=?", 1, MANY, a -> StringPrimitives.compare(a, true, c -> c >= 0));
    }

    private static Object[] folded(Object[] chars) {
        Object[] out = new Object[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = Ascii.downcase(Args.character(chars[i]));
        }
        return out;
    }
}
