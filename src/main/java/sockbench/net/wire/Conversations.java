package sockbench.net.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers each TCP conversation's segments as Wireshark's "relative sequence numbers" do: seq from the
 * sender's initial sequence number (the SYN's, which is 0), ack from the receiver's; and scales the
 * window by the sender's shift once both SYNs carried the window-scale option (RFC 7323 §2.2; a SYN's
 * own window is never scaled). A conversation met after its SYN takes the first number it sees as 1.
 * Single-threaded: the capture thread owns it. Bounded: the oldest conversations are forgotten.
 */
final class Conversations {
    private static final int MAX = 4096;

    /** One direction's numbers: its ISN and its window shift. */
    private static final class Side {
        long isn = -1;
        int shift = -1;
    }

    /** A conversation's two sides, by the endpoint that sends. */
    private static final class Conversation {
        final Map<Endpoint, Side> sides = new LinkedHashMap<>(4);
        boolean bothSynsHadScale() {
            if (sides.size() != 2) {
                return false;
            }
            for (Side s : sides.values()) {
                if (s.shift < 0) {
                    return false;
                }
            }
            return true;
        }
        Side side(Endpoint e) {
            return sides.computeIfAbsent(e, k -> new Side());
        }
    }

    private final Map<Key, Conversation> conversations = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Conversation> eldest) {
            return size() > MAX;
        }
    };

    /** The unordered pair of endpoints. */
    private record Key(Endpoint a, Endpoint b) {
        static Key of(Endpoint x, Endpoint y) {
            int c = Integer.compare(x.port(), y.port());
            if (c == 0) {
                c = java.util.Arrays.compareUnsigned(x.address(), y.address());
            }
            return c <= 0 ? new Key(x, y) : new Key(y, x);
        }
    }

    /** The relative numbers of one segment: {seq, ack, window}. */
    long[] number(Packet p) {
        if (!p.isTcp()) {
            return new long[] {0, 0, 0};
        }
        Conversation c = conversations.computeIfAbsent(Key.of(p.source(), p.destination()), k -> new Conversation());
        Side from = c.side(p.source());
        Side to = c.side(p.destination());
        boolean syn = p.has(TcpFlags.SYN);
        if (syn) {
            // a new SYN from this side (a port reused, a retransmitted SYN has the same number) starts over
            if (from.isn != p.seq()) {
                from.isn = p.seq();
            }
            from.shift = p.options().windowScale();
        } else if (from.isn < 0) {
            from.isn = (p.seq() - 1) & 0xffffffffL;
        }
        long ack = 0;
        if (p.has(TcpFlags.ACK)) {
            if (to.isn < 0) {
                to.isn = (p.ack() - 1) & 0xffffffffL;
            }
            ack = (p.ack() - to.isn) & 0xffffffffL;
        }
        long seq = (p.seq() - from.isn) & 0xffffffffL;
        long window = p.window();
        if (!syn && c.bothSynsHadScale()) {
            window <<= Math.min(from.shift, 14);
        }
        return new long[] {seq, ack, window};
    }
}
