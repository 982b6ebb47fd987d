package sockbench.ui.transcript;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.SerialExecutor;
import sockbench.ui.async.Threads;
import sockbench.ui.errors.ErrorExplainer;

/** The console line under the transcript: what is typed runs through the evaluator, in order. */
public final class ConsoleViewModel {
    private final TranscriptViewModel transcript;
    private final ConsoleEvaluator evaluator;
    private final Threads serial;
    private final StringProperty text = new SimpleStringProperty("");

    public ConsoleViewModel(Threads threads, TranscriptViewModel transcript, ConsoleEvaluator evaluator) {
        this.transcript = transcript;
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.serial = new Threads(new SerialExecutor(threads.engine()), threads.ui());
    }

    /** The text in the line. */
    public StringProperty textProperty() {
        return text;
    }

    /** Runs the line's text and clears it; blank text does nothing. */
    public void submit() {
        String form = text.get() == null ? "" : text.get().strip();
        if (form.isEmpty()) {
            return;
        }
        text.set("");
        TranscriptEntry entry = transcript.begin(TranscriptEntry.Source.CONSOLE, form, null);
        EngineTask.submit(serial, "console", () -> evaluator.eval(form), result -> {
            if (!result.evaluated()) {
                entry.notRun(result.output());
            } else if (result.error() != null) {
                entry.fail(ErrorExplainer.explain(result.error()), emptyToNull(result.output()));
            } else {
                entry.succeed(form, result.value(), emptyToNull(result.output()));
            }
        }, failure -> entry.fail(ErrorExplainer.explain(failure), null));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
