package sockbench.ui.action;

/**
 * Something a person does in the window, as an object: it knows the egg form it equals (which is
 * also its transcript line) and performs itself off the FX thread. One instance per click.
 *
 * @param <T> what performing gives back
 */
public interface Action<T> {

    /** The name of the task and of its thread while it runs: {@code socket-connect s2}. */
    String name();

    /** The egg form, as shown while the action runs. */
    String form();

    /** Does the work; runs on the engine executor and may block. */
    T perform() throws Exception;

    /** The form once the result is known, when that changes it: {@code (define s1 (socket ...))}. */
    default String form(T result) {
        return form();
    }

    /** The result as the console would echo it, or null for an unspecified value. */
    default String print(T result) {
        return result == null ? null : EggText.value(result);
    }
}
