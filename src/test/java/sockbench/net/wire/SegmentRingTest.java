package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentRingTest {
    private static Segment segment(long index) {
        Endpoint e = new Endpoint(new byte[] {127, 0, 0, 1}, 1);
        Packet p = new Packet(4, Packet.UDP, e, e, 28, 0, 0, 0, 0, TcpOptions.NONE, 0, 8, 42);
        return new Segment(index, index, index, p, 0, 0, 0, null, 42, new byte[42]);
    }

    @Test
    void keeps_the_last_n_and_counts_what_left() {
        SegmentRing ring = new SegmentRing(3);
        for (int i = 0; i < 5; i++) {
            ring.add(segment(ring.added()));
        }
        assertThat(ring.added()).isEqualTo(5);
        assertThat(ring.evicted()).isEqualTo(2);
        assertThat(ring.snapshot()).extracting(Segment::index).containsExactly(2L, 3L, 4L);
        assertThat(ring.since(4)).extracting(Segment::index).containsExactly(4L);
        assertThat(ring.since(0)).hasSize(3);
    }
}
