package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.wire.TcpStateMachine.State.*;

import org.junit.jupiter.api.Test;

/** RFC 9293 §3.3.2's diagram, walked by the segments each end sends and receives. */
class TcpStateMachineTest {
    private static final Endpoint A = new Endpoint(new byte[] {127, 0, 0, 1}, 40000);
    private static final Endpoint B = new Endpoint(new byte[] {127, 0, 0, 1}, 5000);

    private static Segment seg(boolean fromA, int flags, long seq, long ack) {
        Packet p = new Packet(4, Packet.TCP, fromA ? A : B, fromA ? B : A, 40, seq, ack, flags, 100, TcpOptions.NONE, 0, -1, 54);
        return new Segment(0, 0, 0, p, seq, ack, 100, null, 54, new byte[54]);
    }

    /** Feeds a segment to both ends: the sender's and the receiver's machines. */
    private static void wire(TcpStateMachine a, TcpStateMachine b, boolean fromA, int flags, long seq, long ack) {
        Segment s = seg(fromA, flags, seq, ack);
        (fromA ? a : b).sent(s);
        (fromA ? b : a).received(s);
    }

    @Test
    void handshake_then_the_active_closer_ends_in_time_wait_and_the_passive_one_closed() {
        TcpStateMachine a = new TcpStateMachine();
        TcpStateMachine b = new TcpStateMachine();
        wire(a, b, true, TcpFlags.SYN, 0, 0);
        assertThat(a.state()).isEqualTo(SYN_SENT);
        assertThat(b.state()).isEqualTo(SYN_RECEIVED);
        wire(a, b, false, TcpFlags.SYN | TcpFlags.ACK, 0, 1);
        assertThat(a.state()).isEqualTo(ESTABLISHED);
        wire(a, b, true, TcpFlags.ACK, 1, 1);
        assertThat(b.state()).isEqualTo(ESTABLISHED);
        wire(a, b, true, TcpFlags.FIN | TcpFlags.ACK, 1, 1);
        assertThat(a.state()).isEqualTo(FIN_WAIT_1);
        assertThat(b.state()).isEqualTo(CLOSE_WAIT);
        wire(a, b, false, TcpFlags.ACK, 1, 2);
        assertThat(a.state()).isEqualTo(FIN_WAIT_2);
        wire(a, b, false, TcpFlags.FIN | TcpFlags.ACK, 1, 2);
        assertThat(b.state()).isEqualTo(LAST_ACK);
        assertThat(a.state()).isEqualTo(TIME_WAIT);
        Segment last = seg(true, TcpFlags.ACK, 2, 2);
        a.sent(last);
        TcpStateMachine.Transition t = b.received(last);
        assertThat(t).isEqualTo(new TcpStateMachine.Transition(LAST_ACK, CLOSED, "rcv ACK of FIN"));
    }

    @Test
    void a_reset_closes_both_ends_at_once() {
        TcpStateMachine a = new TcpStateMachine();
        TcpStateMachine b = new TcpStateMachine();
        wire(a, b, true, TcpFlags.SYN, 0, 0);
        wire(a, b, false, TcpFlags.SYN | TcpFlags.ACK, 0, 1);
        wire(a, b, true, TcpFlags.ACK, 1, 1);
        wire(a, b, true, TcpFlags.RST | TcpFlags.ACK, 1, 1);
        assertThat(a.state()).isEqualTo(CLOSED);
        assertThat(b.state()).isEqualTo(CLOSED);
    }

    @Test
    void a_fin_that_also_acknowledges_ours_goes_straight_from_fin_wait_1_to_time_wait() {
        TcpStateMachine a = new TcpStateMachine();
        TcpStateMachine b = new TcpStateMachine();
        wire(a, b, true, TcpFlags.SYN, 0, 0);
        wire(a, b, false, TcpFlags.SYN | TcpFlags.ACK, 0, 1);
        wire(a, b, true, TcpFlags.ACK, 1, 1);
        wire(a, b, true, TcpFlags.FIN | TcpFlags.ACK, 1, 1);
        wire(a, b, false, TcpFlags.FIN | TcpFlags.ACK, 1, 2);
        assertThat(a.state()).isEqualTo(TIME_WAIT);
        assertThat(b.state()).isEqualTo(LAST_ACK);
    }
}
