package sockbench.ui.transfer;

import java.util.concurrent.Callable;
import sockbench.net.NetException;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Live receive: receive calls one after another on an engine thread, each result into the log, until
 * stopped, end of stream, or an error. Each call waits at most {@link #SLICE_MILLIS}, so a stop is
 * noticed that soon; closing the socket wakes it at once.
 */
final class ReceiveLoop implements Callable<ReceiveLoop.End> {
    static final int SLICE_MILLIS = 250;

    /** Why the loop ended without an error. */
    enum End { STOPPED, END_OF_STREAM }

    private final Socket socket;
    private final boolean datagrams;
    private final int length;
    private final ReceiveLog log;
    private volatile boolean stopped;

    ReceiveLoop(Socket socket, boolean datagrams, int length, ReceiveLog log) {
        this.socket = socket;
        this.datagrams = datagrams;
        this.length = length;
        this.log = log;
    }

    void stop() {
        stopped = true;
    }

    boolean isStopped() {
        return stopped;
    }

    @SuppressWarnings("try") // the parameter scope is held for its close, which restores the parameter
    @Override
    public End call() {
        byte[] buffer = new byte[length];
        try (Parameter.Scope slice = Parameters.RECEIVE_TIMEOUT.bind(SLICE_MILLIS)) {
            while (!stopped) {
                try {
                    if (datagrams) {
                        Socket.Received r = socket.receiveFrom(buffer, 0, length, 0);
                        log.add(buffer, 0, r.count(), source(r.source()));
                    } else {
                        int n = socket.receive(buffer, 0, length, 0);
                        if (n == 0) {
                            log.endOfStream();
                            return End.END_OF_STREAM;
                        }
                        log.add(buffer, 0, n, null);
                    }
                } catch (NetException e) {
                    if (!e.is("timeout")) {
                        throw e;
                    }
                }
            }
        }
        return End.STOPPED;
    }

    private static String source(SockAddr a) {
        return a == null ? null : a.toEggString();
    }
}
