package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The thunks {@code on-exit} registered, run as library.scm's cleanup-before-exit runs them: the
 * newest first, then any a task added meanwhile; an {@code (exit)} from a task is ignored with
 * CHICKEN's warning.
 */
final class ExitTasks {
    private final List<Procedure> tasks = new ArrayList<>();
    private boolean running;

    synchronized void add(Procedure thunk) {
        tasks.add(0, thunk);
    }

    /** Runs every task once; {@code failed} hears the error of each task that raised one. */
    void run(Consumer<SchemeError> failed) {
        synchronized (this) {
            if (running) {
                return; // an exit from a task: the tasks are being run already
            }
            running = true;
        }
        try {
            for (List<Procedure> batch = take(); !batch.isEmpty(); batch = take()) {
                for (Procedure task : batch) {
                    try {
                        task.apply();
                    } catch (SchemeExit exit) {
                        failed.accept(new SchemeError(Condition.exn(List.of("exn"), "\"exit\" called while processing on-exit tasks")));
                    } catch (SchemeError e) {
                        failed.accept(e);
                    }
                }
            }
        } finally {
            synchronized (this) {
                running = false; // an interpreter that goes on (a test's, the window's) runs later tasks at its next end
            }
        }
    }

    private synchronized List<Procedure> take() {
        List<Procedure> batch = List.copyOf(tasks);
        tasks.clear();
        return batch;
    }
}
