package sockbench.ui.action;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import sockbench.ui.async.Running;

/**
 * The outcome of an action that can be stopped: {@link #cancel(boolean)} interrupts the engine thread
 * that performs it (the engine then ends its blocking call with {@code cancelled}); the future
 * completes with a {@link CancellationException} once that thread has let go, never before, so a
 * chained step cannot run while the action still runs.
 */
public final class ActionFuture<T> extends CompletableFuture<T> {
    private volatile Running running;
    private volatile boolean cancelAsked;

    void attach(Running r) {
        running = r;
        if (cancelAsked) {
            r.cancel();
        }
    }

    /** Asks the action to stop; the future completes when the engine call has ended. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (isDone()) {
            return false;
        }
        cancelAsked = true;
        Running r = running;
        if (r != null) {
            r.cancel();
        }
        return true;
    }

    /** Whether a cancel was asked for. */
    public boolean cancelAsked() {
        return cancelAsked;
    }

    /** Completes as cancelled (the work has ended). */
    void finishCancelled(String name) {
        super.completeExceptionally(new CancellationException(name + ": cancelled"));
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
