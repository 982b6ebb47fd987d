package sockbench.script;

import java.util.function.UnaryOperator;

/** A parameter held per thread and inherited by threads created while it has a value. */
public final class ThreadParameter implements ParameterLike {
    private final UnaryOperator<Object> converter;
    private final InheritableThreadLocal<Object> value;

    /** {@code converter} checks or converts every value given to the parameter, the initial one too. */
    public ThreadParameter(Object initial, UnaryOperator<Object> converter) {
        this.converter = converter;
        Object first = converter.apply(initial);
        this.value = new InheritableThreadLocal<>() {
            @Override
            protected Object initialValue() {
                return first;
            }
        };
    }

    public ThreadParameter(Object initial) {
        this(initial, UnaryOperator.identity());
    }

    @Override
    public Object get() {
        return value.get();
    }

    @Override
    public void set(Object newValue) {
        value.set(converter.apply(newValue));
    }

    @Override
    public Runnable bind(Object newValue) {
        Object converted = converter.apply(newValue);
        Object previous = value.get();
        value.set(converted);
        return () -> value.set(previous);
    }
}
