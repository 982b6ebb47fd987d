package sockbench.ui.async;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * The window's frame clock, without the toolkit: the view drives {@link #tick} from one
 * {@code AnimationTimer}, and every view model that batches high-rate data drains its queue here,
 * once per pulse. Tests tick it by hand.
 */
public final class Pulse {
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> onStop = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    /** Calls {@code onFrame} with the frame's {@link System#nanoTime()} on every pulse (ui thread). */
    public AutoCloseable add(LongConsumer onFrame) {
        listeners.add(onFrame);
        return () -> listeners.remove(onFrame);
    }

    /** One frame: every listener, in the order added. Call on the ui thread. */
    public void tick(long nanos) {
        for (LongConsumer l : listeners) {
            l.accept(nanos);
        }
    }

    /** Runs {@code r} when the window is gone: a view model that listens to the engine stops listening. */
    public void onStop(Runnable r) {
        onStop.add(r);
    }

    /** The window is gone: whoever drives the pulse stops. */
    public void stop() {
        stopped = true;
        listeners.clear();
        onStop.forEach(Runnable::run);
        onStop.clear();
    }

    public boolean isStopped() {
        return stopped;
    }
}
