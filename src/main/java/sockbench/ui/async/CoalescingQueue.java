package sockbench.ui.async;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Batches high-rate notifications: any thread offers items; one drain at a time takes everything
 * queued (duplicates once), computes a snapshot on the engine executor and applies the whole batch
 * in a single ui call, however many items arrived meanwhile.
 */
public final class CoalescingQueue<T, S> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Threads threads;
    private final Function<T, S> snapshot;
    private final Consumer<List<S>> apply;

    public CoalescingQueue(Threads threads, Function<T, S> snapshot, Consumer<List<S>> apply) {
        this.threads = threads;
        this.snapshot = snapshot;
        this.apply = apply;
    }

    /** Queues an item; safe from any thread, never blocks. */
    public void offer(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            threads.engine().execute(this::drain);
        }
    }

    /**
     * Runs until the queue is empty, and is the only drain while it runs: two drains on two engine
     * threads could hand the ui an older snapshot after a newer one, and a row would then show a
     * state the socket has left (a connected pair shown without its peer, until the next event).
     */
    private void drain() {
        do {
            try {
                drainOnce();
            } finally {
                scheduled.set(false); // a snapshot that threw must not leave the queue undrained for good
            }
            // an item offered after drainOnce's poll saw the flag still set: this drain takes it
        } while (!queue.isEmpty() && scheduled.compareAndSet(false, true));
    }

    private void drainOnce() {
        Set<T> items = new LinkedHashSet<>();
        for (T t; (t = queue.poll()) != null; ) {
            items.add(t);
        }
        if (items.isEmpty()) {
            return;
        }
        List<S> snapshots = new ArrayList<>(items.size());
        for (T t : items) {
            snapshots.add(snapshot.apply(t));
        }
        threads.ui().execute(() -> apply.accept(snapshots));
    }
}
