package sockbench.ui.wire;

import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpStateMachine;

/**
 * One row of the ladder, at its instant: a segment between the lanes, a socket call or a state on one
 * lane, or the head of the console or sample form whose run the rows below it happened in.
 */
public sealed interface LadderItem permits LadderItem.Arrow, LadderItem.Call, LadderItem.StateChange, LadderItem.Form {
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

    /**
     * One end's state changed, and why. {@code source} says who told: {@code tcp_info} (our socket's
     * {@code tcpi_state}) or {@code kernel table} (sock_diag, /proc/net/tcp) when the kernel was read;
     * null when the state is RFC 9293's step for a segment seen and the kernel was not read in it (it
     * passed faster than a reading).
     */
    record StateChange(long timeNanos, boolean left, TcpStateMachine.Transition transition, String source) implements LadderItem {
        public boolean read() {
            return source != null;
        }
    }

    /**
     * The form run from {@code timeNanos} (its first row) whose span holds the next {@code rows} rows:
     * what a console line or a sample's step caused on this conversation.
     */
    record Form(long timeNanos, int number, String text, int rows) implements LadderItem {}
}
