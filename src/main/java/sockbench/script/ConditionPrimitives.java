package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static sockbench.script.Primitive.MANY;

/** Raising and inspecting conditions, CHICKEN's way. */
final class ConditionPrimitives {
    private ConditionPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.defineProcedure("error", 0, MANY, ConditionPrimitives::error);
        for (String raise : List.of("signal", "abort", "raise")) {
            g.defineProcedure(raise, 1, 1, a -> {
                throw new SchemeError(a[0]);
            });
        }
        g.defineProcedure("condition?", 1, 1, a -> a[0] instanceof ConditionLike);
        g.defineProcedure("get-condition-property", 3, 4, a -> property(a[0], a[1], a[2], a, 3));
        g.defineProcedure("condition-property-accessor", 2, 3, a -> new Primitive("condition-property-accessor", 1, 1,
                b -> property(b[0], a[0], a[1], a, 2)));
        g.defineProcedure("make-property-condition", 1, MANY, a -> {
            String kind = Args.symbol(a[0]).name();
            Condition c = new Condition(List.of(kind));
            for (int i = 1; i + 1 < a.length; i += 2) {
                c.put(kind, Args.symbol(a[i]).name(), a[i + 1]);
            }
            return c;
        });
        g.defineProcedure("make-composite-condition", 1, MANY, a -> {
            List<ConditionLike> parts = new ArrayList<>();
            for (Object x : a) {
                parts.add(condition(x));
            }
            return Condition.composite(parts);
        });
        g.defineProcedure("with-exception-handler", 2, 2, a -> {
            Procedure handler = Args.procedure(a[0]);
            Procedure thunk = Args.procedure(a[1]);
            Object payload;
            try {
                return thunk.apply();
            } catch (ControlFlow transfer) {
                throw transfer;
            } catch (RuntimeException | StackOverflowError e) {
                payload = Conditions.toError(e).payload();
            }
            return handler.apply(payload);
        });
        g.defineProcedure("print-error-message", 1, 2, a -> {
            OutputPort out = Args.outputPort(Args.optional(a, 1, interpreter.errorPort()));
            SchemeError e = a[0] instanceof SchemeError err ? err : new SchemeError(a[0]);
            out.write(ByteText.encode(e.report()) + "\n");
            return null;
        });
    }

    /** {@code (error [location] [message] argument ...)}. */
    private static Object error(Object[] a) {
        int i = 0;
        Symbol location = null;
        if (i < a.length && a[i] instanceof Symbol s) {
            location = s;
            i++;
        }
        MString message = MString.of("");
        if (i < a.length && a[i] instanceof MString m) {
            message = m;
            i++;
        }
        Condition c = Condition.exn(List.of("exn"), "", Arrays.copyOfRange(a, i, a.length));
        c.put("exn", "message", message);
        if (location != null) {
            c.put("exn", "location", location);
        }
        throw new SchemeError(c);
    }

    private static Object property(Object c, Object kind, Object name, Object[] a, int defaultIndex) {
        ConditionLike condition = condition(c);
        Object value = Conditions.property(condition, Args.symbol(kind).name(), Args.symbol(name).name());
        if (value != null) {
            return value;
        }
        if (defaultIndex < a.length) {
            return a[defaultIndex];
        }
        throw Errors.error("condition has no such property", kind, name);
    }

    private static ConditionLike condition(Object x) {
        if (x instanceof ConditionLike c) {
            return c;
        }
        throw Errors.wrongType("condition", x);
    }
}
