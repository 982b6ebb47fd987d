package sockbench.script;

/**
 * A promise of {@code delay}, {@code delay-force} or {@code make-promise} (R7RS 4.2.5). Forcing a
 * chain of {@code delay-force}s runs in constant stack: the promises share one box, as in the
 * reference implementation of SRFI-45, and the loop in {@link #force} follows the chain.
 */
final class Promise {
    /** What the promise computes once. */
    @FunctionalInterface
    interface Thunk {
        Object run();
    }

    private static final class Box {
        boolean done;
        /** The value when done, else the thunk. */
        Object content;
        /** A delay-force: the thunk yields another promise to continue with. */
        boolean lazy;
    }

    private Box box = new Box();

    private Promise() {
    }

    static Promise delayed(Thunk thunk, boolean lazy) {
        Promise p = new Promise();
        p.box.content = thunk;
        p.box.lazy = lazy;
        return p;
    }

    /** {@code make-promise}: a promise already forced (a promise stays itself). */
    static Promise of(Object value) {
        if (value instanceof Promise p) {
            return p;
        }
        Promise p = new Promise();
        p.box.done = true;
        p.box.content = value;
        return p;
    }

    /** {@code force}: anything that is not a promise is its own value. */
    static Object force(Object x) {
        if (!(x instanceof Promise p)) {
            return x;
        }
        while (!p.box.done) {
            Box running = p.box;
            Object value = ((Thunk) running.content).run();
            if (p.box.done) {
                break; // forced again while it ran: the first value counts
            }
            if (running.lazy) {
                if (!(value instanceof Promise next)) {
                    throw Errors.wrongType("promise", value).locate("force");
                }
                p.box.done = next.box.done;
                p.box.content = next.box.content;
                p.box.lazy = next.box.lazy;
                next.box = p.box;
            } else {
                p.box.done = true;
                p.box.content = value;
            }
        }
        return p.box.content;
    }

    @Override
    public String toString() {
        return "#<promise>";
    }
}
