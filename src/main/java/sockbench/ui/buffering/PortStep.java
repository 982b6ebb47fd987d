package sockbench.ui.buffering;

import sockbench.net.PortEvent;

/**
 * One step of a port on the timeline: a write into the output buffer, a send-all leaving it, a send
 * call inside it, a receive refilling the input buffer, a read draining it.
 *
 * @param fill bytes in that buffer after the step, as the view computes it
 * @param millis milliseconds since the view began watching the socket
 */
public record PortStep(PortEvent.Kind kind, int bytes, int fill, int capacity, double millis) {

    /** {@code send 1024}, as the timeline labels it. */
    public String label() {
        return word(kind) + " " + bytes;
    }

    public static String word(PortEvent.Kind kind) {
        return switch (kind) {
            case WRITE -> "write";
            case SEND_ALL -> "send-all";
            case SEND -> "send";
            case RECEIVE -> "receive";
            case READ -> "read";
            case CLOSE -> "close";
        };
    }

    /** Whether the step belongs to the output port. */
    public boolean isOutput() {
        return kind == PortEvent.Kind.WRITE || kind == PortEvent.Kind.SEND_ALL || kind == PortEvent.Kind.SEND;
    }
}
