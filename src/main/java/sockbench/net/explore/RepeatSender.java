package sockbench.net.explore;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import sockbench.net.Constants;
import sockbench.net.Errors;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Sends a payload again and again: {@code count} times (null: until stopped), one send every
 * {@code everyMillis} (0: as fast as the socket takes them), each from its {@link RepeatTemplate}.
 * A stream socket sends each payload whole (send-all); a datagram socket sends one datagram, to
 * {@code to} when given. Sends are paced to a fixed schedule (the n-th at start + n·T), so a slow
 * send does not shift the ones after it. Stop really stops: the pause and a blocked send both end.
 */
public final class RepeatSender extends Job {
    private static final int STREAM = Constants.require("sock/stream");
    /** The rate readout's window: the rate over about the last second. */
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Socket socket;
    private final RepeatTemplate template;
    private final SockAddr to;
    private final Long count;
    private final long everyMillis;
    private final int flags;
    private volatile long sent;
    private volatile long bytes;
    private volatile long startNanos;
    private volatile long lastNanos;
    private volatile long windowStart;
    private volatile long windowSent;
    private volatile double rate;

    private RepeatSender(Socket socket, byte[] payload, SockAddr to, Long count, long everyMillis, int flags) {
        super("repeat-send " + socket);
        this.socket = socket;
        this.template = new RepeatTemplate(payload);
        this.to = to;
        this.count = count;
        this.everyMillis = everyMillis;
        this.flags = flags;
    }

    /** Starts sending; a closed socket, a negative count or period raise before anything is sent. */
    public static RepeatSender start(Socket socket, byte[] payload, SockAddr to, Long count, long everyMillis, int flags) {
        String p = "repeat-send";
        if (socket.isClosed()) {
            throw Errors.closed(p);
        }
        if (count != null && count < 0) {
            throw Errors.badArgument(p, "count must be 0 or more (#f: until stopped), not " + count);
        }
        if (everyMillis < 0) {
            throw Errors.badArgument(p, "every must be 0 or more milliseconds, not " + everyMillis);
        }
        if (to != null && socket.type() == STREAM) {
            throw Errors.badArgument(p, "a stream socket sends to its peer: to: is for datagram sockets");
        }
        RepeatSender r = new RepeatSender(socket, payload, to, count, everyMillis, flags);
        r.start();
        return r;
    }

    @Override
    protected void run() throws InterruptedException {
        startNanos = System.nanoTime();
        windowStart = startNanos;
        long period = TimeUnit.MILLISECONDS.toNanos(everyMillis);
        for (long n = 1; count == null || n <= count; n++) {
            if (n > 1 && period > 0) {
                pauseUntil(startNanos + (n - 1) * period);
            }
            byte[] b = template.render(n, System.currentTimeMillis());
            if (socket.type() == STREAM) {
                socket.sendAll(b, 0, null, flags);
            } else if (to != null) {
                socket.sendTo(b, to, 0, null, flags);
            } else {
                socket.send(b, 0, null, flags);
            }
            bytes += b.length;
            sent = n;
            tick(System.nanoTime());
        }
    }

    private static void pauseUntil(long deadline) throws InterruptedException {
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException("repeat-send stopped");
            }
        }
    }

    /** The rate over the last window, updated by the sending thread only. */
    private void tick(long now) {
        lastNanos = now;
        windowSent++;
        long span = now - windowStart;
        if (span >= WINDOW_NANOS) {
            rate = windowSent * 1e9 / span;
            windowStart = now;
            windowSent = 0;
        } else if (rate == 0 && span > 0) {
            rate = windowSent * 1e9 / span;
        }
    }

    /** Sends made so far. */
    public long sent() { return sent; }
    /** Bytes sent so far. */
    public long bytesSent() { return bytes; }
    /** The count asked for, or null for until stopped. */
    public Long count() { return count; }
    public long everyMillis() { return everyMillis; }

    /** Sends per second over about the last second (0 before the first). */
    public double rate() {
        return rate;
    }

    /** Sends per second from the first send to the last. */
    public double averageRate() {
        long span = lastNanos - startNanos;
        return sent < 2 || span <= 0 ? 0 : (sent - 1) * 1e9 / span;
    }

    @Override
    public String toString() {
        return "#<repeat-send fd " + socket.fileno() + " sent " + sent + (count == null ? "" : " of " + count)
                + (isRunning() ? "" : " ended") + ">";
    }
}
