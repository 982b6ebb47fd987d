package sockbench.ui.transcript;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.Threads;

/** The session as egg forms: every action of the window and every console form, in order. */
public final class TranscriptViewModel {
    /** Beyond this many entries the oldest go, so a long session cannot eat the heap. */
    public static final int MAX_ENTRIES = 5000;

    private final Threads threads;
    private final ObservableList<TranscriptEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TranscriptEntry> readOnly = FXCollections.unmodifiableObservableList(entries);

    public TranscriptViewModel(Threads threads) {
        this.threads = threads;
    }

    public ObservableList<TranscriptEntry> entries() {
        return readOnly;
    }

    /** Adds a pending entry (ui thread). */
    public TranscriptEntry begin(TranscriptEntry.Source source, String form, Runnable cancel) {
        TranscriptEntry e = new TranscriptEntry(source, form, cancel);
        entries.add(e);
        if (entries.size() > MAX_ENTRIES) {
            entries.remove(0, entries.size() - MAX_ENTRIES);
        }
        return e;
    }

    public void clear() {
        entries.clear();
    }

    /** The whole transcript as a replayable script. */
    public String toScript() {
        String header = "Sockbench session, " + LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + "\nReplay it with: sockbench --script FILE\nResults are the comments after each form.";
        return TranscriptScript.write(List.copyOf(entries), header);
    }

    /** Writes the script to a file off the ui thread; then tells {@code done} the path or the failure. */
    public void save(Path file, Consumer<Path> done, Consumer<Throwable> failed) {
        String script = toScript();
        EngineTask.submit(threads, "save transcript " + file.getFileName(), () -> {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            return file;
        }, done, failed);
    }
}
