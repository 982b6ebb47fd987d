package sockbench.net.wire;

/**
 * The TCP options a segment carried (RFC 9293 MSS, RFC 7323 window scale and timestamps, RFC 2018
 * SACK-permitted); -1 where the option was absent.
 */
public record TcpOptions(int mss, int windowScale, boolean sackPermitted, long tsVal, long tsEcr) {
    public static final TcpOptions NONE = new TcpOptions(-1, -1, false, -1, -1);

    public boolean hasTimestamps() {
        return tsVal >= 0;
    }

    /** {@code mss=65495 ws=7 sackOK ts=123/0}, the ladder's way; empty when there were none. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (mss >= 0) {
            b.append("mss=").append(mss);
        }
        if (windowScale >= 0) {
            b.append(b.length() > 0 ? " " : "").append("ws=").append(windowScale);
        }
        if (sackPermitted) {
            b.append(b.length() > 0 ? " " : "").append("sackOK");
        }
        if (hasTimestamps()) {
            b.append(b.length() > 0 ? " " : "").append("ts=").append(tsVal).append('/').append(tsEcr);
        }
        return b.toString();
    }
}
