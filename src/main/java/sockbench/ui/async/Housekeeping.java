package sockbench.ui.async;

import java.util.concurrent.Callable;

/**
 * Marks the workbench's own polling (kernel queues, tcp_info, receive-ready? lamps) on the thread
 * that does it, so the syscall trace can leave those calls out: the class should see the calls its
 * actions make, not the window's.
 */
public final class Housekeeping {
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private Housekeeping() {}

    /** Runs {@code work} marked as housekeeping on this thread. */
    public static <T> T call(Callable<T> work) throws Exception {
        boolean was = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            ACTIVE.set(was);
        }
    }

    /** Whether the calling thread is doing housekeeping now. */
    public static boolean active() {
        return ACTIVE.get();
    }
}
