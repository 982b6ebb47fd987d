package sockbench.ui;

/**
 * What the console line runs its text with. Called off the FX thread, one form at a time in the
 * order typed; it may block (a console {@code socket-accept} does). Sockets it creates reach the
 * sockets panel by themselves, through {@code SocketEvents}.
 */
@FunctionalInterface
public interface ConsoleEvaluator {

    Result eval(String text);

    /** One top-level form of a source text, as read: its text, its line, and what the evaluator needs. */
    record Form(String text, int line, Object datum) {}

    /**
     * Splits a source text into its top-level forms, to step through them with {@link #eval(Form)}.
     * Throws when the text does not read (its error says where).
     */
    default java.util.List<Form> read(String source) {
        throw new UnsupportedOperationException("console not available: no interpreter to read forms with");
    }

    /** Evaluates one form as read. */
    default Result eval(Form form) {
        return eval(form.text());
    }

    /** The value of a top-level variable, or null when unbound (or no interpreter). */
    default Object lookup(String name) {
        return null;
    }

    /**
     * Asks the form being evaluated to stop, from the ui thread, right after its evaluating thread was
     * interrupted (which already ends a blocking engine call with {@code cancelled}). An evaluator
     * whose forms can be interrupted stops its loop here; it must not block.
     */
    default void stop() {
    }

    /** Makes a value known to the console under a name (the window's s1, s2 ...); quick, never blocks. */
    default void bind(String name, Object value) {
    }

    /**
     * What evaluating gave.
     *
     * @param output    what the forms printed (display, print), or empty
     * @param value     the value as the REPL echoes it after {@code ; =>}, or null for none
     * @param error     the uncaught error, or null
     * @param evaluated false when nothing was evaluated (no interpreter): the text is then not replayed
     */
    record Result(String output, String value, Throwable error, boolean evaluated) {

        public static Result value(String output, String value) {
            return new Result(output, value, null, true);
        }

        public static Result error(String output, Throwable error) {
            return new Result(output, null, error, true);
        }

        public static Result notEvaluated(String why) {
            return new Result(why, null, null, false);
        }
    }

    /** Until the Scheme interpreter is wired in: says so, evaluates nothing. */
    ConsoleEvaluator UNAVAILABLE = text -> Result.notEvaluated(
            "console not available yet: the Scheme interpreter (sockbench.script) is not wired into the window");
}
