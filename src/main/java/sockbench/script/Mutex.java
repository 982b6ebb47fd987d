package sockbench.script;

import java.util.concurrent.TimeUnit;

/**
 * A SRFI-18 mutex: locked or unlocked, owned by a thread or by none, and abandoned when its owner
 * ended without unlocking it. As SRFI-18 allows, any thread may unlock it. Waiting is on this
 * object's monitor, so an interrupt (Stop, thread-terminate!) ends a wait at once.
 */
final class Mutex {
    private final Object name;
    private volatile Object specific = Special.UNSPECIFIED;
    private boolean locked;
    private SchemeThread owner;
    private boolean abandoned;

    Mutex(Object name) {
        this.name = name;
    }

    /**
     * Locks for {@code owner} (null: not owned), waiting at most {@code timeoutSeconds} (negative:
     * forever); false when time ran out. Locking an abandoned mutex succeeds and then raises
     * {@code abandoned-mutex-exception}, as SRFI-18 says.
     */
    synchronized boolean lock(double timeoutSeconds, SchemeThread newOwner) throws InterruptedException {
        long deadline = timeoutSeconds < 0 ? 0 : System.nanoTime() + (long) (timeoutSeconds * 1e9);
        while (locked) {
            if (timeoutSeconds < 0) {
                wait();
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        locked = true;
        owner = newOwner;
        if (newOwner != null) {
            newOwner.owns(this);
        }
        if (abandoned) {
            abandoned = false;
            throw new SchemeError(ThreadConditions.of("abandoned-mutex-exception", "mutex was abandoned", this));
        }
        return true;
    }

    synchronized void unlock() {
        locked = false;
        owner = null;
        notifyAll();
    }

    /** Its owner ended while holding it: unlocked and abandoned. */
    synchronized void abandon(SchemeThread ended) {
        if (locked && owner == ended) {
            abandoned = true;
            unlock();
        }
    }

    /** SRFI-18's mutex-state: the owning thread, not-owned, abandoned or not-abandoned. */
    synchronized Object state() {
        if (locked) {
            return owner != null ? owner : Symbol.of("not-owned");
        }
        return Symbol.of(abandoned ? "abandoned" : "not-abandoned");
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
        return "#<mutex " + ByteText.decode(Printer.display(name)) + ">";
    }
}
