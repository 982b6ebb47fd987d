package sockbench.net;

import java.util.function.UnaryOperator;

/**
 * One of the egg's parameters: a value per thread, inherited by threads started from it, changed for
 * a dynamic extent with {@link #bind} (the console's {@code parameterize}) or set for the thread.
 * {@code null} stands for {@code #f}.
 */
public final class Parameter<T> {
    private final String name;
    private final T defaultValue;
    private final UnaryOperator<Object> check;
    private final InheritableThreadLocal<T> value;

    Parameter(String name, T defaultValue, UnaryOperator<Object> check) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.check = check;
        this.value = new InheritableThreadLocal<>() {
            @Override
            protected T initialValue() {
                return Parameter.this.defaultValue;
            }
        };
    }

    /** The egg's name, {@code socket-send-size}. */
    public String name() { return name; }

    /** The spec's default. */
    public T defaultValue() { return defaultValue; }

    /** This thread's value. */
    public T get() { return value.get(); }

    /** Sets this thread's value after checking it; a bad value raises before anything changes. */
    public void set(Object newValue) { value.set(validate(newValue)); }

    /** Sets the value until the returned scope is closed, then restores the previous one. */
    public Scope bind(Object newValue) {
        T checked = validate(newValue);
        T previous = value.get();
        value.set(checked);
        return () -> value.set(previous);
    }

    @SuppressWarnings("unchecked")
    private T validate(Object v) {
        return (T) check.apply(v);
    }

    /** A parameter binding to undo; closing never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public String toString() {
        return "#<parameter " + name + ">";
    }
}
