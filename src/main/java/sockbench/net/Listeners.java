package sockbench.net;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind of engine event: whoever listens holds the handle that stops it, so a
 * window that closes leaves nothing behind. Events are told on the thread that caused them; a
 * listener must not block, and one that throws does not break the call that fired.
 */
public final class Listeners<E> {
    private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();

    /** Starts listening; closing the handle stops it. */
    public AutoCloseable listen(Consumer<? super E> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether anyone listens (an event costly to build is built only then). */
    public boolean active() {
        return !listeners.isEmpty();
    }

    /** Tells every listener. */
    public void fire(E event) {
        for (Consumer<? super E> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // a broken listener must not break the engine's call
            }
        }
    }
}
