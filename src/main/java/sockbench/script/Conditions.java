package sockbench.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Turns Java exceptions into conditions, so that {@code condition-case} can catch what a primitive
 * throws. The socket bindings register the engine's exceptions here, e.g.
 * <pre>{@code Conditions.register(NetException.class, e -> new NetCondition(e));}</pre>
 * An exception whose class has no adapter (searched from its class up through its superclasses)
 * gets a default: ArithmeticException is {@code (exn arithmetic)}, ClassCastException
 * {@code (exn type)}, IndexOutOfBoundsException {@code (exn bounds)}, IOException {@code (exn i/o)},
 * anything else {@code (exn)} with the exception's message.
 */
public final class Conditions {
    private static final Map<Class<?>, Function<Throwable, ConditionLike>> ADAPTERS = new ConcurrentHashMap<>();

    private Conditions() {
    }

    /** Makes exceptions of {@code type} (and its subclasses) into conditions with {@code adapter}. */
    public static <T extends Throwable> void register(Class<T> type, Function<? super T, ? extends ConditionLike> adapter) {
        ADAPTERS.put(type, t -> adapter.apply(type.cast(t)));
    }

    /**
     * Makes the conditions of the limits once while the stack is shallow: a class first loaded
     * during a stack overflow fails to initialize and stays unusable (NoClassDefFoundError).
     */
    static void prepare() {
        for (Throwable t : new Throwable[] {new StackOverflowError(), new OutOfMemoryError(), new IllegalStateException()}) {
            SchemeError e = toError(t);
            e.at(null).locate("eval");
            e.report();
            Evaluation.poll();
        }
    }

    /** The condition a throwable stands for. */
    public static ConditionLike adapt(Throwable t) {
        if (t instanceof SchemeError e && e.condition() != null) {
            return e.condition();
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            Function<Throwable, ConditionLike> adapter = ADAPTERS.get(c);
            if (adapter != null) {
                return adapter.apply(t);
            }
        }
        if (t instanceof ConditionLike c) {
            return c;
        }
        if (isWrapper(t) && t.getCause() != null) {
            return adapt(t.getCause());
        }
        return defaultCondition(t);
    }

    /** The Scheme error for any throwable: a SchemeError stays as it is. */
    public static SchemeError toError(Throwable t) {
        if (t instanceof SchemeError e) {
            return e;
        }
        if (isWrapper(t) && t.getCause() instanceof SchemeError e) {
            return e;
        }
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new SchemeError(adapt(t), t);
    }

    static List<String> kinds(Object payload) {
        return payload instanceof ConditionLike c ? c.kinds() : List.of();
    }

    /** A property as a Scheme value, or null. */
    static Object property(Object payload, String kind, String name) {
        if (payload instanceof ConditionLike c) {
            Object value = c.property(kind, name);
            return value == null ? null : Interop.toScheme(value);
        }
        return null;
    }

    /** CHICKEN's wording: "(location) message: argument ...". */
    static String describe(Object payload) {
        if (!(payload instanceof ConditionLike)) {
            return "uncaught exception: " + ByteText.decode(Printer.write(payload));
        }
        StringBuilder text = new StringBuilder();
        Object location = property(payload, "exn", "location");
        if (location instanceof Symbol || location instanceof MString) {
            text.append('(').append(ByteText.decode(location.toString())).append(") ");
        }
        Object message = property(payload, "exn", "message");
        text.append(message == null ? "" : ByteText.decode(Printer.display(message)));
        Object arguments = property(payload, "exn", "arguments");
        if (arguments instanceof Pair) {
            text.append(':');
            for (Object a : Lists.toJava(arguments)) {
                text.append(' ').append(ByteText.decode(Printer.write(a)));
            }
        }
        return text.toString();
    }

    /** Whether the exception was thrown inside the JDK, whose messages speak of Java, not of Scheme. */
    private static boolean raisedByTheJdk(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length == 0) {
            return t.getMessage() == null;
        }
        String where = trace[0].getClassName();
        return where.startsWith("java.") || where.startsWith("jdk.") || where.startsWith("sun.");
    }

    /** CHICKEN's print-error-message: "(location) message", then one argument after ": ", or several one per line. */
    static String describeAsChicken(Object payload) {
        StringBuilder text = new StringBuilder();
        Object location = property(payload, "exn", "location");
        if (location instanceof Symbol) {
            text.append('(').append(ByteText.decode(location.toString())).append(") ");
        }
        Object message = property(payload, "exn", "message");
        text.append(message == null ? "" : ByteText.decode(Printer.display(message)));
        Object arguments = property(payload, "exn", "arguments");
        List<Object> args = arguments instanceof Pair ? Lists.toJava(arguments) : List.of();
        if (args.size() == 1) {
            text.append(": ").append(ByteText.decode(Printer.write(args.get(0))));
        } else {
            for (Object a : args) {
                text.append('\n').append(ByteText.decode(Printer.write(a)));
            }
        }
        return text.toString();
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof UncheckedIOException || t instanceof ExecutionException
                || t instanceof CompletionException || t instanceof InvocationTargetException;
    }

    private static ConditionLike defaultCondition(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        Condition c;
        if (t instanceof ArithmeticException) {
            c = Condition.exn(List.of("exn", "arithmetic"), message.equals("/ by zero") ? "division by zero" : message);
        } else if (t instanceof ClassCastException) {
            c = Condition.exn(List.of("exn", "type"), "bad argument type");
        } else if (t instanceof IndexOutOfBoundsException || t instanceof NegativeArraySizeException) {
            c = Condition.exn(List.of("exn", "bounds"), "out of range");
        } else if (t instanceof IOException) {
            c = Condition.exn(List.of("exn", "i/o"), message);
        } else if (t instanceof InterruptedException) {
            c = Condition.exn(List.of("exn"), "interrupted");
        } else if (t instanceof StackOverflowError) {
            c = Condition.exn(List.of("exn", "runtime"), "stack overflow (recursion too deep)");
        } else if (t instanceof OutOfMemoryError) {
            c = Condition.exn(List.of("exn", "runtime", "limit"), "out of memory");
        } else if (!(t instanceof IOException) && raisedByTheJdk(t)) {
            // Java's own wording (index ranges, class names) is no message for a Scheme user
            c = t instanceof IllegalArgumentException
                    ? Condition.exn(List.of("exn", "type"), "bad argument")
                    : Condition.exn(List.of("exn"), "internal error (" + t.getClass().getSimpleName() + ")");
        } else {
            c = Condition.exn(List.of("exn"), message);
        }
        return c.awaitingLocation();
    }
}
