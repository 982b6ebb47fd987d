package sockbench.ui.buffering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.PortEvent;
import sockbench.net.PortEvent.Kind;

/** The reducer alone: port events in, buffer fills and timeline steps out, no socket anywhere. */
class PortBuffersTest {

    private static PortEvent event(Kind kind, int bytes, int fill, int capacity) {
        return new PortEvent(null, kind, bytes, fill, capacity, 1_000_000L);
    }

    @Test
    void should_keep_2_of_500_plus_526_through_a_512_byte_buffer() {
        PortBuffers b = new PortBuffers();
        b.reset(512, 0, 4096, 0);
        b.apply(event(Kind.WRITE, 500, 500, 512), 0);
        assertThat(b.fill).isEqualTo(500);
        b.apply(event(Kind.WRITE, 526, 1026, 512), 0);
        // the send-all's event gives the fill before it: 1026, of which 1024 leave
        PortStep sendAll = b.apply(event(Kind.SEND_ALL, 1024, 1026, 512), 0);
        b.apply(event(Kind.SEND, 1024, 1026, 512), 0);
        assertThat(b.fill).isEqualTo(2);
        assertThat(b.lastWriteTotal).isEqualTo(1026);
        assertThat(b.lastSent).isEqualTo(1024);
        assertThat(sendAll.label()).isEqualTo("send-all 1024");
        assertThat(sendAll.fill()).isEqualTo(2);
    }

    @Test
    void should_take_an_unbuffered_write_as_its_own_total_and_follow_the_input_buffer() {
        PortBuffers b = new PortBuffers();
        b.reset(512, 300, 4096, 0);
        b.apply(event(Kind.WRITE, 700, 0, 0), 0);
        assertThat(b.capacity).isNull();
        assertThat(b.lastWriteTotal).isEqualTo(700);
        b.apply(event(Kind.RECEIVE, 4096, 4096, 4096), 0);
        PortStep read = b.apply(event(Kind.READ, 100, 3996, 4096), 0);
        assertThat(b.inFill).isEqualTo(3996);
        assertThat(read.fill()).isEqualTo(3996);
        assertThat(read.millis()).isEqualTo(1.0);
    }
}
