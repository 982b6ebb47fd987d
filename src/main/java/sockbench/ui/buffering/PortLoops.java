package sockbench.ui.buffering;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import sockbench.net.NetException;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.SocketInputPort;
import sockbench.net.SocketOutputPort;

/** The buffering view's two background loops over a socket's ports: a writer and a reader. */
final class PortLoops {
    private PortLoops() {}

    /**
     * Writes the same bytes again and again at a pace. Sends never time out here: when the peer stops
     * reading, the write simply stalls in send until it reads again (or the socket closes), which is
     * the point of the exercise; a stop is noticed after the current write.
     */
    static final class Writer implements Callable<Long> {
        private final SocketOutputPort out;
        private final byte[] bytes;
        private final long pauseNanos;
        private final AtomicLong writes = new AtomicLong();
        private volatile boolean stopped;
        private volatile boolean inWrite;

        Writer(SocketOutputPort out, byte[] bytes, long pauseNanos) {
            this.out = out;
            this.bytes = bytes;
            this.pauseNanos = pauseNanos;
        }

        void stop() {
            stopped = true;
        }

        long writes() {
            return writes.get();
        }

        /** The loop is inside a write (stalled there, when it stays so). */
        boolean inWrite() {
            return inWrite;
        }

        @SuppressWarnings("try") // the parameter scope is held for its close, which restores the parameter
        @Override
        public Long call() {
            try (Parameter.Scope noTimeout = Parameters.SEND_TIMEOUT.bind(null)) {
                while (!stopped) {
                    inWrite = true;
                    out.write(bytes, 0, bytes.length);
                    inWrite = false;
                    writes.incrementAndGet();
                    if (pauseNanos > 0) {
                        LockSupport.parkNanos(pauseNanos);
                    }
                }
            } finally {
                inWrite = false;
            }
            return writes.get();
        }
    }

    /** Reads from the input port call after call; each wait is short so a stop is noticed soon. */
    static final class Reader implements Callable<Long> {
        static final int SLICE_MILLIS = 250;
        private final SocketInputPort in;
        private final int chunk;
        private final AtomicLong bytes = new AtomicLong();
        private volatile boolean stopped;

        Reader(SocketInputPort in, int chunk) {
            this.in = in;
            this.chunk = chunk;
        }

        void stop() {
            stopped = true;
        }

        long bytes() {
            return bytes.get();
        }

        @SuppressWarnings("try") // the parameter scope is held for its close, which restores the parameter
        @Override
        public Long call() {
            byte[] buf = new byte[chunk];
            try (Parameter.Scope slice = Parameters.RECEIVE_TIMEOUT.bind(SLICE_MILLIS)) {
                while (!stopped) {
                    try {
                        int n = in.read(buf, 0, buf.length);
                        if (n < 0) {
                            return bytes.get();
                        }
                        bytes.addAndGet(n);
                    } catch (NetException e) {
                        if (!e.is("timeout")) {
                            throw e;
                        }
                    }
                }
            }
            return bytes.get();
        }
    }
}
