package sockbench.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import sockbench.net.explore.Block;

class TimedLogTest {
    private static Block block(long n, Block.Direction d, String text, long nanos) {
        return new Block(n, d, text.getBytes(StandardCharsets.ISO_8859_1), nanos, 1_764_622_416_123L, "127.0.0.1:4000");
    }

    @Test
    void times_are_relative_to_the_first_block_and_wall_clock_in_the_tooltip() {
        TimedLog log = new TimedLog(10);
        Block a = block(1, Block.Direction.IN, "a", 5_000_000_000L);
        Block b = block(2, Block.Direction.OUT, "b", 6_250_000_500L);
        log.add(a);
        log.add(b);
        assertThat(log.relativeTime(a)).isEqualTo("+0.000000 s");
        assertThat(log.relativeTime(b)).isEqualTo("+1.250000 s");
        assertThat(log.tooltip(a)).isEqualTo("2025-12-01T20:53:36.123Z from 127.0.0.1:4000");
        assertThat(log.tooltip(b)).endsWith(" to 127.0.0.1:4000");
    }

    @Test
    void filters_by_direction_and_by_text_or_hex() {
        TimedLog log = new TimedLog(10);
        log.add(block(1, Block.Direction.IN, "GET /", 1));
        log.add(block(2, Block.Direction.OUT, "200 OK", 2));
        log.add(block(3, Block.Direction.IN, "\u00de\u00ad", 3));
        assertThat(log.filter(Block.Direction.IN, "")).extracting(Block::number).containsExactly(1L, 3L);
        assertThat(log.filter(null, "OK")).extracting(Block::number).containsExactly(2L);
        assertThat(log.filter(null, "DE AD")).extracting(Block::number).containsExactly(3L);
        assertThat(log.filter(Block.Direction.OUT, "GET")).isEmpty();
    }

    @Test
    void keeps_only_the_last_capacity_blocks_and_counts_the_rest() {
        TimedLog log = new TimedLog(2);
        for (int i = 1; i <= 5; i++) {
            log.add(block(i, Block.Direction.IN, "x", i * 1000L));
        }
        assertThat(log.filter(null, "")).extracting(Block::number).containsExactly(4L, 5L);
        assertThat(log.dropped()).isEqualTo(3);
        assertThat(log.relativeTime(log.filter(null, "").get(0))).isEqualTo("+0.000003 s");
    }
}
