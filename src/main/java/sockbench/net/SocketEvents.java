package sockbench.net;

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

    private static final Listeners<Event> LISTENERS = new Listeners<>();

    private SocketEvents() {}

    /** Starts listening; the handle stops it. */
    public static AutoCloseable listen(Consumer<Event> listener) {
        return LISTENERS.listen(listener);
    }

    static void fire(Kind kind, Socket socket) {
        LISTENERS.fire(new Event(kind, socket));
    }
}
