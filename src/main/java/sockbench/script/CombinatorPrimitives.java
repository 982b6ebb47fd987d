package sockbench.script;

import java.util.List;

import static sockbench.script.Primitive.MANY;

/**
 * CHICKEN's {@code (chicken base)} procedures on procedures and values: identity, constantly,
 * complement, compose and o, conjoin, disjoin, each, flip, list-of?; and fixnum?, flonum?, gensym.
 */
final class CombinatorPrimitives {
    /** CHICKEN's fixnums on 64-bit machines: 62 bits and a sign. */
    private static final long FIXNUM_MIN = -(1L << 62);
    private static final long FIXNUM_MAX = (1L << 62) - 1;

    private CombinatorPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("identity", 1, 1, a -> a[0]);
        g.defineProcedure("constantly", 0, MANY, a -> {
            Object value = a.length == 1 ? a[0] : Values.of(a.clone());
            return new Primitive(null, 0, MANY, b -> value);
        });
        g.defineProcedure("complement", 1, 1, a -> {
            Procedure p = Args.procedure(a[0]);
            return new Primitive(null, 0, MANY, b -> !Interop.isTrue(p.apply(b)));
        });
        Primitive compose = g.defineProcedure("compose", 0, MANY, a -> {
            Procedure[] fs = procedures(a);
            return new Primitive(null, 0, MANY, b -> {
                Object[] args = b;
                Object result = Values.of(b);
                for (int i = fs.length - 1; i >= 0; i--) {
                    result = fs[i].apply(args);
                    args = Values.list(result).toArray();
                }
                return result;
            });
        });
        g.define("o", compose);
        g.defineProcedure("conjoin", 0, MANY, a -> {
            Procedure[] ps = procedures(a);
            return new Primitive(null, 1, 1, b -> {
                for (Procedure p : ps) {
                    if (!Interop.isTrue(p.apply(b[0]))) {
                        return false;
                    }
                }
                return true;
            });
        });
        g.defineProcedure("disjoin", 0, MANY, a -> {
            Procedure[] ps = procedures(a);
            return new Primitive(null, 1, 1, b -> {
                for (Procedure p : ps) {
                    if (Interop.isTrue(p.apply(b[0]))) {
                        return true;
                    }
                }
                return false;
            });
        });
        g.defineProcedure("each", 0, MANY, a -> {
            Procedure[] ps = procedures(a);
            return new Primitive(null, 0, MANY, b -> {
                Object result = Special.UNSPECIFIED;
                for (Procedure p : ps) {
                    result = p.apply(b);
                }
                return result;
            });
        });
        g.defineProcedure("flip", 1, 1, a -> {
            Procedure p = Args.procedure(a[0]);
            return new Primitive(null, 2, 2, b -> p.apply(b[1], b[0]));
        });
        g.defineProcedure("list-of?", 1, 1, a -> {
            Procedure p = Args.procedure(a[0]);
            return new Primitive(null, 1, 1, b -> {
                if (Lists.length(b[0]) < 0) {
                    return false;
                }
                List<Object> items = Lists.toJava(b[0]);
                return items.stream().allMatch(x -> Interop.isTrue(p.apply(x)));
            });
        });
        g.defineProcedure("fixnum?", 1, 1, a -> a[0] instanceof Long n && n >= FIXNUM_MIN && n <= FIXNUM_MAX);
        g.defineProcedure("flonum?", 1, 1, a -> a[0] instanceof Double);
        g.defineProcedure("gensym", 0, 1, a -> {
            Object prefix = Args.optional(a, 0, Symbol.of("g"));
            if (prefix instanceof Symbol s) {
                return Symbol.gensym(s.name());
            } else if (prefix instanceof MString s) {
                return Symbol.gensym(s.toString());
            }
            throw Errors.error("argument is not a string or symbol", prefix);
        });
    }

    private static Procedure[] procedures(Object[] a) {
        Procedure[] out = new Procedure[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Args.procedure(a[i]);
        }
        return out;
    }
}
