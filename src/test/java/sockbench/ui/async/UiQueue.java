package sockbench.ui.async;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The ui executor of a view-model test: a queue that the test's own thread runs, as the FX thread runs
 * its own, so the model's state never crosses threads.
 */
public final class UiQueue {
    private static final long LIMIT_SECONDS = 10;

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    /** The threads of a model whose engine work runs on {@code engine} and whose ui work comes here. */
    public Threads threads(Executor engine) {
        return new Threads(engine, queue::add);
    }

    /**
     * Runs what the engine threads handed to the ui, and {@code eachTurn} before each look, until
     * {@code done} holds; fails naming {@code what} after ten seconds.
     */
    public void runUntil(String what, BooleanSupplier done, Runnable eachTurn) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (true) {
            eachTurn.run();
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            for (Runnable r = queue.poll(5, TimeUnit.MILLISECONDS); r != null; r = queue.poll()) {
                r.run();
            }
        }
    }

    /**
     * What {@code f} gives, once done, running the ui's work meanwhile (the future of an action
     * completes on the ui thread); fails after ten seconds.
     */
    public <T> T await(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        runUntil("a ui action ends", f::isDone, () -> {});
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Runs the ui's work that is queued now and what it queues, for {@code millis}. */
    public void runFor(long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        runUntil("the time passes", () -> System.nanoTime() - until >= 0, () -> {});
    }
}
