package sockbench.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners when a socket is created (by any face: workbench, console, accept, connect/ai),
 * changes state, or closes. Listeners run on the thread that did it and must not block.
 */
public final class SocketEvents {
    /** What happened to a socket. */
    public enum Kind { CREATED, CHANGED, CLOSED }

    /** One event. */
    public record Event(Kind kind, Socket socket) {}

    private static final List<Consumer<Event>> LISTENERS = new CopyOnWriteArrayList<>();

    private SocketEvents() {}

    /** Starts listening; the handle stops it. */
    public static AutoCloseable listen(Consumer<Event> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    static void fire(Kind kind, Socket socket) {
        for (Consumer<Event> l : LISTENERS) {
            try {
                l.accept(new Event(kind, socket));
            } catch (RuntimeException e) {
                // A broken listener must not break the socket operation.
            }
        }
    }
}
