package sockbench.ui.action;

import java.util.concurrent.CompletableFuture;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.Threads;
import sockbench.ui.errors.ErrorExplainer;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

/**
 * Runs actions: writes the form to the transcript at once, performs the action as a named engine
 * task, then completes the entry and the returned future on the ui thread. The future fails when
 * the action does (its error is already in the transcript), so chained steps stop there. Every
 * action can be cancelled while it runs (the transcript's cancel button, or {@link ActionFuture#cancel});
 * a cancel interrupts its engine thread and the entry then says "cancelled".
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

    /**
     * Writes what a background loop did (live receive, the stream writer) as the one form it equals,
     * already done, so a saved transcript replays it (ui thread).
     */
    public void record(String form, String printed) {
        transcript.begin(TranscriptEntry.Source.WINDOW, form, null).succeed(form, printed, null);
    }

    /** Runs an action. Call on the ui thread. */
    public <T> CompletableFuture<T> run(Action<T> action) {
        return start(action);
    }

    /** Runs an action and gives the handle that can cancel it. Call on the ui thread. */
    public <T> ActionFuture<T> start(Action<T> action) {
        ActionFuture<T> done = new ActionFuture<>();
        TranscriptEntry entry = transcript.begin(TranscriptEntry.Source.WINDOW, action.form(), () -> done.cancel(true));
        done.attach(EngineTask.submit(threads, action.name(), action::perform, value -> {
            entry.succeed(action.form(value), action.print(value), null);
            done.complete(value);
        }, failure -> {
            if (done.cancelAsked() && EngineTask.isCancellation(failure)) {
                entry.markCancelled();
                done.finishCancelled(action.name());
            } else {
                entry.fail(ErrorExplainer.explain(failure), null);
                done.completeExceptionally(failure);
            }
        }));
        return done;
    }
}
