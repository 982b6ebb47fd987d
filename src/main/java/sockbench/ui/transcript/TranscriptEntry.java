package sockbench.ui.transcript;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.ui.errors.Explanation;

/**
 * One line of the transcript: the egg form of something done in the window or typed in the console,
 * and what came of it. Changed only on the ui thread.
 */
public final class TranscriptEntry {

    /** Where the form came from. */
    public enum Source { WINDOW, CONSOLE }

    /** How far it got. */
    public enum Status { PENDING, DONE, FAILED, CANCELLED, STOPPED, NOT_RUN }

    private final Source source;
    private final StringProperty form = new SimpleStringProperty();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.PENDING);
    private final StringProperty result = new SimpleStringProperty();
    private final StringProperty output = new SimpleStringProperty();
    private final ObjectProperty<Explanation> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> cancel = new SimpleObjectProperty<>();

    public TranscriptEntry(Source source, String form, Runnable cancel) {
        this.source = source;
        this.form.set(form);
        this.cancel.set(cancel);
    }

    public Source source() { return source; }

    public ReadOnlyStringProperty formProperty() { return form; }
    public String form() { return form.get(); }

    public ReadOnlyObjectProperty<Status> statusProperty() { return status; }
    public Status status() { return status.get(); }

    /** The value as the console echoes it ({@code #<socket fd:7 af/inet sock/stream>}), or null. */
    public ReadOnlyStringProperty resultProperty() { return result; }
    public String result() { return result.get(); }

    /** What the form printed while it ran (console forms), or null. */
    public ReadOnlyStringProperty outputProperty() { return output; }
    public String output() { return output.get(); }

    public ReadOnlyObjectProperty<Explanation> errorProperty() { return error; }
    public Explanation error() { return error.get(); }

    /** Stops the pending work, or null when it cannot be cancelled (or is finished). */
    public ReadOnlyObjectProperty<Runnable> cancelProperty() { return cancel; }

    /** Asks the running work to stop; does nothing once finished. */
    public void requestCancel() {
        Runnable c = cancel.get();
        if (c != null && status.get() == Status.PENDING) {
            c.run();
        }
    }

    public void succeed(String finalForm, String printed, String printedOutput) {
        form.set(finalForm);
        result.set(printed);
        output.set(printedOutput);
        finish(Status.DONE);
    }

    public void fail(Explanation explanation, String printedOutput) {
        error.set(explanation);
        output.set(printedOutput);
        finish(Status.FAILED);
    }

    /** A window action whose engine call was cancelled. */
    public void markCancelled() {
        finish(Status.CANCELLED);
    }

    /** A console form stopped by Stop (Escape); what it printed so far stays. */
    public void markStopped() {
        finish(Status.STOPPED);
    }

    /** Whether the entry has finished (any way). */
    public boolean isFinished() {
        return status.get() != Status.PENDING;
    }

    /** A form that was not evaluated (the console is not wired in yet); the output says why. */
    public void notRun(String why) {
        output.set(why);
        finish(Status.NOT_RUN);
    }

    private void finish(Status s) {
        cancel.set(null);
        status.set(s);
    }

    @Override
    public String toString() {
        return form.get() + " -> " + status.get() + (result.get() != null ? " " + result.get() : "")
                + (error.get() != null ? " " + error.get().oneLine() : "");
    }
}
