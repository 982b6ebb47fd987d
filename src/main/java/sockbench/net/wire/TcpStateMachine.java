package sockbench.net.wire;

/**
 * Follows one end of a TCP conversation through RFC 9293's state diagram (§3.3.2) from the segments
 * seen on the wire: what it sent and what it received. Each step names the event that caused it, as
 * the diagram's arcs do ("rcv SYN,ACK / snd ACK"). Starts CLOSED; the passive end is put in LISTEN by
 * the first SYN it receives. Not thread-safe: one owner.
 */
public final class TcpStateMachine {
    /** RFC 9293's states. */
    public enum State { CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT,
        CLOSING, LAST_ACK, TIME_WAIT }

    /** One transition: from, to, and the event that caused it. */
    public record Transition(State from, State to, String event) {}

    private State state = State.CLOSED;
    private String lastEvent;
    private long finSeq = -1; // our FIN's sequence number, once sent: its ACK is ack == finSeq + 1

    /** A machine in CLOSED. */
    public TcpStateMachine() {
        // the fields start it CLOSED
    }

    public State state() {
        return state;
    }

    /** The event of the last step taken, or null before any. */
    public String lastEvent() {
        return lastEvent;
    }

    /** This end sent the segment; the transition it made, or null when the state stays. */
    public Transition sent(Segment s) {
        if (s.has(TcpFlags.RST)) {
            return to(State.CLOSED, "snd RST");
        }
        if (s.has(TcpFlags.SYN) && !s.has(TcpFlags.ACK) && state == State.CLOSED) {
            return to(State.SYN_SENT, "connect / snd SYN");
        }
        if (s.has(TcpFlags.FIN)) {
            finSeq = s.seq() + s.length();
            return switch (state) {
                case ESTABLISHED, SYN_RECEIVED -> to(State.FIN_WAIT_1, "close / snd FIN");
                case CLOSE_WAIT -> to(State.LAST_ACK, "close / snd FIN");
                default -> null;
            };
        }
        if (s.has(TcpFlags.ACK) && state == State.SYN_SENT) {
            return null; // the SYN,ACK's acknowledgment: the step was taken on receiving it
        }
        return null;
    }

    /** This end received the segment; the transition it made, or null. */
    public Transition received(Segment s) {
        if (s.has(TcpFlags.RST)) {
            return state == State.CLOSED || state == State.LISTEN ? null : to(State.CLOSED, "rcv RST");
        }
        boolean acksFin = finSeq >= 0 && s.has(TcpFlags.ACK) && s.ack() >= finSeq + 1;
        if (s.has(TcpFlags.SYN)) {
            if (!s.has(TcpFlags.ACK) && (state == State.CLOSED || state == State.LISTEN)) {
                state = State.LISTEN;
                return to(State.SYN_RECEIVED, "rcv SYN / snd SYN,ACK");
            }
            if (s.has(TcpFlags.ACK) && state == State.SYN_SENT) {
                return to(State.ESTABLISHED, "rcv SYN,ACK / snd ACK");
            }
            return null;
        }
        if (state == State.SYN_RECEIVED && s.has(TcpFlags.ACK) && !s.has(TcpFlags.FIN)) {
            return to(State.ESTABLISHED, "rcv ACK of SYN");
        }
        if (s.has(TcpFlags.FIN)) {
            return switch (state) {
                case ESTABLISHED, SYN_RECEIVED -> to(State.CLOSE_WAIT, "rcv FIN / snd ACK");
                case FIN_WAIT_1 -> acksFin ? to(State.TIME_WAIT, "rcv FIN,ACK / snd ACK") : to(State.CLOSING, "rcv FIN / snd ACK");
                case FIN_WAIT_2 -> to(State.TIME_WAIT, "rcv FIN / snd ACK");
                default -> null;
            };
        }
        if (acksFin) {
            return switch (state) {
                case FIN_WAIT_1 -> to(State.FIN_WAIT_2, "rcv ACK of FIN");
                case CLOSING -> to(State.TIME_WAIT, "rcv ACK of FIN");
                case LAST_ACK -> to(State.CLOSED, "rcv ACK of FIN");
                default -> null;
            };
        }
        return null;
    }

    private Transition to(State next, String event) {
        if (next == state) {
            return null;
        }
        Transition t = new Transition(state, next, event);
        state = next;
        lastEvent = event;
        return t;
    }
}
