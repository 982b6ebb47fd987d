package sockbench.ui.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The horizon up to which the ladder draws calls: while blocks of segments keep coming it is the
 * newest segment placed (a call after it waits for the next block), once the capture has been quiet
 * for a block timeout it moves on with the clock, and while the view's own queue is behind it is what
 * was placed.
 */
class CaptureHorizonTest {
    private static final long MS = 1_000_000L;

    @Test
    void while_blocks_keep_coming_a_call_after_the_newest_segment_waits_for_the_next_block() {
        CaptureHorizon h = new CaptureHorizon(70);
        // a block placed at 1000 ms held segments captured up to 960 ms
        h.placed(960 * MS, 1000 * MS);
        // 60 ms later no block came yet, but the capture is not quiet: calls after 960 ms wait
        assertThat(h.at(1060 * MS, false)).isEqualTo(960 * MS);
        // the next block brings segments up to 1050 ms: the horizon follows it, not the clock
        h.placed(1050 * MS, 1065 * MS);
        assertThat(h.at(1066 * MS, false)).isEqualTo(1050 * MS);
    }

    @Test
    void once_the_capture_is_quiet_for_a_block_timeout_every_older_call_shows() {
        CaptureHorizon h = new CaptureHorizon(70);
        h.placed(960 * MS, 1000 * MS);
        // no block for 70 ms: every frame older than 70 ms has been handed over
        assertThat(h.at(1100 * MS, false)).isEqualTo(1030 * MS);
    }

    @Test
    void a_view_behind_its_own_queue_draws_only_what_it_placed() {
        CaptureHorizon h = new CaptureHorizon(70);
        h.placed(500 * MS, 600 * MS);
        assertThat(h.at(5000 * MS, true)).isEqualTo(500 * MS);
    }

    @Test
    void before_any_segment_a_quiet_capture_moves_with_the_clock() {
        CaptureHorizon h = new CaptureHorizon(70);
        assertThat(h.at(1000 * MS, false)).isEqualTo(930 * MS);
    }
}
