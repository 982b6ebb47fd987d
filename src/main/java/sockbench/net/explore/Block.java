package sockbench.net.explore;

/**
 * One receive call's bytes (or one send's), with when and from where: what a receive log keeps and
 * saves. {@code nanos} is {@link System#nanoTime()} (for times relative to the first block),
 * {@code wallMillis} the wall clock; {@code peer} is {@code sockaddr->string} of the source, or "".
 */
public record Block(long number, Direction direction, byte[] data, long nanos, long wallMillis, String peer) {
    /** Received or sent. */
    public enum Direction { IN, OUT;
        public String word() { return this == IN ? "received" : "sent"; }
    }
}
