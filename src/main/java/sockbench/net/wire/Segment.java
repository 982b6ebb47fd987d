package sockbench.net.wire;

import java.util.List;
import sockbench.net.Socket;

/**
 * One captured TCP segment or UDP datagram of the process's own sockets, as the ladder draws it.
 *
 * @param index       its place in the capture, from 0 (segments the ring let go keep their numbers)
 * @param timeNanos   {@link System#nanoTime()} when it was captured: the syscall trace's clock
 * @param epochMicros wall-clock time in microseconds, for pcap
 * @param packet      the raw header values
 * @param seq         sequence number relative to the sender's ISN (0 for the SYN)
 * @param ack         acknowledgment number relative to the receiver's ISN, 0 without ACK
 * @param window      the window the sender offered, scaled by its window-scale shift when both SYNs agreed one
 * @param sender      which of our sockets sent it, null when the peer (a socket not ours) did
 * @param frameLength the frame's length on the wire
 * @param frame       the captured bytes (at most the capture's snap length)
 */
public record Segment(long index, long timeNanos, long epochMicros, Packet packet, long seq, long ack, int window,
                      Socket sender, int frameLength, byte[] frame) {
    public Segment {
        frame = frame.clone();
    }

    @Override
    public byte[] frame() {
        return frame.clone();
    }

    /** The captured bytes without a copy, for the pcap writer. */
    byte[] frameBytes() {
        return frame;
    }

    public int flags() { return packet.flags(); }
    public boolean has(int flag) { return packet.has(flag); }
    public int length() { return packet.payloadLength(); }
    public Endpoint source() { return packet.source(); }
    public Endpoint destination() { return packet.destination(); }
    public long rawSeq() { return packet.seq(); }
    public long rawAck() { return packet.ack(); }
    public TcpOptions options() { return packet.options(); }
    public boolean isTcp() { return packet.isTcp(); }

    /** The header fields of the captured bytes: field, offset, bytes, value. */
    public List<HeaderField> fields() {
        return FrameParser.fields(frame);
    }

    /**
     * The ladder's label: {@code SYN seq=0 win=65495 mss=65495 ws=7}, {@code ACK ack=1},
     * {@code PSH|ACK seq=1:6 len=5}, {@code FIN|ACK seq=6 ack=1}, {@code RST seq=6}, {@code UDP len=5}.
     */
    public String label() {
        if (!isTcp()) {
            return "UDP len=" + length();
        }
        StringBuilder b = new StringBuilder(TcpFlags.text(flags()));
        boolean syn = has(TcpFlags.SYN);
        if (syn) {
            b.append(" seq=").append(seq);
            if (has(TcpFlags.ACK)) {
                b.append(" ack=").append(ack);
            }
            b.append(" win=").append(window);
            TcpOptions o = options();
            if (o.mss() >= 0) {
                b.append(" mss=").append(o.mss());
            }
            if (o.windowScale() >= 0) {
                b.append(" ws=").append(o.windowScale());
            }
            return b.toString();
        }
        if (length() > 0) {
            b.append(" seq=").append(seq).append(':').append(seq + length()).append(" len=").append(length());
        } else if (has(TcpFlags.FIN) || has(TcpFlags.RST)) {
            b.append(" seq=").append(seq);
            if (has(TcpFlags.ACK)) {
                b.append(" ack=").append(ack);
            }
        } else if (has(TcpFlags.ACK)) {
            b.append(" ack=").append(ack);
        }
        if (window == 0 && !has(TcpFlags.RST)) {
            b.append(" win=0");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "#<segment " + index + " " + source() + " > " + destination() + " " + label() + ">";
    }
}
