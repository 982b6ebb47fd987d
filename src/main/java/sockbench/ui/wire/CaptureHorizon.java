package sockbench.ui.wire;

/**
 * The instant up to which the capture has handed the ladder every segment, so that a call is drawn
 * only once the segments that came before it are there. The kernel hands segments over a ring block
 * at a time: a block is handed over when full, or a block timeout after its first frame.
 *
 * <p>While segments keep coming (a block placed within the last block timeout and some slack), the
 * next block holds the frames after the newest one placed: the horizon is that newest segment's time.
 * Under bulk a block comes every few milliseconds, and a call never outruns its segments (a horizon of
 * "a block timeout ago" let a thousand calls in before segments that a late block then brought, and
 * the ladder's last rows, calls only, pushed those segments out). Once no block came for that long, the
 * capture is idle and every frame older than a block timeout has been handed over: the horizon is
 * then that instant, so the last calls of a quiet conversation show too. Owned by the ui thread.
 */
final class CaptureHorizon {
    private final long quietNanos;
    private long newestPlaced = Long.MIN_VALUE;
    private long lastPlacedAt = Long.MIN_VALUE / 2;

    /** @param quietMillis the block timeout and some slack: how long without a block means idle */
    CaptureHorizon(long quietMillis) {
        this.quietNanos = quietMillis * 1_000_000L;
    }

    /** A segment captured at {@code captured} was placed at {@code now}. */
    void placed(long captured, long now) {
        newestPlaced = Math.max(newestPlaced, captured);
        lastPlacedAt = now;
    }

    /** The capture time of the newest segment placed (every earlier one is placed too: the ring is in order). */
    long newestPlaced() {
        return newestPlaced;
    }

    /**
     * The horizon at {@code now}; {@code behind} when segments wait in the view's own queue (then only
     * what it has placed is complete).
     */
    long at(long now, boolean behind) {
        if (behind || now - lastPlacedAt < quietNanos) {
            return newestPlaced;
        }
        return Math.max(newestPlaced, now - quietNanos);
    }
}
