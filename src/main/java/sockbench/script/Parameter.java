package sockbench.script;

/** The procedure face of a parameter: {@code (p)} reads it, {@code (p v)} sets it. */
public final class Parameter implements Procedure, ParameterLike {
    private final String name;
    private final ParameterLike value;
    private final Primitive call;
    /** What {@code (set! (p) v)} calls, as CHICKEN's parameters have a setter: the same as {@code (p v)}. */
    private final Primitive setter;

    public Parameter(String name, ParameterLike value) {
        this.name = name;
        this.value = value;
        this.call = new Primitive(name, 0, 1, args -> {
            if (args.length == 0) {
                return get();
            }
            value.set(args[0]);
            return Special.UNSPECIFIED;
        });
        this.setter = new Primitive(name, 1, 1, call::apply);
    }

    @Override
    public Object apply(Object... args) {
        return call.apply(args);
    }

    Procedure setter() {
        return setter;
    }

    @Override
    public String name() {
        return name;
    }

    /** The value as a Scheme value; null (no value, e.g. no timeout) reads as #f. */
    @Override
    public Object get() {
        Object v = value.get();
        return v == null ? Boolean.FALSE : Interop.toScheme(v);
    }

    @Override
    public void set(Object newValue) {
        value.set(newValue);
    }

    @Override
    public Runnable bind(Object newValue) {
        return value.bind(newValue);
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
