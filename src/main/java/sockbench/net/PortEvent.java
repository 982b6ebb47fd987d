package sockbench.net;

/**
 * What a socket port did, for the buffering view.
 *
 * @param kind     what happened
 * @param bytes    how many bytes it moved (a send call's result, a receive call's count ...)
 * @param fill     bytes in the port's buffer afterwards
 * @param capacity the buffer's size (0 for an unbuffered output port)
 * @param nanos    {@link System#nanoTime()} when it happened
 */
public record PortEvent(Socket socket, Kind kind, int bytes, int fill, int capacity, long nanos) {

    /** The steps of the spec's buffering rules. */
    public enum Kind {
        /** The writer gave the output port bytes (they entered its buffer, if it has one). */
        WRITE,
        /** One socket-send-all of this many bytes left the output buffer (or the writer, unbuffered). */
        SEND_ALL,
        /** One send(2) inside a send-all: this many bytes reached the kernel. */
        SEND,
        /** One receive call refilled the input buffer with this many bytes (0: end of stream). */
        RECEIVE,
        /** The reader took this many bytes from the input buffer. */
        READ,
        /** A port closed; {@code bytes} is 1 when it shut its direction down, 0 when abandoned. */
        CLOSE
    }
}
