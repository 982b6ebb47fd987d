package sockbench.script;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A SRFI-18 thread: a Java daemon thread running a thunk, whose value or uncaught error
 * {@code thread-join!} hands back. The Java thread is constructed by {@code make-thread}, so it
 * inherits its creator's parameter values at that moment (see {@link ParameterLike}).
 */
public final class SchemeThread {
    /** Deep recursion in Scheme is deep recursion in Java: give Scheme code a generous stack. */
    public static final long STACK_SIZE = 256L << 20;

    private static final AtomicLong COUNTER = new AtomicLong();
    /** The Java name of the thread that runs a script or the REPL (see {@link #onLargeStack}). */
    private static final String MAIN = "scheme main";
    private static final ThreadLocal<SchemeThread> CURRENT =
            ThreadLocal.withInitial(() -> new SchemeThread(Thread.currentThread()));

    private final Object name;
    private final Thread thread;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean started;
    private volatile boolean terminated;
    private volatile Object result = Special.UNSPECIFIED;
    private volatile SchemeError failure;
    private volatile Object specific = Special.UNSPECIFIED;
    /** Mutexes this thread locked, abandoned if it ends still owning them. */
    private final java.util.Set<Mutex> owned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A new, not yet started thread named {@code name} (any object; null: thread1, thread2 ...);
     * {@code onExit} hears the status when its thunk calls {@code (exit)}.
     */
    SchemeThread(Procedure thunk, Object name, Consumer<SchemeThread> onFailure, java.util.function.IntConsumer onExit) {
        this.name = name != null ? name : Symbol.of("thread" + COUNTER.getAndIncrement());
        this.thread = new Thread(null, () -> run(thunk, onFailure, onExit), "scheme " + Printer.display(this.name), STACK_SIZE);
        this.thread.setDaemon(true);
    }

    /** The face of a thread that Scheme did not start (the REPL's, a test's). */
    private SchemeThread(Thread existing) {
        // CHICKEN calls the thread that runs the program (the script, the REPL) primordial
        this.name = existing.getName().equals(MAIN) ? Symbol.of("primordial") : Symbol.of(existing.getName());
        this.thread = existing;
        this.started = true;
    }

    /**
     * Runs a task on a fresh thread with {@link #STACK_SIZE} and waits for it, so that the REPL and
     * scripts can recurse deeply. The task sees the caller's parameter values.
     */
    static int onLargeStack(java.util.function.IntSupplier task) {
        int[] status = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                status[0] = task.getAsInt();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, MAIN, STACK_SIZE);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        } else if (failure[0] instanceof Error e) {
            throw e;
        }
        return status[0];
    }

    static SchemeThread current() {
        return CURRENT.get();
    }

    private void run(Procedure thunk, Consumer<SchemeThread> onFailure, java.util.function.IntConsumer onExit) {
        CURRENT.set(this);
        try {
            result = Interop.toScheme(thunk.apply());
        } catch (SchemeExit exit) {
            if (!terminated) { // thread-terminate! ends the thread by an exit of its own
                onExit.accept(exit.status());
            }
        } catch (RuntimeException | Error e) {
            if (!terminated) {
                failure = Conditions.toError(e);
                onFailure.accept(this);
            }
        } finally {
            owned.forEach(m -> m.abandon(this));
            done.countDown();
        }
    }

    synchronized SchemeThread start() {
        if (started) {
            throw Errors.error("thread already started", this);
        }
        started = true;
        thread.start();
        return this;
    }

    /**
     * Waits for the thread to end and returns its value, or raises the error that ended it.
     * With a timeout (seconds, negative for none) gives {@code timeoutValue} when time runs out,
     * or raises {@code (exn join-timeout)} when that is null.
     */
    Object join(double timeoutSeconds, Object timeoutValue) throws InterruptedException {
        if (thread == Thread.currentThread()) {
            throw Errors.error("a thread cannot join itself", this);
        }
        boolean finished = true;
        if (timeoutSeconds < 0) {
            done.await();
        } else {
            finished = done.await((long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
        }
        if (terminated) {
            throw new SchemeError(ThreadConditions.of("terminated-thread-exception", "thread was terminated", this));
        }
        if (!finished) {
            if (timeoutValue != null) {
                return timeoutValue;
            }
            throw new SchemeError(ThreadConditions.of("join-timeout-exception", "thread-join! timed out", this));
        }
        if (failure != null) {
            throw new SchemeError(ThreadConditions.uncaught(failure.payload()));
        }
        return result;
    }

    /**
     * {@code thread-terminate!}: from then on the thread counts as terminated, and it is
     * interrupted, which ends any wait or blocking engine call it is in at once. Terminating the
     * current thread ends it here.
     */
    void terminate() {
        if (terminated || done.getCount() == 0) {
            return;
        }
        terminated = true;
        if (thread == Thread.currentThread()) {
            throw new SchemeExit(0);
        }
        thread.interrupt();
    }

    void owns(Mutex m) {
        owned.add(m);
    }

    Object specific() {
        return specific;
    }

    void specific(Object value) {
        specific = value;
    }

    /** SRFI-18's thread-state, as CHICKEN names them: created, running, terminated, dead. */
    Symbol state() {
        if (!started) {
            return Symbol.of("created");
        } else if (terminated) {
            return Symbol.of("terminated");
        }
        return Symbol.of(done.getCount() == 0 ? "dead" : "running");
    }

    SchemeError failure() {
        return failure;
    }

    /** The name as given to make-thread (any object), or thread1, thread2 ... */
    public Object name() {
        return name;
    }

    @Override
    public String toString() {
        return "#<thread: " + ByteText.decode(Printer.display(name)) + ">";
    }
}
