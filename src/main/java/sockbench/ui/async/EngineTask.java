package sockbench.ui.async;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A named piece of engine work: runs on the engine executor under its name (the thread is renamed
 * while it runs, so a thread dump says "socket-accept s1"), then hands its value or its failure to
 * the ui executor. Not a {@code javafx.concurrent.Task}: that one needs a running toolkit, and the
 * view models must work in plain unit tests.
 */
public final class EngineTask<T> implements Runnable {
    private final String name;
    private final Callable<T> work;
    private final Threads threads;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final Running running = new Running();

    private EngineTask(String name, Callable<T> work, Threads threads, Consumer<? super T> onSuccess,
                       Consumer<Throwable> onFailure) {
        this.name = name;
        this.work = work;
        this.threads = threads;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
    }

    /**
     * Starts {@code work} off the ui thread; exactly one of the callbacks later runs on the ui thread.
     * The handle cancels it (an interrupt of its thread); a cancelled task still reports, usually as
     * a failure with the engine's {@code cancelled} condition, which {@link #isCancellation} recognises.
     */
    public static <T> Running submit(Threads threads, String name, Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        EngineTask<T> task = new EngineTask<>(name, work, threads, onSuccess, onFailure);
        threads.engine().execute(task);
        return task.running;
    }

    /** Whether a failure is what a cancel causes: the engine's {@code cancelled} condition or a Java interrupt. */
    public static boolean isCancellation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof sockbench.net.NetException n && n.is("cancelled")
                    || t instanceof InterruptedException || t instanceof java.util.concurrent.CancellationException
                    || t instanceof java.io.InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    @Override
    public void run() {
        if (!running.begin()) {
            threads.ui().execute(() -> onFailure.accept(new java.util.concurrent.CancellationException(name + ": cancelled")));
            return;
        }
        Thread thread = Thread.currentThread();
        String previous = thread.getName();
        thread.setName("sockbench " + name);
        T value;
        try {
            value = work.call();
        } catch (Exception | Error e) {
            running.end();
            thread.setName(previous);
            threads.ui().execute(() -> onFailure.accept(e));
            return;
        }
        running.end();
        thread.setName(previous);
        threads.ui().execute(() -> onSuccess.accept(value));
    }

    @Override
    public String toString() {
        return "EngineTask[" + name + "]";
    }
}
