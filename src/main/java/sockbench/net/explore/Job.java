package sockbench.net.explore;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import sockbench.net.NetException;
import sockbench.net.Parameters;

/**
 * Work that runs by itself on its own daemon thread (a responder, a repeated send, a file send, a
 * receive saver) until it ends or is stopped. Stopping interrupts the job's threads: a blocking engine
 * call ends at once with {@code (exn i/o net cancelled)}, which a stopped job takes as its end, not as
 * a failure. The job's threads wait without the egg's receive/accept timeouts: an idle responder is
 * not an error, and {@link #stop} is how it ends.
 */
public abstract class Job {
    private final String name;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private volatile Throwable failure;
    private volatile boolean finished;
    private final Object done = new Object();

    protected Job(String name) {
        this.name = name;
    }

    /** What the job is, as the thread is named and the console prints it: {@code responder s1}. */
    public String name() {
        return name;
    }

    /** Starts the job's main thread. */
    protected final void start() {
        Thread t = spawn(name, this::run, () -> { });
        t.start();
        JobEvents.started(this);
    }

    /** The job's body; it returns when the work is done. Runs on the job's thread. */
    protected abstract void run() throws Exception;

    /**
     * A new thread of this job (not started), interrupted by {@link #stop}. A thread that starts after
     * the stop (its interrupt came too early to reach it) runs {@code ifStoppedFirst} instead of its
     * body, so what the body would have released is released.
     */
    protected final Thread spawn(String threadName, ThrowingRunnable body, Runnable ifStoppedFirst) {
        boolean main = threads.isEmpty();
        Thread t = new Thread(() -> {
            Parameters.RECEIVE_TIMEOUT.set(null);
            Parameters.ACCEPT_TIMEOUT.set(null);
            try {
                if (stopped) { // a thread spawned as stop ran missed its interrupt
                    ifStoppedFirst.run();
                } else {
                    body.run();
                }
            } catch (Throwable e) {
                if (!isEndOfStop(e)) {
                    failure = failure == null ? e : failure;
                    if (!main) {
                        onHelperFailure(e);
                    }
                }
            } finally {
                threads.remove(Thread.currentThread());
                if (main) {
                    ended();
                }
            }
        }, "sockbench " + threadName);
        t.setDaemon(true);
        threads.add(t);
        return t;
    }

    /** A helper thread (a responder's client) failed; by default the failure is kept for {@link #failure}. */
    protected void onHelperFailure(Throwable e) {
    }

    /** Called once when the main thread has ended; subclasses release what they own (and call super). */
    protected void ended() {
        stopHelpers();
        synchronized (done) {
            finished = true;
            done.notifyAll();
        }
    }

    /** Interrupts every thread but the calling one, so a job's main thread can end its helpers. */
    protected final void stopHelpers() {
        for (Thread t : threads) {
            if (t != Thread.currentThread()) {
                t.interrupt();
            }
        }
    }

    private boolean isEndOfStop(Throwable e) {
        if (!stopped) {
            return false;
        }
        return e instanceof InterruptedException || (e instanceof NetException n && (n.is("cancelled")
                || n.getMessage().contains("socket closed")));
    }

    /** Asks the job to end: its threads are interrupted, their blocking calls cancelled. Never blocks. */
    public void stop() {
        stopped = true;
        for (Thread t : threads) {
            t.interrupt();
        }
    }

    /** Whether {@link #stop} was called. */
    public boolean isStopped() {
        return stopped;
    }

    /** Whether the job still runs. */
    public boolean isRunning() {
        return !finished;
    }

    /** Waits up to {@code millis} for the job's end; true when it ended. */
    public boolean await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (done) {
            while (!finished) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(done, left);
            }
        }
        return true;
    }

    /** What ended the job other than a stop, or null. */
    public Throwable failure() {
        return failure;
    }

    /** A body that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public String toString() {
        return "#<" + name + (isRunning() ? "" : " ended") + ">";
    }
}
