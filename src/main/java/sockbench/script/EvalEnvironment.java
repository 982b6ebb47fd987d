package sockbench.script;

import java.util.List;

/**
 * The environments {@code eval} takes, as eval.scm makes them: {@code (interaction-environment)},
 * {@code (scheme-report-environment 4 or 5)}, {@code (null-environment 4 or 5)}, printed
 * {@code #<environment NAME>}. This console has one top-level environment: eval in any of them
 * evaluates there, so a report environment offers more names than CHICKEN's does (never fewer).
 */
record EvalEnvironment(String name) {
    static final EvalEnvironment INTERACTION = new EvalEnvironment("interaction-environment");

    static void install(GlobalEnv g) {
        g.defineProcedure("interaction-environment", 0, 0, a -> INTERACTION);
        g.defineProcedure("scheme-report-environment", 1, 1, a -> report("scheme-report-environment", a[0],
                "unsupported scheme report environment version"));
        g.defineProcedure("null-environment", 1, 1, a -> report("null-environment", a[0],
                "unsupported null environment version"));
    }

    /** eval's optional environment: #f or one of these, else ##sys#check-structure's type error. */
    static void check(Object x) {
        if (x != Boolean.FALSE && !(x instanceof EvalEnvironment)) {
            throw Errors.located("eval", List.of("exn", "type"), "bad argument type - not a structure of the required type",
                    x, Symbol.of("environment"));
        }
    }

    private static EvalEnvironment report(String procedure, Object n, String unsupported) {
        if (!(n instanceof Long version)) {
            throw Errors.wrongType("fixnum", n).locate(procedure);
        }
        if (version != 4 && version != 5) {
            throw Errors.located(procedure, List.of("exn"), unsupported, n);
        }
        return new EvalEnvironment(procedure + "/" + version);
    }

    @Override
    public String toString() {
        return "#<environment " + name + ">";
    }
}
