package sockbench.ui.transcript;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.SerialExecutor;
import sockbench.ui.async.Threads;
import sockbench.ui.errors.ErrorExplainer;

/**
 * The console line under the transcript: what is typed runs through the evaluator, in order, one
 * form at a time off the ui thread. Stop (Escape) ends the running form: it interrupts the thread that
 * evaluates it (a blocking engine call then ends with {@code cancelled}) and calls the evaluator's
 * {@link ConsoleEvaluator#stop()}; the form shows "stopped" at once, the forms queued behind it are
 * dropped, and the next form runs on a fresh evaluation thread, so the console stays usable even
 * when the stopped form never returns.
 */
public final class ConsoleViewModel {
    private final TranscriptViewModel transcript;
    private final ConsoleEvaluator evaluator;
    private final Threads threads;
    private Threads serial;
    /** Forms submitted and not finished, oldest first (ui thread). */
    private final java.util.List<Evaluation> inFlight = new java.util.ArrayList<>();
    private final javafx.beans.property.SimpleBooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private static final Pattern DEFINE = Pattern.compile("\\(define\\s+([^\\s()\\[\\]\"';]+)");
    private BiConsumer<Object, String> adopter = (value, name) -> { };

    public ConsoleViewModel(Threads threads, TranscriptViewModel transcript, ConsoleEvaluator evaluator) {
        this.transcript = transcript;
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.threads = threads;
        this.serial = freshSerial();
    }

    private Threads freshSerial() {
        return new Threads(new SerialExecutor(threads.engine()), threads.ui());
    }

    /** A form is running or waiting: Stop has something to stop. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Stops the running form and drops the waiting ones (ui thread). The hook: {@link sockbench.ui.async.Running#cancel()},
     * which interrupts the evaluating thread, then {@link ConsoleEvaluator#stop()}.
     */
    public void stop() {
        if (inFlight.isEmpty()) {
            return;
        }
        java.util.List<Evaluation> stopped = java.util.List.copyOf(inFlight);
        inFlight.clear();
        busy.set(false);
        // forms typed after this run on a new thread: the stopped one may never give its thread back
        serial = freshSerial();
        for (Evaluation ev : stopped) {
            ev.running.cancel();
        }
        evaluator.stop();
        for (Evaluation ev : stopped) {
            ev.entry.markStopped();
            ev.done.completeExceptionally(new java.util.concurrent.CancellationException("stopped: " + ev.entry.form()));
        }
    }

    /** The text in the line. */
    public StringProperty textProperty() {
        return text;
    }

    /**
     * Who hears of the values the forms define ({@code (define a (socket ...))}): the sockets panel
     * then calls the socket {@code a}, so the window's own forms on it replay in the same session.
     */
    public void setAdopter(BiConsumer<Object, String> adopter) {
        this.adopter = Objects.requireNonNull(adopter);
    }

    /** Runs the line's text and clears it; blank text does nothing. */
    public void submit() {
        String form = text.get() == null ? "" : text.get().strip();
        if (form.isEmpty()) {
            return;
        }
        text.set("");
        evaluate(form, () -> evaluator.eval(form));
    }

    /** Evaluates one form read from a file (a sample's step), after whatever the console runs now. */
    public CompletableFuture<ConsoleEvaluator.Result> run(ConsoleEvaluator.Form form) {
        return evaluate(form.text(), () -> evaluator.eval(form));
    }

    /** The evaluator's reading of a source text into forms. */
    public java.util.List<ConsoleEvaluator.Form> read(String source) {
        return evaluator.read(source);
    }

    private CompletableFuture<ConsoleEvaluator.Result> evaluate(String form, java.util.function.Supplier<ConsoleEvaluator.Result> eval) {
        TranscriptEntry entry = transcript.begin(TranscriptEntry.Source.CONSOLE, form, this::stop);
        CompletableFuture<ConsoleEvaluator.Result> done = new CompletableFuture<>();
        Evaluation ev = new Evaluation(entry, done);
        inFlight.add(ev);
        busy.set(true);
        ev.running = EngineTask.submit(serial, "console", () -> new Evaluated(eval.get(), defined(form)), r -> {
            if (!finish(ev)) {
                return;
            }
            ConsoleEvaluator.Result result = r.result();
            if (!result.evaluated()) {
                entry.notRun(result.output());
            } else if (result.error() != null) {
                entry.fail(ErrorExplainer.explain(result.error()), emptyToNull(result.output()));
            } else {
                entry.succeed(form, result.value(), emptyToNull(result.output()));
            }
            r.defined().forEach((name, value) -> adopter.accept(value, name));
            done.complete(result);
        }, failure -> {
            if (!finish(ev)) {
                return;
            }
            entry.fail(ErrorExplainer.explain(failure), null);
            done.completeExceptionally(failure);
        });
        return done;
    }

    /** Takes a form that has ended off the list; false when Stop already ended it. */
    private boolean finish(Evaluation ev) {
        if (ev.done.isDone()) {
            return false;
        }
        inFlight.remove(ev);
        busy.set(!inFlight.isEmpty());
        return true;
    }

    /** One submitted form. */
    private static final class Evaluation {
        final TranscriptEntry entry;
        final CompletableFuture<ConsoleEvaluator.Result> done;
        sockbench.ui.async.Running running;

        Evaluation(TranscriptEntry entry, CompletableFuture<ConsoleEvaluator.Result> done) {
            this.entry = entry;
            this.done = done;
        }
    }

    /** The values of the top-level variables the text defines, read right after it ran. */
    private Map<String, Object> defined(String form) {
        Map<String, Object> values = new LinkedHashMap<>();
        Matcher m = DEFINE.matcher(form);
        while (m.find()) {
            Object v = evaluator.lookup(m.group(1));
            if (v != null) {
                values.put(m.group(1), v);
            }
        }
        return values;
    }

    private record Evaluated(ConsoleEvaluator.Result result, Map<String, Object> defined) {}

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
