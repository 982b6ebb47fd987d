package sockbench.ui.async;

/**
 * A piece of engine work that has been submitted, which can be cancelled: before it starts it then
 * never runs; while it runs its thread is interrupted, which makes a blocking engine call end at
 * once with the {@code cancelled} condition (the engine's contract), and a console form end when
 * its evaluator checks the interrupt. Only the thread running this work is ever interrupted: the
 * pool thread is released under the same lock, so a late cancel cannot hit the next task.
 */
public final class Running {
    private Thread thread;
    private boolean cancelled;
    private boolean finished;

    /** Cancels the work; does nothing once it has finished. Any thread. */
    public synchronized void cancel() {
        if (finished || cancelled) {
            return;
        }
        cancelled = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether a cancel was asked for before the work finished. */
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** The work has ended (or was cancelled before it began). */
    public synchronized boolean isFinished() {
        return finished;
    }

    /** Called by the running thread before the work; false when it was cancelled before starting. */
    synchronized boolean begin() {
        if (cancelled) {
            finished = true;
            return false;
        }
        thread = Thread.currentThread();
        return true;
    }

    /** Called by the running thread after the work: no interrupt can reach it from here on. */
    synchronized void end() {
        thread = null;
        finished = true;
        // an interrupt that arrived after the engine call returned must not leak into the pool's next task
        Thread.interrupted();
    }
}
