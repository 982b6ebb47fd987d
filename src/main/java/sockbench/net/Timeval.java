package sockbench.net;

/** {@code struct timeval}: seconds and microseconds, as SO_RCVTIMEO and SO_SNDTIMEO take them. */
public record Timeval(long seconds, long microseconds) {
    public Timeval {
        if (seconds < 0 || microseconds < 0 || microseconds >= 1_000_000) {
            throw Errors.badArgument("timeval", "expected seconds >= 0 and 0 <= microseconds < 1000000, got "
                    + seconds + " s " + microseconds + " us");
        }
    }

    /** The whole value in milliseconds. */
    public long toMillis() {
        return seconds * 1000 + microseconds / 1000;
    }

    @Override
    public String toString() {
        return "(" + seconds + " " + microseconds + ")";
    }
}
