package sockbench.ui.buffering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import sockbench.net.PortEvent;
import sockbench.net.PortEvents;
import sockbench.net.Socket;
import sockbench.ui.async.DroppingQueue;

/**
 * The watched socket's port events, from the ports' threads to the ui: each one counted at once,
 * exactly, and queued boundedly (the oldest go first when the ui falls behind) until the pulse takes
 * them. The listener is registered with {@link PortEvents} while this lives, and removed by {@link #close}.
 */
final class PortWatch implements AutoCloseable {
    /** Port events queued between two pulses at most; beyond that the oldest go (the counts stay exact). */
    static final int MAX_PENDING = 4096;

    private final DroppingQueue<PortEvent> pending = new DroppingQueue<>(MAX_PENDING);
    /** Calls and bytes per event kind for the watched socket: [kind*2] calls, [kind*2+1] bytes. */
    private final AtomicLongArray tally = new AtomicLongArray(PortEvent.Kind.values().length * 2);
    private final AutoCloseable subscription;
    private volatile Socket watched;
    private long start = System.nanoTime();

    PortWatch() {
        subscription = PortEvents.listen(this::heard);
    }

    /** Watches another socket (or none), its counts from zero and its times from now. Ui thread. */
    void watch(Socket s) {
        watched = s;
        start = System.nanoTime();
        for (int i = 0; i < tally.length(); i++) {
            tally.set(i, 0);
        }
    }

    Socket watched() { return watched; }

    /** Calls of one kind since the watch began, exact. */
    long calls(PortEvent.Kind kind) {
        return tally.get(kind.ordinal() * 2);
    }

    /** Bytes moved by steps of one kind since the watch began, exact. */
    long bytes(PortEvent.Kind kind) {
        return tally.get(kind.ordinal() * 2 + 1);
    }

    /** The queued events of the watched socket, as steps of the buffers they change. Ui thread. */
    List<PortStep> take(PortBuffers buffers) {
        Socket s = watched;
        List<PortStep> steps = new ArrayList<>();
        for (PortEvent e; (e = pending.poll()) != null; ) {
            if (e.socket() == s) {
                steps.add(buffers.apply(e, start));
            }
        }
        return steps;
    }

    /** The port listener: on the port's thread; counts exactly and queues boundedly. */
    private void heard(PortEvent e) {
        if (e.socket() != watched) {
            return;
        }
        tally.incrementAndGet(e.kind().ordinal() * 2);
        tally.addAndGet(e.kind().ordinal() * 2 + 1, e.bytes());
        pending.offer(e);
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
