package sockbench.script;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The top-level variables of an interpreter, where builtins and bindings are registered.
 * Thread-safe: threads may define and read concurrently.
 *
 * <pre>{@code
 * globals.define("af/inet", 2L);
 * globals.defineProcedure("socket", 2, 3, args -> engine.socket(...));
 * globals.defineSettable("so-reuse-address?", 1, 1,
 *         args -> options.get(args[0]), args -> options.set(args[0], args[1]));
 * globals.defineParameter("socket-receive-timeout", new ParameterLike() { ... });
 * }</pre>
 */
public final class GlobalEnv {
    private final Env root = new Env(new ConcurrentHashMap<>(), null);

    /** Made by the {@link Interpreter}, which fills it with the builtins. */
    GlobalEnv() {
    }

    /**
     * Binds a name to a value: a constant, a procedure, any Java object. Java values are converted
     * by {@link Interop#toScheme}, except that null is #f, as the egg's undefined constants are.
     */
    public void define(String name, Object value) {
        root.define(Symbol.of(name), value == null ? Boolean.FALSE : Interop.toScheme(value));
    }

    /** Binds a name to a Java procedure taking {@code minArgs} to {@code maxArgs} ({@link Primitive#MANY}) arguments. */
    public Primitive defineProcedure(String name, int minArgs, int maxArgs, Primitive.Body body) {
        Primitive p = new Primitive(name, minArgs, maxArgs, body);
        define(name, p);
        return p;
    }

    /**
     * Binds a getter that generalized {@code set!} can assign through (SRFI-17):
     * {@code (set! (name a b) v)} calls {@code setter} with {@code a b v}.
     */
    public Primitive defineSettable(String name, int minArgs, int maxArgs, Primitive.Body getter, Primitive.Body setter) {
        int setterMax = maxArgs == Primitive.MANY ? Primitive.MANY : maxArgs + 1;
        Primitive set = new Primitive("(setter " + name + ")", minArgs + 1, setterMax, setter);
        Primitive p = new Primitive(name, minArgs, maxArgs, getter, set);
        define(name, p);
        return p;
    }

    /** Binds a parameter whose value lives elsewhere; {@code (name)} reads it, {@code parameterize} binds it. */
    public Parameter defineParameter(String name, ParameterLike value) {
        Parameter p = new Parameter(name, value);
        define(name, p);
        return p;
    }

    /** The value of a top-level variable, or null when it is unbound. */
    public Object lookup(String name) {
        return root.lookup(Symbol.of(name));
    }

    Env root() {
        return root;
    }
}
