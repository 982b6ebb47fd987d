package sockbench.script;

/**
 * A procedure written in Java. It checks its argument count, converts what its body returns
 * with {@link Interop#toScheme}, and turns any exception from the body into a Scheme error located
 * at this procedure (through {@link Conditions}). It may carry a setter for generalized
 * {@code set!} (SRFI-17).
 */
public final class Primitive implements Procedure {
    /** For {@code maxArgs}: no upper limit. */
    public static final int MANY = -1;

    /** The Java code of a primitive; it gets the arguments already counted. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args) throws Exception;
    }

    private final String name;
    private final int minArgs;
    private final int maxArgs;
    private final Body body;
    private final Procedure setter;

    public Primitive(String name, int minArgs, int maxArgs, Body body) {
        this(name, minArgs, maxArgs, body, null);
    }

    public Primitive(String name, int minArgs, int maxArgs, Body body, Procedure setter) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.body = body;
        this.setter = setter;
    }

    @Override
    public Object apply(Object... args) {
        if (args.length < minArgs || (maxArgs != MANY && args.length > maxArgs)) {
            throw Errors.arity(this, args.length, minArgs, maxArgs);
        }
        try {
            return Interop.toScheme(body.call(args));
        } catch (ControlFlow transfer) {
            throw transfer;
        } catch (SchemeError e) {
            throw e.locate(name);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw Conditions.toError(e).locate(name);
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The procedure {@code (set! (this args...) value)} calls with {@code args... value}, or null. */
    public Procedure setter() {
        return setter;
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
