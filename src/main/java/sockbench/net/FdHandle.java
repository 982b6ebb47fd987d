package sockbench.net;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Owns one file descriptor. Closed-ness and the count of operations under way live in one atomic
 * word: close wins once; the fd number is released to the kernel only when no operation still uses
 * it, so a concurrent close never lets a blocked thread touch a reused number.
 *
 * <p>Close with operations under way pre-closes, as the JDK's NioSocketImpl does: {@code dup2} of
 * a dead socket onto the fd atomically drops the kernel socket (the peer sees FIN, or RST under
 * {@code so/linger (#t 0)}, at once — the same close the kernel would do, unlike shutdown(2),
 * which would send FIN where close sends RST) while the number stays reserved; then it wakes each
 * waiting thread's {@link Waker}. The last operation to leave closes the reserved number.
 */
final class FdHandle implements Runnable {
    private static final long CLOSED = 1L << 62;
    private static final long RELEASED = 1L << 61;
    private static final long USERS = (1L << 32) - 1;

    private final int fd;
    private final AtomicLong state = new AtomicLong();
    /** Threads waiting in poll on this fd, in slots (null: free); guarded by this. Grows, never shrinks: a wait allocates nothing. */
    private Waker[] waiters = new Waker[2];

    FdHandle(int fd) {
        this.fd = fd;
    }

    int fd() {
        return fd;
    }

    boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /** Marks an operation as under way; false when the socket is closed. */
    boolean acquire() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, s + 1)) {
                return true;
            }
        }
    }

    /** Ends an operation; the last one out after a close releases the fd. */
    void release() {
        long s = state.decrementAndGet();
        if ((s & CLOSED) != 0 && (s & USERS) == 0) {
            releaseOnce(s);
        }
    }

    /** A thread is about to wait on the fd: a close will wake it. Check {@link #isClosed()} after. */
    void addWaiter(Waker w) {
        synchronized (this) {
            for (int i = 0; i < waiters.length; i++) {
                if (waiters[i] == null) {
                    waiters[i] = w;
                    return;
                }
            }
            int n = waiters.length;
            waiters = java.util.Arrays.copyOf(waiters, n * 2);
            waiters[n] = w;
        }
    }

    void removeWaiter(Waker w) {
        synchronized (this) {
            for (int i = 0; i < waiters.length; i++) {
                if (waiters[i] == w) {
                    waiters[i] = null;
                    return;
                }
            }
        }
    }

    /**
     * Closes: -1 if already closed, else 0 or the errno close(2) gave. With operations under way,
     * pre-closes (see the class comment) and wakes the waiters; the fd number is released when the
     * last one leaves.
     */
    int close() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                return -1;
            }
            if ((s & USERS) == 0) {
                if (state.compareAndSet(s, s | CLOSED | RELEASED)) {
                    int r = Sys.close(fd);
                    return r < 0 ? -r : 0;
                }
                continue;
            }
            // the closer counts as a user while it pre-closes, so the number cannot be released under dup2
            if (state.compareAndSet(s, (s | CLOSED) + 1)) {
                Sys.dup2(DeadSocket.FD, fd);
                Waker[] w;
                synchronized (this) {
                    w = waiters.clone();
                }
                for (Waker waker : w) {
                    if (waker != null) {
                        waker.wakeup();
                    }
                }
                release();
                return 0;
            }
        }
    }

    private void releaseOnce(long s) {
        if ((s & RELEASED) == 0 && state.compareAndSet(s, s | RELEASED)) {
            Sys.close(fd);
        }
    }

    /** The Cleaner's action for a socket dropped unclosed. */
    @Override
    public void run() {
        close();
    }

    /**
     * One end of a socket pair whose other end is closed: a socket that is already finished (poll
     * answers at once, recv 0, send EPIPE), copied over fds being closed under running operations.
     */
    private static final class DeadSocket {
        static final int FD = make();

        private static int make() {
            int[] pair = Sys.socketpair(Constants.require("af/unix"), Constants.require("sock/stream"));
            Sys.close(pair[1]);
            return pair[0];
        }
    }
}
