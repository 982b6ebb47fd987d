package sockbench.ui.loops;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import sockbench.net.NetException;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.SocketOutputPort;

/**
 * The buffering view's stream writer: the same bytes into the output port again and again, at a pace.
 * Sends never time out here: when the peer stops reading, the write stalls in send until it reads
 * again, which is the point of the exercise; a stop interrupts even a stalled write.
 */
public final class PortWriter extends Loop<Long> {
    private final SocketOutputPort out;
    private final byte[] bytes;
    private final long pauseNanos;
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean inWrite;
    private volatile long writeStarted;
    private final String form;
    private final String portName;

    /** {@code form} and {@code portName}: how the console writes the same bytes to the same port. */
    public PortWriter(SocketOutputPort out, byte[] bytes, long pauseNanos, String form, String portName) {
        this.out = out;
        this.bytes = bytes;
        this.pauseNanos = pauseNanos;
        this.form = form;
        this.portName = portName;
    }

    /** The written string as the console makes it. */
    public String form() {
        return form;
    }

    /** The port's name in the console: {@code s2-out}. */
    public String portName() {
        return portName;
    }

    public long writes() {
        return writes.get();
    }

    /**
     * The loop has been inside one write for more than {@code nanos}: stalled in send, the kernel's
     * send queue full because the peer does not read.
     */
    public boolean stalledLongerThan(long nanos) {
        return inWrite && System.nanoTime() - writeStarted > nanos;
    }

    @SuppressWarnings("try") // the parameter scope is held for its close, which restores the parameter
    @Override
    public Long call() {
        try (Parameter.Scope noTimeout = Parameters.SEND_TIMEOUT.bind(null)) {
            while (!isStopped()) {
                writeStarted = System.nanoTime();
                inWrite = true;
                try {
                    out.write(bytes, 0, bytes.length);
                } catch (NetException e) {
                    if (stoppedBy(e)) {
                        break;
                    }
                    throw e;
                }
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
