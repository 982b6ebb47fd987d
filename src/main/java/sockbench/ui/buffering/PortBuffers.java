package sockbench.ui.buffering;

import sockbench.net.PortEvent;

/**
 * The pure event -> buffer reducer of the buffering view: from the ports' events alone (no socket,
 * no lock, no toolkit) it follows what the output and input buffers hold, and turns each event into
 * a timeline step. The output port's events give its fill before a send-all; what stays is that fill
 * less what left.
 */
final class PortBuffers {
    /** The output buffer's size, or null when unbuffered. */
    Integer capacity;
    /** Bytes kept in the output buffer. */
    int fill;
    /** Bytes in the output buffer right after the last write, before whole blocks left. */
    int lastWriteTotal;
    /** Bytes that left after the last write. */
    int lastSent;
    int inCapacity;
    /** Bytes waiting in the input buffer. */
    int inFill;

    /** Starts over for ports of these sizes, with the fills a snapshot gave (0 when none yet). */
    void reset(Integer outCapacity, int outFill, int inputCapacity, int inputFill) {
        capacity = outCapacity;
        fill = outFill;
        lastWriteTotal = 0;
        lastSent = 0;
        inCapacity = inputCapacity;
        inFill = inputFill;
    }

    /** Takes one event into the buffers' state and gives it as a step, timed from {@code startNanos}. */
    PortStep apply(PortEvent e, long startNanos) {
        int shown;
        switch (e.kind()) {
            case WRITE -> {
                capacity = e.capacity() == 0 ? null : e.capacity();
                fill = e.fill();
                lastWriteTotal = e.capacity() == 0 ? e.bytes() : e.fill();
                lastSent = 0;
                shown = fill;
            }
            case SEND_ALL -> {
                fill = Math.max(0, fill - e.bytes());
                lastSent += e.bytes();
                shown = fill;
            }
            case SEND -> shown = fill;
            case RECEIVE, READ -> {
                inCapacity = e.capacity();
                inFill = e.fill();
                shown = inFill;
            }
            default -> shown = e.fill();
        }
        return new PortStep(e.kind(), e.bytes(), shown, e.capacity(), (e.nanos() - startNanos) / 1e6);
    }
}
