package sockbench.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Every FX pulse's interval while measuring, recorded by an AnimationTimer: what the window benchmarks report. */
final class PulseClock {
    private final long[] intervals;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicBoolean measuring = new AtomicBoolean(false);
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0 && measuring.get()) {
                int i = (int) frames.getAndIncrement();
                if (i < intervals.length) {
                    intervals[i] = now - last;
                }
            }
            last = now;
        }
    };

    /** Room for {@code seconds} of pulses at up to 240 a second; starts the timer. */
    PulseClock(int seconds) {
        intervals = new long[seconds * 240 + 1000];
        Platform.runLater(timer::start);
    }

    void measure(boolean on) {
        measuring.set(on);
    }

    /** Stops the timer; call on the FX thread. */
    void stop() {
        timer.stop();
    }

    /** The recorded intervals in nanoseconds, sorted. */
    long[] sorted() {
        int n = (int) Math.min(frames.get(), intervals.length);
        long[] s = Arrays.copyOf(intervals, n);
        Arrays.sort(s);
        return s;
    }

    /** "N pulses; interval p50 …, p90 …, p99 …, max …" in milliseconds. */
    String summary() {
        long[] s = sorted();
        return String.format("%d pulses; interval p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", s.length,
                WindowProbe.percentileMillis(s, 50), WindowProbe.percentileMillis(s, 90), WindowProbe.percentileMillis(s, 99),
                s.length == 0 ? 0 : s[s.length - 1] / 1e6);
    }
}
