package sockbench.ui.async;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an engine-side listener hands the ui between two pulses, bounded: any thread offers without
 * blocking, and when the ui falls behind the oldest items go first (whoever needs exact totals counts
 * them as they arrive, not from here). The ui thread polls.
 */
public final class DroppingQueue<T> {
    private final ConcurrentLinkedQueue<T> items = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    public DroppingQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Queues an item, dropping the oldest one beyond the capacity; true when one was dropped. */
    public boolean offer(T item) {
        items.add(item);
        if (size.incrementAndGet() > capacity && items.poll() != null) {
            size.decrementAndGet();
            return true;
        }
        return false;
    }

    /** The oldest item, or null. */
    public T poll() {
        T t = items.poll();
        if (t != null) {
            size.decrementAndGet();
        }
        return t;
    }

    public boolean isEmpty() {
        return size.get() == 0;
    }
}
