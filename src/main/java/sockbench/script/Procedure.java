package sockbench.script;

/**
 * Anything that can be called: primitives, closures, parameters, continuations. Calling from Java
 * runs the procedure to its end, so a Scheme procedure can be handed to Java code as a callback.
 */
@FunctionalInterface
public interface Procedure {

    Object apply(Object... args);

    /** The name it prints with, {@code #<procedure (name)>}; null when anonymous. */
    default String name() {
        return null;
    }
}
