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
        g.defineProcedure("error", 0, MANY, a -> {
            throw error(a);
        });
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
        g.defineProcedure("print-error-message", 1, 3, a -> {
            OutputPort out = Args.outputPort(Args.optional(a, 1, interpreter.outputPort()));
            out.write(errorMessage(a[0] instanceof SchemeError err ? err.payload() : a[0], Args.optional(a, 2, MString.of("Error"))));
            return null;
        });
    }

    /**
     * {@code (print-error-message ex [port [header]])} as CHICKEN's library.scm prints it: a newline,
     * the header, then {@code : (location) message} and the arguments, one written per line (after
     * {@code ": "} when there is only one).
     */
    private static String errorMessage(Object ex, Object header) {
        StringBuilder s = new StringBuilder("\n").append(Printer.display(header));
        if (ex instanceof ConditionLike c) {
            Object message = c.property("exn", "message");
            if (message != null) {
                Object location = c.property("exn", "location");
                s.append(": ").append(location instanceof Symbol loc ? "(" + loc.name() + ") " : "")
                        .append(Printer.display(Interop.toScheme(message)));
            } else if (c.kinds().equals(List.of("user-interrupt"))) {
                s.append(": *** user interrupt ***");
            } else {
                s.append(": <condition> ").append(Printer.display(Lists.fromJava(c.kinds().stream().map(k -> (Object) Symbol.of(k)).toList())));
            }
            Object arguments = Interop.toScheme(c.property("exn", "arguments"));
            if (arguments instanceof Pair) {
                List<Object> args = Lists.toJava(arguments);
                s.append(args.size() == 1 ? ": " : "\n");
                args.forEach(x -> s.append(Printer.write(x)).append('\n'));
            }
        } else if (ex instanceof MString m) {
            s.append(": ").append(m).append('\n');
        } else {
            s.append(": uncaught exception: ").append(Printer.write(ex)).append('\n');
        }
        return s.toString();
    }

    /** {@code (error [location] [message] argument ...)}: the error to throw, after the current handler has seen it. */
    static SchemeError error(Object[] a) {
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
        return ExceptionHandlers.abort(c);
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
