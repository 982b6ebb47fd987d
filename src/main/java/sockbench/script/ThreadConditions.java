package sockbench.script;

import java.util.List;

/**
 * SRFI-18's exceptions as CHICKEN raises them: conditions of the kinds join-timeout-exception,
 * abandoned-mutex-exception, terminated-thread-exception and uncaught-exception (with its reason).
 * They carry an exn message and arguments too, so that the REPL can say what happened.
 */
final class ThreadConditions {
    private ThreadConditions() {
    }

    static Condition of(String kind, String message, Object... arguments) {
        Condition c = new Condition(List.of(kind));
        c.put("exn", "message", MString.fromJava(message));
        c.put("exn", "arguments", Lists.of(arguments));
        return c;
    }

    /** What thread-join! raises when the thread died of an error: CHICKEN's "uncaught exception" with the reason. */
    static Condition uncaught(Object reason) {
        return of("uncaught-exception", "uncaught exception", reason).put("uncaught-exception", "reason", reason);
    }

    static void install(GlobalEnv g) {
        for (String kind : List.of("join-timeout-exception", "abandoned-mutex-exception", "terminated-thread-exception",
                "uncaught-exception")) {
            g.defineProcedure(kind + "?", 1, 1, a -> a[0] instanceof ConditionLike c && c.kinds().contains(kind));
        }
        g.defineProcedure("uncaught-exception-reason", 1, 1, a -> {
            Object reason = a[0] instanceof ConditionLike c && c.kinds().contains("uncaught-exception")
                    ? c.property("uncaught-exception", "reason") : null;
            if (reason == null) {
                throw Errors.wrongType("uncaught-exception condition", a[0]);
            }
            return reason;
        });
    }
}
