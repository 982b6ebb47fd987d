package sockbench.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Listeners of every socket port's buffering steps; called on the port's thread, must not block. */
public final class PortEvents {
    private static final List<Consumer<PortEvent>> LISTENERS = new CopyOnWriteArrayList<>();

    private PortEvents() {}

    public static AutoCloseable listen(Consumer<PortEvent> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    static boolean active() {
        return !LISTENERS.isEmpty();
    }

    static void emit(Socket socket, PortEvent.Kind kind, int bytes, int fill, int capacity) {
        if (LISTENERS.isEmpty()) {
            return;
        }
        PortEvent e = new PortEvent(socket, kind, bytes, fill, capacity, System.nanoTime());
        for (Consumer<PortEvent> l : LISTENERS) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                // A broken listener must not break the port.
            }
        }
    }
}
