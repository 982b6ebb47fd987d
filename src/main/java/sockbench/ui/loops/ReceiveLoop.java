package sockbench.ui.loops;

import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Live receive: receive calls one after another, each result to the sink, until stopped, end of
 * stream, or an error. A receive timeout (the egg's 60 s) just means nothing came: the loop goes on.
 * Datagrams are received with {@code msg/trunc} where the platform has it, so the count is the
 * datagram's real size even when the buffer was shorter (the rest was discarded by the kernel).
 */
public final class ReceiveLoop extends Loop<ReceiveLoop.End> {
    /** Why the loop ended without an error. */
    public enum End { STOPPED, END_OF_STREAM }

    /** Where the received bytes go. */
    public interface Sink {
        /**
         * One receive call: {@code count} bytes of {@code buffer} from {@code start}; for a datagram,
         * {@code size} is the datagram's real size (larger than count when it was truncated).
         */
        void received(byte[] buffer, int start, int count, int size, String source);

        void endOfStream();
    }

    private final Socket socket;
    private final boolean datagrams;
    private final int length;
    private final Sink sink;

    public ReceiveLoop(Socket socket, boolean datagrams, int length, Sink sink) {
        this.socket = socket;
        this.datagrams = datagrams;
        this.length = length;
        this.sink = sink;
    }

    /** {@code msg/trunc} on this platform, or 0. */
    public static int truncFlag() {
        return Constants.value("msg/trunc").orElse(0);
    }

    @Override
    public End call() {
        byte[] buffer = new byte[length];
        int trunc = truncFlag();
        while (!isStopped()) {
            try {
                if (datagrams) {
                    Socket.Received r = socket.receiveFrom(buffer, 0, length, trunc);
                    sink.received(buffer, 0, Math.min(r.count(), length), r.count(), source(r.source()));
                } else {
                    int n = socket.receive(buffer, 0, length, 0);
                    if (n == 0) {
                        sink.endOfStream();
                        return End.END_OF_STREAM;
                    }
                    sink.received(buffer, 0, n, n, null);
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
        return a == null ? null : a.toEggString();
    }
}
