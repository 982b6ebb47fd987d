package sockbench.net;

import java.util.function.Consumer;

/** Listeners of every socket port's buffering steps; called on the port's thread, must not block. */
public final class PortEvents {
    private static final Listeners<PortEvent> LISTENERS = new Listeners<>();

    private PortEvents() {}

    public static AutoCloseable listen(Consumer<PortEvent> listener) {
        return LISTENERS.listen(listener);
    }

    static boolean active() {
        return LISTENERS.active();
    }

    static void emit(Socket socket, PortEvent.Kind kind, int bytes, int fill, int capacity) {
        if (LISTENERS.active()) {
            LISTENERS.fire(new PortEvent(socket, kind, bytes, fill, capacity, System.nanoTime()));
        }
    }
}
