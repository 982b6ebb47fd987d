package sockbench.net.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockLogFormatTest {

    @Test
    void should_print_the_wall_clock_to_the_millisecond_even_on_a_whole_second() {
        // 2026-12-05T20:12:40Z exactly: ISO-8601 as the log shows it keeps its three fraction digits
        assertThat(BlockLogFormat.wall(1_796_501_560_000L)).isEqualTo("2026-12-05T20:12:40.000Z");
        assertThat(BlockLogFormat.wall(1_796_501_560_007L)).isEqualTo("2026-12-05T20:12:40.007Z");
    }

    @Test
    void should_print_the_time_since_the_first_block_to_the_microsecond() {
        assertThat(BlockLogFormat.relative(0)).isEqualTo("+0.000000 s");
        assertThat(BlockLogFormat.relative(1_234_567_890L)).isEqualTo("+1.234567 s");
    }
}
