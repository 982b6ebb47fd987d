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

    /** How often counters and status lines refresh: four times a second, what a person can read. */
    public static final long READOUT_MILLIS = 250;

    /** Calls {@code onFrame} with the frame's {@link System#nanoTime()} on every pulse (ui thread). */
    public AutoCloseable add(LongConsumer onFrame) {
        listeners.add(onFrame);
        return () -> listeners.remove(onFrame);
    }

    /**
     * Calls {@code onFrame} on a pulse at most once every {@code millis} (the first pulse included):
     * for readouts a person reads, which must not re-lay out the window at every frame of a flood.
     */
    public AutoCloseable every(long millis, LongConsumer onFrame) {
        long interval = millis * 1_000_000L;
        return add(new LongConsumer() {
            private long due = Long.MIN_VALUE;

            @Override
            public void accept(long now) {
                if (due == Long.MIN_VALUE || now - due >= 0) {
                    due = now + interval;
                    onFrame.accept(now);
                }
            }
        });
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
