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
    /**
     * The socket watched and its counts, replaced as one by each watch: a port thread that read the old
     * one adds to the old counts, never to the new socket's.
     */
    private record Watch(Socket socket, AtomicLongArray tally) {
        /** Calls and bytes per event kind: [kind*2] calls, [kind*2+1] bytes. */
        Watch(Socket socket) {
            this(socket, new AtomicLongArray(PortEvent.Kind.values().length * 2));
        }
    }

    private final AutoCloseable subscription;
    private volatile Watch watch = new Watch(null);
    private long start = System.nanoTime();

    PortWatch() {
        subscription = PortEvents.listen(this::heard);
    }

    /** Watches another socket (or none), its counts from zero and its times from now. Ui thread. */
    void watch(Socket s) {
        watch = new Watch(s);
        start = System.nanoTime();
    }

    Socket watched() { return watch.socket(); }

    /** Calls of one kind since the watch began, exact. */
    long calls(PortEvent.Kind kind) {
        return watch.tally().get(kind.ordinal() * 2);
    }

    /** Bytes moved by steps of one kind since the watch began, exact. */
    long bytes(PortEvent.Kind kind) {
        return watch.tally().get(kind.ordinal() * 2 + 1);
    }

    /** The queued events of the watched socket, as steps of the buffers they change. Ui thread. */
    List<PortStep> take(PortBuffers buffers) {
        Socket s = watch.socket();
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
        Watch w = watch;
        if (e.socket() != w.socket()) {
            return;
        }
        w.tally().incrementAndGet(e.kind().ordinal() * 2);
        w.tally().addAndGet(e.kind().ordinal() * 2 + 1, e.bytes());
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
