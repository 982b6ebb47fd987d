package sockbench.script;

import java.io.IOException;

/** SRFI-18 threads and mutexes. */
final class ThreadPrimitives {
    private ThreadPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.defineProcedure("make-thread", 1, 2, a -> new SchemeThread(Args.procedure(a[0]),
                a.length > 1 ? Printer.display(a[1]) : null, t -> warn(interpreter, t)));
        // CHICKEN's shorthand: (thread-start! thunk) is (thread-start! (make-thread thunk)).
        g.defineProcedure("thread-start!", 1, 1, a -> (a[0] instanceof Procedure thunk
                ? new SchemeThread(thunk, null, t -> warn(interpreter, t)) : thread(a[0])).start());
        g.defineProcedure("thread-join!", 1, 3, a -> {
            Object timeout = Args.optional(a, 1, false);
            double seconds = timeout instanceof Boolean ? -1 : Math.max(0, Args.real(timeout));
            return thread(a[0]).join(seconds, a.length > 2 ? a[2] : null);
        });
        g.defineProcedure("thread-sleep!", 1, 1, a -> {
            Thread.sleep(Math.max(0, Math.round(Args.real(a[0]) * 1000)));
            return null;
        });
        g.defineProcedure("thread-yield!", 0, 0, a -> {
            Thread.yield();
            return null;
        });
        g.defineProcedure("current-thread", 0, 0, a -> SchemeThread.current());
        g.defineProcedure("thread?", 1, 1, a -> a[0] instanceof SchemeThread);
        g.defineProcedure("thread-name", 1, 1, a -> MString.fromJava(thread(a[0]).name()));

        g.defineProcedure("make-mutex", 0, 1, a -> new Mutex(Args.optional(a, 0, Symbol.gensym("mutex"))));
        g.defineProcedure("mutex?", 1, 1, a -> a[0] instanceof Mutex);
        g.defineProcedure("mutex-name", 1, 1, a -> mutex(a[0]).name());
        g.defineProcedure("mutex-lock!", 1, 3, a -> {
            Object timeout = Args.optional(a, 1, false);
            return mutex(a[0]).lock(timeout instanceof Boolean ? -1 : Math.max(0, Args.real(timeout)));
        });
        g.defineProcedure("mutex-unlock!", 1, 1, a -> {
            mutex(a[0]).unlock();
            return null;
        });
    }

    /** CHICKEN's warning when a thread dies of an error nobody caught. */
    private static void warn(Interpreter interpreter, SchemeThread t) {
        try {
            OutputPort err = interpreter.errorPort();
            err.write(ByteText.encode("Warning (" + t + "): in thread: " + t.failure().summary() + "\n"));
            err.flush();
        } catch (IOException | RuntimeException ignored) {
            // the error port is gone; thread-join! still reports the error
        }
    }

    private static SchemeThread thread(Object x) {
        if (x instanceof SchemeThread t) {
            return t;
        }
        throw Errors.wrongType("thread", x);
    }

    private static Mutex mutex(Object x) {
        if (x instanceof Mutex m) {
            return m;
        }
        throw Errors.wrongType("mutex", x);
    }
}
