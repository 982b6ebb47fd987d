package sockbench.ui.loops;

import sockbench.net.NetException;
import sockbench.ui.async.Running;

/**
 * A background loop of engine calls that a person switches off. Stopping never waits for a timeout
 * slice: it interrupts the loop's thread, and the engine ends the blocking call at once with
 * {@code cancelled}, which the loop takes as its stop.
 */
public abstract class Loop<T> implements java.util.concurrent.Callable<T> {
    private volatile boolean stopped;
    private volatile Running running;

    /** The handle of the task that runs this loop (from {@code EngineTask.submit}). */
    public final void attach(Running r) {
        running = r;
        if (stopped) {
            r.cancel();
        }
    }

    /** Stops the loop now, even inside a blocking call. Any thread. */
    public final void stop() {
        stopped = true;
        Running r = running;
        if (r != null) {
            r.cancel();
        }
    }

    public final boolean isStopped() {
        return stopped;
    }

    /** Whether a failure is this loop's own stop rather than an error worth showing. */
    protected final boolean stoppedBy(RuntimeException e) {
        return stopped && (e instanceof NetException n && n.is("cancelled") || Thread.currentThread().isInterrupted());
    }
}
