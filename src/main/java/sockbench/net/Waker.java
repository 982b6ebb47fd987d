package sockbench.net;

import com.sun.jna.Memory;
import java.lang.ref.Cleaner;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

/**
 * A thread's wake descriptor: an eventfd polled beside the socket's fd, so a wait ends the moment
 * another thread closes the socket or interrupts the waiter, never by timeout slices.
 *
 * <p>Why a {@link AbstractSelector}: its {@code begin()}/{@code end()} are the JDK's public hook for
 * "this thread is about to block in native code": while between them, {@link Thread#interrupt()}
 * calls {@link #wakeup()} on the interrupting thread (the JDK's own selectors are woken this way).
 * Nothing else of the selector is used. One waker per thread, made on its first wait and kept
 * (one eventfd a thread); a {@link Cleaner} closes the eventfd when the thread is gone.
 */
final class Waker extends AbstractSelector {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final ThreadLocal<Waker> CURRENT = ThreadLocal.withInitial(Waker::new);
    /** poll's answer when the wake descriptor fired (beside any revents of the socket's fd). */
    static final int WOKEN = 1 << 16;

    private final int efd;
    private final Memory word = new Memory(8);

    private Waker() {
        super(SelectorProvider.provider());
        this.efd = Sys.eventfd();
        int fd = efd;
        CLEANER.register(this, () -> Sys.close(fd));
    }

    /** This thread's waker. */
    static Waker current() {
        return CURRENT.get();
    }

    int fd() {
        return efd;
    }

    /**
     * Polls {@code fd} for {@code events} and the wake descriptor, up to {@code timeoutMillis} (-1: no
     * limit): the socket's revents, with {@link #WOKEN} set when the waker fired (then drained); 0 on
     * timeout; -errno. An interrupt already pending when the wait begins fires the waker at once.
     */
    int poll(int fd, int events, int timeoutMillis) {
        int r;
        begin();
        try {
            r = Sys.poll2(fd, events, efd, timeoutMillis);
        } finally {
            end();
        }
        if (r > 0 && (r & WOKEN) != 0) {
            Sys.drain(efd, word);
        }
        return r;
    }

    /** Wakes the thread's wait (close, cancel, or its interrupt): one write to the eventfd. */
    @Override
    public Selector wakeup() {
        Sys.signal(efd);
        return this;
    }

    // ---- the rest of Selector is not used

    @Override
    protected void implCloseSelector() {
        // the eventfd lives as long as its thread; the Cleaner closes it
    }

    @Override
    protected SelectionKey register(AbstractSelectableChannel ch, int ops, Object att) {
        throw new UnsupportedOperationException("a waker selects nothing");
    }

    @Override
    public Set<SelectionKey> keys() {
        return Set.of();
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        return Set.of();
    }

    @Override
    public int selectNow() {
        return 0;
    }

    @Override
    public int select(long timeout) {
        throw new UnsupportedOperationException("a waker selects nothing");
    }

    @Override
    public int select() {
        throw new UnsupportedOperationException("a waker selects nothing");
    }
}
