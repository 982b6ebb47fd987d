package sockbench.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiveLogTest {

    @Test
    void should_keep_a_bounded_window_of_blocks_however_much_arrives_and_count_every_byte() {
        // given a log
        ReceiveLog log = new ReceiveLog();
        byte[] chunk = new byte[65536];

        // when 10,000 receive calls of up to 64 KiB arrive
        long sent = 0;
        for (int i = 0; i < 10_000; i++) {
            int n = 1 + (i * 7919) % chunk.length;
            log.add(chunk, 0, n);
            sent += n;
        }

        // then the totals are exact, and the window holds few blocks and few bytes; the rest are summarized
        ReceiveLog.Window w = log.since(0);
        assertThat(w.totalBytes()).isEqualTo(sent);
        assertThat(w.totalCalls()).isEqualTo(10_000);
        assertThat(w.fresh()).hasSizeLessThanOrEqualTo(ReceiveLog.WINDOW_BLOCKS).isNotEmpty();
        assertThat(w.fresh().stream().mapToInt(b -> b.shown().length).sum()).isLessThanOrEqualTo(ReceiveLog.WINDOW_BYTES);
        assertThat(w.earlierBlocks() + w.fresh().size()).isEqualTo(10_000);
        assertThat(w.earlierBytes() + w.fresh().stream().mapToLong(ReceiveLog.Block::size).sum()).isEqualTo(sent);
        assertThat(w.firstKept()).isEqualTo(w.fresh().get(0).index());
    }

    @Test
    void should_give_each_block_its_stream_offset_and_only_the_blocks_after_the_last_seen() {
        ReceiveLog log = new ReceiveLog();
        log.add("hello".getBytes(), 0, 5);
        log.addDatagram("world!".getBytes(), 0, 6, 6, "127.0.0.1:9");
        ReceiveLog.Window first = log.since(0);
        assertThat(first.fresh()).extracting(ReceiveLog.Block::offset).containsExactly(0L, 5L);
        assertThat(first.fresh().get(1).source()).isEqualTo("127.0.0.1:9");

        log.endOfStream();
        ReceiveLog.Window next = log.since(2);
        assertThat(next.fresh()).hasSize(1);
        assertThat(next.fresh().get(0).kind()).isEqualTo(ReceiveLog.Kind.END_OF_STREAM);
        assertThat(next.fresh().get(0).offset()).isEqualTo(11);
    }

    @Test
    void should_clear_the_blocks_but_not_the_totals() {
        ReceiveLog log = new ReceiveLog();
        log.add(new byte[10], 0, 10);
        log.clear();
        ReceiveLog.Window w = log.since(0);
        assertThat(w.fresh()).isEmpty();
        assertThat(w.totalBytes()).isEqualTo(10);
        assertThat(w.generation()).isEqualTo(1);
    }

    @Test
    void should_leave_the_offset_and_the_total_where_they_were_after_a_peek() {
        ReceiveLog log = new ReceiveLog();
        int peek = sockbench.net.Constants.require("msg/peek");
        log.received("hello".getBytes(), 0, 5, 5, null, peek, 4096);
        log.received("hello".getBytes(), 0, 5, 5, null, 0, 4096);
        var fresh = log.since(0).fresh();
        assertThat(fresh).extracting(ReceiveLog.Block::offset).containsExactly(0L, 0L);
        assertThat(fresh.get(0).peeked()).isTrue();
        assertThat(fresh.get(1).peeked()).isFalse();
        assertThat(log.totalBytes()).isEqualTo(5);
        assertThat(log.totalCalls()).isEqualTo(2);
    }

    @Test
    void should_show_no_bytes_of_a_stream_receive_the_kernel_discarded_under_msg_trunc() {
        ReceiveLog log = new ReceiveLog();
        int trunc = sockbench.net.Constants.require("msg/trunc");
        log.received(new byte[] {0, 0, 0, 0, 0}, 0, 5, 5, null, trunc, 5);
        ReceiveLog.Block b = log.since(0).fresh().get(0);
        assertThat(b.discardedByKernel()).isTrue();
        assertThat(b.shown()).isEmpty();
        assertThat(b.size()).isEqualTo(5);
        assertThat(log.totalBytes()).isEqualTo(5);
    }

    @Test
    void should_keep_sends_as_blocks_of_their_own_numbering_that_are_no_receive_calls() {
        ReceiveLog log = new ReceiveLog();
        log.sent("ping".getBytes(), 0, 4, null, 0);
        log.add("pong".getBytes(), 0, 4);
        log.sent("ping".getBytes(), 0, 4, "127.0.0.1:9", 0);
        var fresh = log.since(0).fresh();
        assertThat(fresh).extracting(ReceiveLog.Block::kind).containsExactly(ReceiveLog.Kind.SENT, ReceiveLog.Kind.DATA, ReceiveLog.Kind.SENT);
        assertThat(fresh).extracting(ReceiveLog.Block::number).containsExactly(1L, 1L, 2L);
        assertThat(fresh).extracting(ReceiveLog.Block::index).containsExactly(1L, 2L, 3L);
        assertThat(fresh.get(1).offset()).isZero();
        assertThat(log.totalCalls()).isEqualTo(1);
        assertThat(log.totalBytes()).isEqualTo(4);
        assertThat(ReceiveView.head(fresh.get(2))).isEqualTo("send #2 · 4 bytes sent to 127.0.0.1:9");
    }
}
