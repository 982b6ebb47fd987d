package sockbench.ui.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sockbench.net.wire.Endpoint;
import sockbench.net.wire.Packet;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpOptions;

/**
 * The capture hands segments over a ring block at a time, so a segment reaches the ladder after the
 * calls that came after it: rows past the capture's horizon wait, and the ladder never shows a call
 * without the segments that came before it.
 */
class ConversationHorizonTest {
    private static final Endpoint A = new Endpoint(new byte[] {127, 0, 0, 1}, 40000);
    private static final Endpoint B = new Endpoint(new byte[] {127, 0, 0, 1}, 5000);

    private static Segment segment(long time) {
        Packet p = new Packet(4, Packet.TCP, A, B, 45, 1, 1, 0x18, 100, TcpOptions.NONE, 0, -1, 59);
        return new Segment(time, time, time, p, 1, 1, 100, null, 59, new byte[59]);
    }

    private static LadderItem.Arrow arrow(long time) {
        return new LadderItem.Arrow(segment(time), true);
    }

    private static List<String> rows(List<LadderItem> items) {
        return items.stream().map(i -> i instanceof LadderItem.Call c ? c.text() : "segment at " + i.timeNanos()).toList();
    }

    @Test
    void a_call_past_the_horizon_waits_for_the_segment_that_came_before_it() {
        // given a send at 100, its segment at 110 (not yet handed over) and a receive at 120
        Conversation conv = new Conversation(segment(110));
        conv.insert(new LadderItem.Call(100, true, "send 5"));
        conv.insert(new LadderItem.Call(120, false, "recv → 5"));

        // when the capture has handed over everything up to 105: only the send shows
        assertThat(rows(conv.items(105))).containsExactly("send 5");
        assertThat(conv.hasWaiting()).isTrue();

        // then once the segment arrives and the horizon passes it, all three show in time order
        conv.insert(arrow(110));
        assertThat(rows(conv.items(130))).containsExactly("send 5", "segment at 110", "recv → 5");
        assertThat(conv.hasWaiting()).isFalse();
    }

    @Test
    void without_a_horizon_every_row_shows() {
        Conversation conv = new Conversation(segment(10));
        conv.insert(new LadderItem.Call(20, true, "close"));
        assertThat(rows(conv.items())).containsExactly("close");
    }
}
