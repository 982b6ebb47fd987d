package sockbench.ui.async;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Reads something off the ui thread a few times a second, driven by the {@link Pulse}: at most one
 * read in flight, the next one no sooner than the period after the last began. Reads are marked as
 * {@link Housekeeping}. Ticked and applied on the ui thread.
 */
public final class Poller<T> {
    private final Threads threads;
    private final String name;
    private final long periodNanos;
    private final Callable<T> read;
    private final Consumer<? super T> apply;
    private final Consumer<Throwable> failed;
    private boolean inFlight;
    private long last = Long.MIN_VALUE;

    public Poller(Threads threads, String name, long periodMillis, Callable<T> read, Consumer<? super T> apply,
                  Consumer<Throwable> failed) {
        this.threads = threads;
        this.name = name;
        this.periodNanos = periodMillis * 1_000_000L;
        this.read = read;
        this.apply = apply;
        this.failed = failed;
    }

    /** A frame: polls when the period is up and no read is running. */
    public void tick(long nanos) {
        if (inFlight || (last != Long.MIN_VALUE && nanos - last < periodNanos)) {
            return;
        }
        last = nanos;
        pollNow();
    }

    /** Reads now unless a read is running. */
    public void pollNow() {
        if (inFlight) {
            return;
        }
        inFlight = true;
        EngineTask.submit(threads, name, () -> Housekeeping.call(read), v -> {
            inFlight = false;
            apply.accept(v);
        }, e -> {
            inFlight = false;
            failed.accept(e);
        });
    }
}
