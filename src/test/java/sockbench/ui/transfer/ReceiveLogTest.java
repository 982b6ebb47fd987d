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
}
