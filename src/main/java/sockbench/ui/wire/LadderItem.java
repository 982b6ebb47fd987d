package sockbench.ui.wire;

import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpStateMachine;

/** One row of the ladder, at its instant: a segment between the lanes, a socket call or a state on one lane. */
public sealed interface LadderItem permits LadderItem.Arrow, LadderItem.Call, LadderItem.StateChange {
    long timeNanos();

    /** A segment; {@code rightward} when the left lane's end sent it. */
    record Arrow(Segment segment, boolean rightward) implements LadderItem {
        @Override
        public long timeNanos() {
            return segment.timeNanos();
        }
    }

    /** A socket call on one lane: {@code connect}, {@code send 5}, {@code recv → 5}, {@code close}. */
    record Call(long timeNanos, boolean left, String text) implements LadderItem {}

    /** One end's state changed, and why. */
    record StateChange(long timeNanos, boolean left, TcpStateMachine.Transition transition) implements LadderItem {}
}
