package sockbench.net;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Owns one file descriptor. Closed-ness and the count of operations under way live in one atomic
 * word: close wins once; the fd number is released to the kernel only when no operation still uses
 * it, so a concurrent close never lets a blocked thread touch a reused number.
 */
final class FdHandle implements Runnable {
    private static final long CLOSED = 1L << 62;
    private static final long RELEASED = 1L << 61;
    private static final long USERS = (1L << 32) - 1;

    private final int fd;
    private final AtomicLong state = new AtomicLong();

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

    /**
     * Closes: -1 if already closed, else 0 or the errno close(2) gave. With operations under way,
     * the fd is released when the last one leaves (they see the close within one poll slice).
     */
    int close() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                return -1;
            }
            if (state.compareAndSet(s, s | CLOSED)) {
                if ((s & USERS) == 0 && state.compareAndSet(s | CLOSED, s | CLOSED | RELEASED)) {
                    int r = Sys.close(fd);
                    return r < 0 ? -r : 0;
                }
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
}
