package sockbench.script;

import java.util.List;

/**
 * One top-level evaluation in progress on one thread ({@link Interpreter#eval} and friends), which
 * {@link #stop()} ends: the evaluator checks for a stop at every call and every tail call (one
 * volatile read while no stop is pending anywhere), and the thread is interrupted, so a blocking
 * engine call ends at once with a {@code cancelled} NetException. A stop is no condition: no
 * {@code condition-case} or {@code handle-exceptions} can catch it; only the outermost
 * {@code eval} turns it into a {@link SchemeError} of kind {@code user-interrupt}.
 */
public final class Evaluation {
    private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();
    /** How many stopped evaluations have not ended yet, over all threads: the evaluator's cheap test. */
    private static volatile int pending;

    /** Unwinds a stopped evaluation past every handler. */
    static final class Stopped extends ControlFlow {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped");
        }
    }

    private final Thread thread = Thread.currentThread();
    private boolean stopped;
    private boolean finished;

    private Evaluation() {
    }

    /** Ends the evaluation as soon as it makes a call or waits; does nothing after it ended. Never blocks long. */
    public void stop() {
        synchronized (this) {
            if (finished || stopped) {
                return;
            }
            stopped = true;
            synchronized (Evaluation.class) {
                pending++;
            }
        }
        thread.interrupt();
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** The thread's evaluation, or a new one when the thread runs none (an outermost eval). */
    static Evaluation enter() {
        Evaluation e = CURRENT.get();
        if (e != null) {
            return null;
        }
        e = new Evaluation();
        CURRENT.set(e);
        return e;
    }

    /**
     * Ends the outermost evaluation. A stopped one leaves no interrupt behind (the stop may have
     * come between blocking calls), so the next evaluation on this thread does not see it.
     */
    void exit() {
        CURRENT.remove();
        boolean wasStopped;
        synchronized (this) {
            finished = true;
            wasStopped = stopped;
        }
        if (wasStopped) {
            synchronized (Evaluation.class) {
                pending--;
            }
            Thread.interrupted();
        }
    }

    /** The evaluator's check at calls: throws {@link Stopped} when this thread's evaluation was stopped. */
    static void poll() {
        if (pending != 0) {
            check();
        }
    }

    /** Throws {@link Stopped} when the thread's evaluation was stopped (before a handler runs, say). */
    static void check() {
        Evaluation e = CURRENT.get();
        if (e != null && e.isStopped()) {
            throw new Stopped();
        }
    }

    /** What the outermost eval raises for a stopped form. */
    static SchemeError stoppedError() {
        return new SchemeError(Condition.exn(List.of("user-interrupt"), "stopped"));
    }
}
