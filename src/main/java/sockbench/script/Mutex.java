package sockbench.script;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A SRFI-18 mutex. As SRFI-18 allows, any thread may unlock it, so it is a semaphore, not a lock. */
final class Mutex {
    private final Object name;
    private final Semaphore permit = new Semaphore(1);

    Mutex(Object name) {
        this.name = name;
    }

    /** Locks, waiting at most {@code timeoutSeconds} (negative: forever); false when time ran out. */
    boolean lock(double timeoutSeconds) throws InterruptedException {
        if (timeoutSeconds < 0) {
            permit.acquire();
            return true;
        }
        return permit.tryAcquire((long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
    }

    synchronized void unlock() {
        if (permit.availablePermits() == 0) {
            permit.release();
        }
    }

    Object name() {
        return name;
    }

    @Override
    public String toString() {
        return "#<mutex " + Printer.display(name) + ">";
    }
}
