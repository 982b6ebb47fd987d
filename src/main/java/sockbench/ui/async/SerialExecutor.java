package sockbench.ui.async;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks one after another, in order, on an underlying executor: the console's forms are
 * evaluated in the order they were typed, as a REPL does, without owning a thread of their own.
 */
public final class SerialExecutor implements Executor {
    private final Executor underlying;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private Runnable active;

    public SerialExecutor(Executor underlying) {
        this.underlying = underlying;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                scheduleNext();
            }
        });
        if (active == null) {
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        active = tasks.poll();
        if (active != null) {
            try {
                underlying.execute(active);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the pool is shut down: the window has gone, and so have the forms that waited
                tasks.clear();
                active = null;
            }
        }
    }
}
