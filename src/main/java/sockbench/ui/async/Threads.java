package sockbench.ui.async;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Where work runs: engine calls on {@code engine} (they may block), their results on {@code ui} (the
 * FX thread in the window). Tests pass {@link #direct()} to run everything at once on their thread.
 */
public record Threads(Executor engine, Executor ui) {

    public Threads {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(ui, "ui");
    }

    /** The window's threads: the given engine executor and the FX thread. */
    public static Threads fx(Executor engine) {
        return new Threads(engine, Platform::runLater);
    }

    /** Everything synchronous on the caller's thread, for view model tests without a toolkit. */
    public static Threads direct() {
        return new Threads(Runnable::run, Runnable::run);
    }

    /** A pool of daemon threads for engine calls; blocked accepts and connects each hold one. */
    public static ExecutorService enginePool() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sockbench-engine-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newCachedThreadPool(factory);
    }
}
