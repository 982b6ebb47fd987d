package sockbench.script;

import java.util.List;

/**
 * The current exception handler of each thread, as CHICKEN's {@code with-exception-handler},
 * {@code signal} and {@code abort} see it. A thread's handlers form a chain of frames, innermost
 * first: a handler frame made by {@code with-exception-handler}, or a catching frame made by
 * {@code condition-case} and {@code handle-exceptions}, which catch by unwinding (a Java throw).
 *
 * <p>{@code signal} calls the innermost handler at the signal point and returns its value to it;
 * {@code abort} (and {@code raise}, {@code error}) calls it too, and if it returns raises
 * "exception handler returned" to the frames outside it (R7RS's secondary exception; CHICKEN
 * would call the same handler again, forever). When the innermost frame catches, or there is
 * none, the object is thrown. An error a primitive throws reaches the handler when it unwinds to
 * the {@code with-exception-handler}. A handler runs with the frames outside its own.
 */
final class ExceptionHandlers {
    /**
     * One frame; {@code handler} null for a catching frame; {@code byParameter} when made by setting or
     * binding {@code current-exception-handler}, which has no Java frame to catch a throw at.
     */
    private record Frame(Procedure handler, Frame outer, boolean byParameter) {
        Frame(Procedure handler, Frame outer) {
            this(handler, outer, false);
        }
    }

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    /** What {@code (current-exception-handler)} gives where no handler frame is innermost: raising by throwing. */
    static final Primitive THROWING = new Primitive("current-exception-handler", 1, 1, a -> {
        throw new SchemeError(a[0]);
    });

    /**
     * CHICKEN's {@code current-exception-handler} is a parameter: {@code (current-exception-handler
     * proc)} makes proc the handler from here on (until the {@code with-exception-handler} around
     * it ends, which restores its own outer handler), and {@code parameterize} binds it for a body.
     * A second assignment replaces the first rather than stacking on it. What {@code signal},
     * {@code abort}, {@code raise} and {@code error} raise reaches it, and so does an error a
     * primitive throws ({@link #thrown}), as CHICKEN calls the current handler for every error.
     */
    static final ParameterLike PARAMETER = new ParameterLike() {
        @Override
        public Object get() {
            return current();
        }

        @Override
        public void set(Object value) {
            Frame frame = CURRENT.get();
            Frame outer = frame != null && frame.byParameter() ? frame.outer() : frame;
            CURRENT.set(new Frame(handler(value), outer, true));
        }

        @Override
        public Runnable bind(Object value) {
            Frame saved = CURRENT.get();
            CURRENT.set(new Frame(handler(value), saved, true));
            return () -> CURRENT.set(saved);
        }
    };

    private ExceptionHandlers() {
    }

    private static Procedure handler(Object value) {
        if (!(value instanceof Procedure p)) {
            throw Errors.wrongType("procedure", value).locate("current-exception-handler");
        }
        return p;
    }

    /** {@code (with-exception-handler handler thunk)}. */
    static Object withHandler(Procedure handler, Procedure thunk) {
        Frame outer = CURRENT.get();
        Frame mine = new Frame(handler, outer);
        CURRENT.set(mine);
        Object payload;
        try {
            return thunk.apply();
        } catch (ControlFlow transfer) {
            throw transfer;
        } catch (SchemeError e) {
            if (e.handledBy() == mine) {
                throw e;
            }
            payload = e.payload();
        } catch (RuntimeException | StackOverflowError e) {
            payload = Conditions.toError(e).payload();
        } finally {
            CURRENT.set(outer);
        }
        handler.apply(payload);
        throw handlerReturned();
    }

    /** Runs a {@code condition-case} or {@code handle-exceptions} body: what it raises is thrown to it. */
    static Object catching(Node body, Env env) {
        Frame outer = CURRENT.get();
        CURRENT.set(new Frame(null, outer));
        try {
            return body.eval(env);
        } finally {
            CURRENT.set(outer);
        }
    }

    /** {@code (signal x)}: the handler's value, back at the signal point. */
    static Object signal(Object x) {
        Frame frame = CURRENT.get();
        if (frame == null || frame.handler() == null) {
            throw new SchemeError(x);
        }
        return callHandler(frame, x);
    }

    /** {@code (abort x)}: the handler may not return. */
    static SchemeError abort(Object x) {
        Frame frame = CURRENT.get();
        if (frame == null || frame.handler() == null) {
            return new SchemeError(x);
        }
        callHandler(frame, x);
        return handlerReturned().handledBy(frame);
    }

    /**
     * An error a primitive threw, at the call, before anything unwinds: when the innermost frame is
     * a handler of the parameter (nothing would catch the throw for it), that handler sees the
     * error; if it returns, "exception handler returned" goes on outward. An error that already met
     * a handler, or escaped from one, passes as it is.
     */
    static SchemeError thrown(SchemeError e) {
        Frame frame = CURRENT.get();
        if (frame == null || !frame.byParameter() || e.handledBy() != null) {
            return e;
        }
        try {
            callHandler(frame, e.payload());
        } catch (ControlFlow escape) {
            throw escape; // the handler left through a continuation, as handlers do
        } catch (SchemeError fromHandler) {
            throw fromHandler.handledBy() != null ? fromHandler : fromHandler.handledBy(frame);
        } catch (RuntimeException | StackOverflowError fromHandler) {
            throw Conditions.toError(fromHandler).handledBy(frame);
        }
        return handlerReturned().handledBy(frame);
    }

    /**
     * Makes {@code frames} (what an earlier swap returned, or null for none) the thread's handler chain
     * and returns the chain it replaces: each interpreter keeps its own top-level handler per thread.
     */
    static Object swap(Object frames) {
        Frame was = CURRENT.get();
        CURRENT.set((Frame) frames);
        return was;
    }

    static Procedure current() {
        Frame frame = CURRENT.get();
        return frame == null || frame.handler() == null ? THROWING : frame.handler();
    }

    private static Object callHandler(Frame frame, Object x) {
        CURRENT.set(frame.outer());
        try {
            return frame.handler().apply(x);
        } finally {
            CURRENT.set(frame);
        }
    }

    private static SchemeError handlerReturned() {
        Condition c = Condition.exn(List.of("exn"), "exception handler returned");
        return new SchemeError(c);
    }
}
