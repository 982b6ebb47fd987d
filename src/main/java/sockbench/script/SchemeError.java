package sockbench.script;

import java.util.List;

/**
 * A raised Scheme object on its way to a handler: usually a condition ({@link ConditionLike}), but
 * {@code (raise 42)} raises 42. It remembers the position of the innermost form it was raised in.
 */
public final class SchemeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object payload;
    private Position position;
    /** The handler frame that has already seen this error (see {@link ExceptionHandlers}), or null. */
    private transient Object handledBy;

    public SchemeError(Object payload) {
        super(null, null, false, false);
        this.payload = payload;
    }

    /** An error that came from a Java exception; the cause keeps its stack trace for debugging. */
    public SchemeError(Object payload, Throwable cause) {
        super(null, cause, false, true);
        this.payload = payload;
    }

    /** What was raised. */
    public Object payload() {
        return payload;
    }

    /** The raised condition, or null when something else was raised. */
    public ConditionLike condition() {
        return payload instanceof ConditionLike c ? c : null;
    }

    /** The condition's kinds; empty when the payload is not a condition. */
    public List<String> kinds() {
        return Conditions.kinds(payload);
    }

    Object handledBy() {
        return handledBy;
    }

    SchemeError handledBy(Object frame) {
        handledBy = frame;
        return this;
    }

    /** Where it was raised, when known. */
    public Position position() {
        return position;
    }

    /** Records the position unless a more precise (inner) one is already known. */
    SchemeError at(Position where) {
        if (position == null) {
            position = where;
        }
        return this;
    }

    /** Lets the primitive named here claim an error it raised without knowing its own name. */
    SchemeError locate(String procedureName) {
        if (payload instanceof Condition c) {
            c.locate(procedureName);
        }
        return this;
    }

    /** "line 3, column 7: (car) bad argument type: 1" */
    @Override
    public String getMessage() {
        String text = Conditions.describe(payload);
        return position == null ? text : position + ": " + text;
    }

    /** The kinds and the message: "(exn type) line 3, column 7: (car) bad argument type ...". */
    public String summary() {
        List<String> kinds = kinds();
        return (kinds.isEmpty() ? "" : "(" + String.join(" ", kinds) + ") ") + getMessage();
    }

    /**
     * The REPL's report of an uncaught error: "Error: " and the summary. An error raised by
     * {@code error} (kinds just {@code exn}) is reported exactly as CHICKEN reports it:
     * {@code Error: msg: obj}, or with several arguments each on a line of its own.
     */
    public String report() {
        if (kinds().equals(List.of("exn"))) {
            return "Error: " + Conditions.describeAsChicken(payload);
        }
        return "Error: " + summary();
    }
}
