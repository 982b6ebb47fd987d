package sockbench.net.explore;

import java.util.function.Consumer;
import sockbench.net.Listeners;

/**
 * Tells listeners when a job starts (a responder, a repeat, a file send, a saver), whichever face
 * started it: the window shows the console's responders as it shows its own. Told on the starting
 * thread; a listener must not block.
 */
public final class JobEvents {
    private static final Listeners<Job> STARTED = new Listeners<>();

    private JobEvents() {}

    /** Hears each job that starts from now on; the handle stops it. */
    public static AutoCloseable listen(Consumer<Job> listener) {
        return STARTED.listen(listener);
    }

    static void started(Job job) {
        STARTED.fire(job);
    }
}
