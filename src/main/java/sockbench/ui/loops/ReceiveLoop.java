package sockbench.ui.loops;

import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Live receive: receive calls one after another with the pane's msg/* flags, each result to the
 * sink, until stopped, end of stream, or an error. A receive timeout (the egg's 60 s) just means
 * nothing came: the loop goes on. With {@code msg/trunc} a datagram's count is its real size even
 * when the buffer was shorter (the rest was discarded by the kernel). With {@code msg/peek} the
 * bytes stay queued, so every further call would get them again: the loop peeks once and ends.
 */
public final class ReceiveLoop extends Loop<ReceiveLoop.End> {
    /** Why the loop ended without an error. */
    public enum End { STOPPED, END_OF_STREAM, PEEKED }

    /** Where the received bytes go. */
    public interface Sink {
        /**
         * One receive call with {@code flags}, asking {@code asked} bytes: {@code count} bytes of
         * {@code buffer} from {@code start}; {@code size} is what the call answered (for a datagram
         * with msg/trunc its real size, larger than count when it was truncated); {@code source} is
         * the datagram's source ("" when it had none), null for a stream.
         */
        void received(byte[] buffer, int start, int count, int size, String source, int flags, int asked);

        void endOfStream();
    }

    private final Socket socket;
    private final boolean datagrams;
    private final int length;
    private final int flags;
    private final Sink sink;

    public ReceiveLoop(Socket socket, boolean datagrams, int length, int flags, Sink sink) {
        this.socket = socket;
        this.datagrams = datagrams;
        this.length = length;
        this.flags = flags;
        this.sink = sink;
    }

    @Override
    public End call() {
        byte[] buffer = new byte[length];
        boolean peek = (flags & Constants.value("msg/peek").orElse(0)) != 0;
        while (!isStopped()) {
            try {
                if (datagrams) {
                    Socket.Received r = socket.receiveFrom(buffer, 0, length, flags);
                    sink.received(buffer, 0, Math.min(r.count(), length), r.count(), source(r.source()), flags, length);
                } else {
                    int n = socket.receive(buffer, 0, length, flags);
                    if (n == 0) {
                        sink.endOfStream();
                        return End.END_OF_STREAM;
                    }
                    sink.received(buffer, 0, Math.min(n, length), n, null, flags, length);
                }
                if (peek) {
                    return End.PEEKED;
                }
            } catch (NetException e) {
                if (stoppedBy(e)) {
                    return End.STOPPED;
                }
                if (!e.is("timeout")) {
                    throw e;
                }
            }
        }
        return End.STOPPED;
    }

    private static String source(SockAddr a) {
        return a == null ? "" : a.toEggString();
    }
}
