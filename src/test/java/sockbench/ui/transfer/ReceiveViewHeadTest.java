package sockbench.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A block's first line tells a stream's offset, or a datagram's real size and what was discarded. */
class ReceiveViewHeadTest {

    @Test
    void should_show_a_truncated_datagram_with_its_size_and_the_bytes_discarded() {
        ReceiveLog log = new ReceiveLog();
        log.addDatagram(new byte[8], 0, 8, 20, "127.0.0.1:5000");
        ReceiveLog.Block b = log.since(0).fresh().get(0);
        assertThat(b.discarded()).isEqualTo(12);
        assertThat(ReceiveView.head(b)).isEqualTo(
                "recvfrom #1 · 8 bytes received of a 20-byte datagram from 127.0.0.1:5000 · 12 bytes discarded (truncated: the buffer was shorter)")
                .doesNotContain("offset");
    }

    @Test
    void should_show_a_whole_datagram_without_offset_and_stream_bytes_with_theirs() {
        ReceiveLog log = new ReceiveLog();
        log.add(new byte[5], 0, 5);
        log.addDatagram(new byte[3], 0, 3, 3, "127.0.0.1:9");
        var fresh = log.since(0).fresh();
        assertThat(ReceiveView.head(fresh.get(0))).isEqualTo("recv #1 · 5 bytes at stream offset 0");
        assertThat(ReceiveView.head(fresh.get(1))).isEqualTo("recvfrom #2 · datagram of 3 bytes from 127.0.0.1:9");
    }

    @Test
    void should_say_what_peek_and_waitall_did() {
        ReceiveLog log = new ReceiveLog();
        int peek = sockbench.net.Constants.require("msg/peek");
        int waitall = sockbench.net.Constants.require("msg/waitall");
        log.received(new byte[3], 0, 3, 3, null, peek | waitall, 10);
        assertThat(ReceiveView.head(log.since(0).fresh().get(0))).isEqualTo("recv #1 · 3 bytes at stream offset 0"
                + " · msg/peek: still queued, the next receive gets them again"
                + " · msg/waitall, yet 3 of 10: on a non-blocking socket the kernel gives what is queued");
    }

    @Test
    void should_write_stream_offsets_as_printf_writes_percent_08x() {
        for (long at : new long[] {0, 8, 0xdead, 0xffffffffL, 0x1_0000_0000L, 0x12_3456_789aL}) {
            assertThat(ReceiveView.offset(at)).isEqualTo(String.format("%08x", at));
        }
    }
}
