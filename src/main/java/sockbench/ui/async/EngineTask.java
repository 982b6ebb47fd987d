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

    private EngineTask(String name, Callable<T> work, Threads threads, Consumer<? super T> onSuccess,
                       Consumer<Throwable> onFailure) {
        this.name = name;
        this.work = work;
        this.threads = threads;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
    }

    /** Starts {@code work} off the ui thread; exactly one of the callbacks later runs on the ui thread. */
    public static <T> void submit(Threads threads, String name, Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        threads.engine().execute(new EngineTask<>(name, work, threads, onSuccess, onFailure));
    }

    public String name() {
        return name;
    }

    @Override
    public void run() {
        Thread thread = Thread.currentThread();
        String previous = thread.getName();
        thread.setName("sockbench " + name);
        try {
            T value = work.call();
            threads.ui().execute(() -> onSuccess.accept(value));
        } catch (Exception | Error e) {
            threads.ui().execute(() -> onFailure.accept(e));
        } finally {
            thread.setName(previous);
        }
    }

    @Override
    public String toString() {
        return "EngineTask[" + name + "]";
    }
}
