package sockbench.script;

import sockbench.net.Parameter;

/** One of the engine's seven parameters seen from the console: #f is null, integers are longs. */
final class EngineParameter implements ParameterLike {
    private final Parameter<Integer> parameter;

    EngineParameter(Parameter<Integer> parameter) {
        this.parameter = parameter;
    }

    @Override
    public Object get() {
        Integer v = parameter.get();
        return v == null ? Boolean.FALSE : (Object) v.longValue();
    }

    @Override
    public void set(Object value) {
        parameter.set(value);
    }

    @Override
    public Runnable bind(Object value) {
        Parameter.Scope scope = parameter.bind(value);
        return scope::close;
    }
}
