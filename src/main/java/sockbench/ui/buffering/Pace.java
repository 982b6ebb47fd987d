package sockbench.ui.buffering;

/** How fast the stream writer writes. */
public enum Pace {
    FAST("as fast as it goes", 0), HUNDRED("100 writes/s", 10_000_000L), TEN("10 writes/s", 100_000_000L);

    private final String label;
    private final long pauseNanos;

    Pace(String label, long pauseNanos) {
        this.label = label;
        this.pauseNanos = pauseNanos;
    }

    /** The pause between two writes. */
    long pauseNanos() {
        return pauseNanos;
    }

    @Override
    public String toString() {
        return label;
    }
}
