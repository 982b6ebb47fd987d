package sockbench.script;

import java.io.IOException;

/** SRFI-18 threads and mutexes. */
final class ThreadPrimitives {
    private ThreadPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.defineProcedure("make-thread", 1, 2, a -> new SchemeThread(Args.procedure(a[0]),
                a.length > 1 ? a[1] : null, t -> warn(interpreter, t), interpreter::exitFromThread));
        // CHICKEN's shorthand: (thread-start! thunk) is (thread-start! (make-thread thunk)).
        g.defineProcedure("thread-start!", 1, 1, a -> (a[0] instanceof Procedure thunk
                ? new SchemeThread(thunk, null, t -> warn(interpreter, t), interpreter::exitFromThread) : thread(a[0])).start());
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
        g.defineProcedure("thread-name", 1, 1, a -> thread(a[0]).name());
        g.defineProcedure("thread-specific", 1, 1, a -> thread(a[0]).specific());
        g.defineProcedure("thread-specific-set!", 2, 2, a -> {
            thread(a[0]).specific(a[1]);
            return null;
        });
        g.defineProcedure("thread-terminate!", 1, 1, a -> {
            thread(a[0]).terminate();
            return null;
        });
        g.defineProcedure("thread-state", 1, 1, a -> thread(a[0]).state());

        g.defineProcedure("make-mutex", 0, 1, a -> new Mutex(Args.optional(a, 0, Symbol.gensym("mutex"))));
        g.defineProcedure("mutex?", 1, 1, a -> a[0] instanceof Mutex);
        g.defineProcedure("mutex-name", 1, 1, a -> mutex(a[0]).name());
        g.defineProcedure("mutex-lock!", 1, 3, a -> {
            Object owner = Args.optional(a, 2, SchemeThread.current());
            return mutex(a[0]).lock(seconds(Args.optional(a, 1, false)), owner == Boolean.FALSE ? null : thread(owner));
        });
        // (mutex-unlock! m [cv [timeout]]): with a condition variable, unlocks and waits on it in one step
        g.defineProcedure("mutex-unlock!", 1, 3, a -> {
            Mutex m = mutex(a[0]);
            Object cv = Args.optional(a, 1, false);
            if (cv == Boolean.FALSE) {
                m.unlock();
                return true;
            }
            return conditionVariable(cv).unlockAndWait(m, seconds(Args.optional(a, 2, false)));
        });
        g.defineProcedure("mutex-state", 1, 1, a -> mutex(a[0]).state());
        g.defineProcedure("mutex-specific", 1, 1, a -> mutex(a[0]).specific());
        g.defineProcedure("mutex-specific-set!", 2, 2, a -> {
            mutex(a[0]).specific(a[1]);
            return null;
        });
        g.defineProcedure("make-condition-variable", 0, 1,
                a -> new ConditionVariable(Args.optional(a, 0, Symbol.gensym("condition-variable"))));
        g.defineProcedure("condition-variable?", 1, 1, a -> a[0] instanceof ConditionVariable);
        g.defineProcedure("condition-variable-name", 1, 1, a -> conditionVariable(a[0]).name());
        g.defineProcedure("condition-variable-specific", 1, 1, a -> conditionVariable(a[0]).specific());
        g.defineProcedure("condition-variable-specific-set!", 2, 2, a -> {
            conditionVariable(a[0]).specific(a[1]);
            return null;
        });
        g.defineProcedure("condition-variable-signal!", 1, 1, a -> {
            conditionVariable(a[0]).signal();
            return null;
        });
        g.defineProcedure("condition-variable-broadcast!", 1, 1, a -> {
            conditionVariable(a[0]).broadcast();
            return null;
        });
        ThreadConditions.install(g);
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

    /** A SRFI-18 timeout: #f for none (negative), else seconds. */
    private static double seconds(Object timeout) {
        return timeout instanceof Boolean ? -1 : Math.max(0, Args.real(timeout));
    }

    private static ConditionVariable conditionVariable(Object x) {
        if (x instanceof ConditionVariable cv) {
            return cv;
        }
        throw Errors.wrongType("condition variable", x);
    }

    private static Mutex mutex(Object x) {
        if (x instanceof Mutex m) {
            return m;
        }
        throw Errors.wrongType("mutex", x);
    }
}
