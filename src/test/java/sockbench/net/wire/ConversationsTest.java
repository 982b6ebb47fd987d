package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relative numbers as Wireshark shows them (its "relative sequence numbers"), and the window scale of RFC 7323. */
class ConversationsTest {
    private static final Endpoint A = new Endpoint(new byte[] {127, 0, 0, 1}, 40000);
    private static final Endpoint B = new Endpoint(new byte[] {127, 0, 0, 1}, 5000);

    private static Packet tcp(Endpoint from, Endpoint to, long seq, long ack, int flags, int window, int ws, int len) {
        return new Packet(4, Packet.TCP, from, to, 40 + len, seq, ack, flags, window,
                new TcpOptions(-1, ws, false, -1, -1), len, -1, 54);
    }

    @Test
    void seq_and_ack_count_from_each_sides_isn_across_the_wrap_and_the_window_scales_after_the_handshake() {
        Conversations c = new Conversations();
        long isnA = 0xfffffff0L; // wraps during the data
        long isnB = 1000;
        assertThat(c.number(tcp(A, B, isnA, 0, TcpFlags.SYN, 65495, 7, 0))).containsExactly(0, 0, 65495);
        assertThat(c.number(tcp(B, A, isnB, isnA + 1, TcpFlags.SYN | TcpFlags.ACK, 65483, 7, 0))).containsExactly(0, 1, 65483);
        assertThat(c.number(tcp(A, B, isnA + 1, isnB + 1, TcpFlags.ACK, 512, -1, 0))).containsExactly(1, 1, 512 << 7);
        long wrapped = (isnA + 1 + 100) & 0xffffffffL;
        assertThat(c.number(tcp(A, B, wrapped, isnB + 1, TcpFlags.ACK | TcpFlags.PSH, 512, -1, 5))).containsExactly(101, 1, 512 << 7);
        assertThat(c.number(tcp(B, A, isnB + 1, (wrapped + 5) & 0xffffffffL, TcpFlags.ACK, 0, -1, 0))).containsExactly(1, 106, 0);
    }

    @Test
    void without_both_syns_agreeing_a_scale_the_window_is_as_sent_and_a_late_start_counts_from_one() {
        Conversations c = new Conversations();
        assertThat(c.number(tcp(A, B, 7777, 9999, TcpFlags.ACK, 300, -1, 10))).containsExactly(1, 1, 300);
        assertThat(c.number(tcp(A, B, 7787, 9999, TcpFlags.ACK, 300, -1, 0))).containsExactly(11, 1, 300);
        Conversations d = new Conversations();
        d.number(tcp(A, B, 1, 0, TcpFlags.SYN, 100, 7, 0));
        d.number(tcp(B, A, 1, 2, TcpFlags.SYN | TcpFlags.ACK, 100, -1, 0)); // the peer did not scale
        assertThat(d.number(tcp(A, B, 2, 2, TcpFlags.ACK, 100, -1, 0))[2]).isEqualTo(100);
    }
}
