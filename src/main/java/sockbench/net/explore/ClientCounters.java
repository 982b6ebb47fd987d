package sockbench.net.explore;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a responder did for one client (a TCP connection, or a datagram source): blocks and bytes
 * received, replies and bytes sent, and whether it is still served. Written by the responder's
 * threads, read by anyone (a view once per frame) without locks.
 */
public final class ClientCounters {
    private final String peer;
    private final long connectedAtMillis = System.currentTimeMillis();
    final AtomicLong blocksIn = new AtomicLong();
    final AtomicLong bytesIn = new AtomicLong();
    final AtomicLong replies = new AtomicLong();
    final AtomicLong bytesOut = new AtomicLong();
    private volatile boolean open = true;
    private volatile String endReason = "";

    ClientCounters(String peer) {
        this.peer = peer;
    }

    /** The client's address as {@code sockaddr->string} gives it, or a description. */
    public String peer() { return peer; }
    public long connectedAtMillis() { return connectedAtMillis; }
    public long blocksIn() { return blocksIn.get(); }
    public long bytesIn() { return bytesIn.get(); }
    public long replies() { return replies.get(); }
    public long bytesOut() { return bytesOut.get(); }
    public boolean isOpen() { return open; }
    /** Why the client is no longer served: "peer closed", "closed after 3", an error's message. */
    public String endReason() { return endReason; }

    void end(String reason) {
        if (open) {
            endReason = reason;
            open = false;
        }
    }

    void received(int n) {
        blocksIn.incrementAndGet();
        bytesIn.addAndGet(n);
    }

    void replied(int n) {
        replies.incrementAndGet();
        bytesOut.addAndGet(n);
    }

    @Override
    public String toString() {
        return peer + " in " + blocksIn() + "/" + bytesIn() + "B out " + replies() + "/" + bytesOut() + "B"
                + (open ? "" : " (" + endReason + ")");
    }
}
