package sockbench.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The syscall trace: listeners receive every native call the engine makes, on the calling thread.
 * With no listener, a call costs one volatile read and nothing is formatted.
 */
public final class SyscallTrace {
    private static final List<Consumer<TraceEvent>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile boolean active;

    private SyscallTrace() {}

    /** Starts sending events to the listener; returns a handle that stops it. */
    public static AutoCloseable listen(Consumer<TraceEvent> listener) {
        synchronized (LISTENERS) { // a close on one thread and a listen on another: active follows the list
            LISTENERS.add(listener);
            active = true;
        }
        return () -> {
            synchronized (LISTENERS) {
                LISTENERS.remove(listener);
                active = !LISTENERS.isEmpty();
            }
        };
    }

    static boolean active() {
        return active;
    }

    static void emit(TraceEvent event) {
        for (Consumer<TraceEvent> l : LISTENERS) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // A broken listener must not break the socket call it watches.
            }
        }
    }
}
