package sockbench.script;

/**
 * A dynamically scoped value, as SRFI-39 parameters are: {@code (p)} reads it, {@code (p v)} sets it,
 * {@code (parameterize ((p v)) body)} binds it for the body in the current thread only.
 *
 * <p>Values are per thread, and a thread started by {@code make-thread} begins with the values its
 * creator had when it called {@code make-thread}. An implementation gets both by keeping its value
 * in an {@link InheritableThreadLocal} (the Java thread is constructed inside {@code make-thread}),
 * as {@link ThreadParameter} does. The engine's socket parameters implement this interface through
 * a small adapter in the bindings. Values handed in and out are Scheme values; an implementation
 * may check or convert them and throw to refuse one.
 */
public interface ParameterLike {

    /** The value in the current thread. */
    Object get();

    /** Sets the value in the current thread (its innermost binding). */
    void set(Object value);

    /** Binds the value in the current thread; running the returned action restores the previous one. */
    Runnable bind(Object value);
}
