package sockbench.ui.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.Threads;
import sockbench.ui.transcript.ConsoleViewModel;

/**
 * A classroom demo stepped form by form: the file is read into its top-level forms, and each Next
 * evaluates one through the console (in the console's own environment and order), so every form and
 * its result lands in the transcript and every socket it makes appears in the window. Run to end
 * steps on until the last form, or until one fails.
 */
public final class SamplesViewModel {
    /** Where the samples live: {@code -Dsockbench.samples=DIR}, else {@code samples/} of the working directory. */
    public static Path directory() {
        return Path.of(System.getProperty("sockbench.samples", "samples"));
    }

    /** A sample file and the first line of its header comment. */
    public record Sample(Path path, String summary) {
        public String fileName() {
            return path.getFileName().toString();
        }
    }

    private final Threads threads;
    private final ConsoleViewModel console;
    private final ObservableList<Sample> available = FXCollections.observableArrayList();
    private final ObjectProperty<Sample> open = new SimpleObjectProperty<>();
    private final ObservableList<ConsoleEvaluator.Form> forms = FXCollections.observableArrayList();
    private final IntegerProperty position = new SimpleIntegerProperty();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleStringProperty about = new SimpleStringProperty("");
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final BooleanBinding finished;
    private final StringBinding nextForm;
    private boolean stopRequested;

    public SamplesViewModel(Threads threads, ConsoleViewModel console) {
        this.threads = threads;
        this.console = console;
        finished = Bindings.createBooleanBinding(() -> open.get() != null && position.get() >= forms.size(), open, position, forms);
        nextForm = Bindings.createStringBinding(() -> position.get() < forms.size() ? forms.get(position.get()).text() : "",
                position, forms);
    }

    /** The files of the samples directory, read off the ui thread. */
    public CompletableFuture<List<Sample>> scan() {
        Path dir = directory();
        CompletableFuture<List<Sample>> done = new CompletableFuture<>();
        EngineTask.submit(threads, "list samples", () -> list(dir), list -> {
            available.setAll(list);
            done.complete(list);
        }, done::completeExceptionally);
        return done;
    }

    public ObservableList<Sample> available() { return available; }
    /** The sample being stepped, or null. */
    public ReadOnlyObjectProperty<Sample> openProperty() { return open; }
    public ObservableList<ConsoleEvaluator.Form> forms() { return forms; }
    /** The index of the next form to run. */
    public ReadOnlyIntegerProperty positionProperty() { return position; }
    /** A form is being evaluated. */
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** Every form has run. */
    public BooleanBinding finishedProperty() { return finished; }
    /** The text of the next form, or "". */
    public StringBinding nextFormProperty() { return nextForm; }
    /** The sample's header comment: what it teaches and what to watch. */
    public ReadOnlyStringProperty aboutProperty() { return about; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    /** Reads a sample into its forms (off the ui thread); the first Next runs its first form. */
    public CompletableFuture<Integer> open(Path file) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        EngineTask.submit(threads, "read sample " + file.getFileName(), () -> {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            return new Read(source, console.read(source));
        }, read -> {
            open.set(new Sample(file, summary(read.source())));
            forms.setAll(read.forms());
            position.set(0);
            about.set(header(read.source()));
            status.set(read.forms().size() + " forms: Next runs them one by one");
            done.complete(read.forms().size());
        }, e -> {
            status.set("cannot open " + file.getFileName() + ": " + e.getMessage());
            done.completeExceptionally(e);
        });
        return done;
    }

    /** Evaluates the next form; completes true when it ran without error. Does nothing while one runs. */
    public CompletableFuture<Boolean> next() {
        if (running.get() || open.get() == null || position.get() >= forms.size()) {
            return CompletableFuture.completedFuture(false);
        }
        int at = position.get();
        running.set(true);
        status.set("running form " + (at + 1) + " of " + forms.size() + "…");
        return console.run(forms.get(at)).handle((result, e) -> {
            running.set(false);
            position.set(at + 1);
            boolean ok = e == null && result.evaluated() && result.error() == null;
            boolean stopped = e != null && sockbench.ui.async.EngineTask.isCancellation(e);
            status.set((ok ? "form " : stopped ? "stopped: form " : "form failed: ") + (at + 1) + " of " + forms.size()
                    + (position.get() >= forms.size() ? " · the end" : ""));
            return ok;
        });
    }

    /** Runs every remaining form in order; stops at the first that fails, or when {@link #stop()} is asked. */
    public CompletableFuture<Boolean> runToEnd() {
        stopRequested = false;
        return step();
    }

    /** Stops a run to end, and the form running now (Escape): it shows "stopped" and the sample stays usable. */
    public void stop() {
        stopRequested = true;
        if (running.get()) {
            console.stop();
        }
    }

    /** Leaves the sample (the sockets it made stay). */
    public void close() {
        stopRequested = true;
        open.set(null);
        forms.clear();
        position.set(0);
        about.set("");
        status.set("");
    }

    private CompletableFuture<Boolean> step() {
        if (stopRequested || open.get() == null || position.get() >= forms.size()) {
            return CompletableFuture.completedFuture(open.get() != null && position.get() >= forms.size());
        }
        return next().thenCompose(ok -> ok ? step() : CompletableFuture.completedFuture(false));
    }

    private static List<Sample> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".scm")).sorted().toList()) {
                out.add(new Sample(p, summary(Files.readString(p, StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    /** The first header line: {@code UDP datagrams: boundaries are kept, ...}. */
    static String summary(String source) {
        for (String line : source.lines().toList()) {
            String t = line.strip();
            if (t.startsWith(";")) {
                String s = t.replaceFirst("^;+\\s*", "");
                if (!s.isEmpty()) {
                    return s;
                }
            } else if (!t.isEmpty()) {
                break;
            }
        }
        return "";
    }

    /** The header comment without its semicolons, up to the first code. */
    static String header(String source) {
        StringBuilder b = new StringBuilder();
        for (String line : source.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith(";")) {
                if (t.isEmpty() && b.length() == 0) {
                    continue;
                }
                break;
            }
            b.append(t.replaceFirst("^;+ ?", "")).append('\n');
        }
        return b.toString().strip();
    }

    private record Read(String source, List<ConsoleEvaluator.Form> forms) {}
}
