package sockbench.script;

import java.util.concurrent.TimeUnit;

/**
 * A SRFI-18 condition variable. {@code (mutex-unlock! m cv [timeout])} unlocks m and waits on the
 * variable in one step: the waiter holds this object's monitor from before the unlock until
 * {@code wait} releases it, so a signal given after the unlock cannot be missed.
 */
final class ConditionVariable {
    private final Object name;
    private volatile Object specific = Special.UNSPECIFIED;

    ConditionVariable(Object name) {
        this.name = name;
    }

    /** Unlocks the mutex and waits for a signal; false when {@code timeoutSeconds} (if not negative) ran out. */
    synchronized boolean unlockAndWait(Mutex mutex, double timeoutSeconds) throws InterruptedException {
        mutex.unlock();
        if (timeoutSeconds < 0) {
            wait();
            return true;
        }
        long before = System.nanoTime();
        long limit = (long) (timeoutSeconds * 1e9);
        TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, limit));
        return System.nanoTime() - before < limit;
    }

    synchronized void signal() {
        notify();
    }

    synchronized void broadcast() {
        notifyAll();
    }

    Object name() {
        return name;
    }

    Object specific() {
        return specific;
    }

    void specific(Object value) {
        specific = value;
    }

    @Override
    public String toString() {
        return "#<condition-variable " + ByteText.decode(Printer.display(name)) + ">";
    }
}
