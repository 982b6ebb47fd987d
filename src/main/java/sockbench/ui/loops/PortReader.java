package sockbench.ui.loops;

import java.util.concurrent.atomic.AtomicLong;
import sockbench.net.NetException;
import sockbench.net.SocketInputPort;

/** Reads from an input port call after call until stopped or end of stream; a receive timeout just goes on. */
public final class PortReader extends Loop<Long> {
    private final SocketInputPort in;
    private final int chunk;
    private final AtomicLong bytes = new AtomicLong();

    public PortReader(SocketInputPort in, int chunk) {
        this.in = in;
        this.chunk = chunk;
    }

    public long bytes() {
        return bytes.get();
    }

    @Override
    public Long call() {
        byte[] buf = new byte[chunk];
        while (!isStopped()) {
            try {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    break;
                }
                bytes.addAndGet(n);
            } catch (NetException e) {
                if (stoppedBy(e)) {
                    break;
                }
                if (!e.is("timeout")) {
                    throw e;
                }
            }
        }
        return bytes.get();
    }
}
