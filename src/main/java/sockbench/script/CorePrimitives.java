package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import static sockbench.script.Primitive.MANY;

/** Type predicates, equality, and control: apply, values, escapes, parameters, setters, exit, eval. */
final class CorePrimitives {
    /** Thrown by an escaping continuation to the {@code call/cc} that made it. */
    private static final class Escape extends ControlFlow {
        private static final long serialVersionUID = 1L;

        private final transient Object tag;
        private final transient Object value;

        Escape(Object tag, Object value) {
            super("continuation");
            this.tag = tag;
            this.value = value;
        }
    }

    private CorePrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.defineProcedure("not", 1, 1, a -> Boolean.FALSE.equals(a[0]));
        g.defineProcedure("eq?", 2, 2, a -> Equality.eq(a[0], a[1]));
        g.defineProcedure("eqv?", 2, 2, a -> Equality.eqv(a[0], a[1]));
        g.defineProcedure("equal?", 2, 2, a -> Equality.equal(a[0], a[1]));
        g.defineProcedure("boolean?", 1, 1, a -> a[0] instanceof Boolean);
        g.defineProcedure("null?", 1, 1, a -> a[0] == Empty.LIST);
        g.defineProcedure("pair?", 1, 1, a -> a[0] instanceof Pair);
        g.defineProcedure("list?", 1, 1, a -> Lists.length(a[0]) >= 0);
        g.defineProcedure("vector?", 1, 1, a -> a[0] instanceof Object[]);
        g.defineProcedure("procedure?", 1, 1, a -> a[0] instanceof Procedure);
        g.defineProcedure("void", 0, MANY, a -> Special.UNSPECIFIED);

        g.define("apply", new Apply());
        g.defineProcedure("values", 0, MANY, Values::of);
        g.defineProcedure("call-with-values", 2, 2,
                a -> Args.procedure(a[1]).apply(Values.list(Args.procedure(a[0]).apply()).toArray()));
        Primitive callcc = g.defineProcedure("call-with-current-continuation", 1, 1, a -> escapeOnly(Args.procedure(a[0])));
        g.define("call/cc", callcc);
        g.defineProcedure("dynamic-wind", 3, 3, a -> {
            Args.procedure(a[0]).apply();
            Object result;
            try {
                result = Args.procedure(a[1]).apply();
            } catch (SchemeExit exit) {
                throw exit; // CHICKEN's manual: pending dynamic-wind thunks are not invoked when exiting
            } catch (RuntimeException | Error escape) {
                Args.procedure(a[2]).apply();
                throw escape;
            }
            Args.procedure(a[2]).apply();
            return result;
        });

        g.defineProcedure("make-parameter", 1, 2, a -> {
            UnaryOperator<Object> converter = a.length > 1 ? Args.procedure(a[1])::apply : UnaryOperator.identity();
            return new Parameter(null, new ThreadParameter(a[0], converter));
        });
        g.defineProcedure("setter", 1, 1, a -> BindingForms.setterOf(a[0], null));
        g.defineProcedure("getter-with-setter", 2, 2, a -> {
            Procedure getter = Args.procedure(a[0]);
            Procedure setter = Args.procedure(a[1]);
            return new Primitive(getter.name(), 0, MANY, getter::apply, setter);
        });

        g.defineProcedure("exit", 0, 1, a -> {
            // library.scm's exit-handler: (##sys#check-fixnum code), so (exit #t) is a type error
            Object code = Args.optional(a, 0, 0L);
            if (!(code instanceof Long)) {
                throw Errors.wrongType("fixnum", code);
            }
            throw new SchemeExit(Args.intValue(code));
        });
        g.defineProcedure("eval", 1, 2, a -> {
            if (a.length > 1) {
                EvalEnvironment.check(a[1]);
            }
            return interpreter.eval(a[0]);
        });
        g.defineProcedure("strip-syntax", 1, 1, a -> SyntaxData.strip(a[0]));
        LoadPrimitives.install(g, interpreter);
        g.defineProcedure("current-seconds", 0, 0, a -> Math.floorDiv(System.currentTimeMillis(), 1000L)); // time(2): an integer
    }

    /**
     * {@code call/cc} for escapes only: the continuation may be called while {@code receiver} runs
     * (to leave it early, from any depth), not after it has returned.
     */
    private static Object escapeOnly(Procedure receiver) {
        Object tag = new Object();
        AtomicBoolean live = new AtomicBoolean(true);
        Primitive k = new Primitive("continuation", 0, MANY, args -> {
            if (!live.get()) {
                throw Errors.error("continuation called after its extent ended (only escapes are supported)");
            }
            throw new Escape(tag, Values.of(args));
        });
        try {
            return receiver.apply(k);
        } catch (Escape e) {
            if (e.tag == tag) {
                return e.value;
            }
            throw e;
        } finally {
            live.set(false);
        }
    }
}
