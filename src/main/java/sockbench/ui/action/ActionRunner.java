package sockbench.ui.action;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.Threads;
import sockbench.ui.errors.ErrorExplainer;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

/**
 * Runs actions: writes the form to the transcript at once, performs the action as a named engine
 * task, then completes the entry and the returned future on the ui thread. The future fails when
 * the action does (its error is already in the transcript), so chained steps stop there.
 */
public final class ActionRunner {
    private final Threads threads;
    private final TranscriptViewModel transcript;

    public ActionRunner(Threads threads, TranscriptViewModel transcript) {
        this.threads = threads;
        this.transcript = transcript;
    }

    public Threads threads() {
        return threads;
    }

    /** Runs an action that cannot be cancelled. Call on the ui thread. */
    public <T> CompletableFuture<T> run(Action<T> action) {
        return run(action, null);
    }

    /** Runs an action; {@code cancel} (or null) is what the transcript's cancel button does while it runs. */
    public <T> CompletableFuture<T> run(Action<T> action, Runnable cancel) {
        TranscriptEntry entry = transcript.begin(TranscriptEntry.Source.WINDOW, action.form(), cancel);
        CompletableFuture<T> done = new CompletableFuture<>();
        EngineTask.submit(threads, action.name(), action::perform, value -> {
            entry.succeed(action.form(value), action.print(value), null);
            done.complete(value);
        }, failure -> {
            if (action.isCancelled()) {
                entry.markCancelled();
                done.completeExceptionally(new CancellationException(action.name() + " cancelled"));
            } else {
                entry.fail(ErrorExplainer.explain(failure), null);
                done.completeExceptionally(failure);
            }
        });
        return done;
    }
}
