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
        g.defineProcedure("signal", 1, 1, a -> ExceptionHandlers.signal(a[0]));
        g.defineProcedure("raise-continuable", 1, 1, a -> ExceptionHandlers.signal(a[0]));
        for (String raise : List.of("abort", "raise")) {
            g.defineProcedure(raise, 1, 1, a -> {
                throw ExceptionHandlers.abort(a[0]);
            });
        }
        g.defineParameter("current-exception-handler", ExceptionHandlers.PARAMETER);
        g.defineProcedure("condition?", 1, 1, a -> a[0] instanceof ConditionLike);
        g.defineProcedure("get-condition-property", 3, 4, a -> property(a[0], a[1], a[2], a, 3));
        g.defineProcedure("condition-property-accessor", 2, 3, a -> new Primitive("condition-property-accessor", 1, 1,
                b -> property(b[0], a[0], a[1], a, 2)));
        g.defineProcedure("condition-predicate", 1, 1, a -> {
            String kind = Args.symbol(a[0]).name();
            return new Primitive(null, 1, 1, b -> b[0] instanceof ConditionLike c && c.kinds().contains(kind));
        });
        g.defineProcedure("make-property-condition", 1, MANY, ConditionPrimitives::propertyCondition);
        g.define("make-condition", g.lookup("make-property-condition"));
        // (condition '(exn message "m") '(net errno 5)): CHICKEN 5's constructor from kind lists
        g.defineProcedure("condition", 1, MANY, a -> {
            List<ConditionLike> parts = new ArrayList<>();
            for (Object spec : a) {
                parts.add(propertyCondition(Lists.toJava(spec).toArray()));
            }
            return parts.size() == 1 ? parts.get(0) : Condition.composite(parts);
        });
        g.defineProcedure("condition->list", 1, 1, a -> {
            if (!(a[0] instanceof ConditionLike c)) {
                throw Errors.error("argument is not a condition object", a[0]);
            }
            List<Object> out = new ArrayList<>();
            for (String kind : c.kinds()) {
                List<Object> entry = new ArrayList<>();
                entry.add(Symbol.of(kind));
                for (String name : propertyNames(c, kind)) {
                    entry.add(Symbol.of(name));
                    entry.add(Conditions.property(c, kind, name));
                }
                out.add(Lists.fromJava(entry));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("make-composite-condition", 1, MANY, a -> {
            List<ConditionLike> parts = new ArrayList<>();
            for (Object x : a) {
                parts.add(condition(x));
            }
            return Condition.composite(parts);
        });
        g.defineProcedure("with-exception-handler", 2, 2,
                a -> ExceptionHandlers.withHandler(Args.procedure(a[0]), Args.procedure(a[1])));
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
        if (a.length == 1 && a[0] instanceof Symbol s) {
            // CHICKEN: a lone symbol is the message, not a location
            a = new Object[] {MString.of(s.name())};
        }
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
        throw ExceptionHandlers.abort(c);
    }

    private static Condition propertyCondition(Object[] a) {
        String kind = Args.symbol(a[0]).name();
        if (a.length % 2 == 0) {
            throw Errors.error("argument is not an even property list", Lists.of(java.util.Arrays.copyOfRange(a, 1, a.length)));
        }
        Condition c = new Condition(List.of(kind));
        for (int i = 1; i + 1 < a.length; i += 2) {
            c.put(kind, Args.symbol(a[i]).name(), a[i + 1]);
        }
        return c;
    }

    /** The property names of one kind, in the order they were given. */
    private static List<String> propertyNames(ConditionLike c, String kind) {
        if (c instanceof Condition own) {
            return own.propertyNames(kind);
        }
        List<String> names = new ArrayList<>();
        for (String name : List.of("message", "arguments", "location", "errno", "errno-symbol", "syscall")) {
            if (c.property(kind, name) != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** CHICKEN's accessor: #f when the condition lacks the kind, the default (or an error) when it lacks the property. */
    private static Object property(Object c, Object kind, Object name, Object[] a, int defaultIndex) {
        ConditionLike condition = condition(c);
        if (!condition.kinds().contains(Args.symbol(kind).name())) {
            return false;
        }
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
