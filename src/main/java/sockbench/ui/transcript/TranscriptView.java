package sockbench.ui.transcript;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sockbench.ui.errors.Explanation;
import sockbench.ui.workbench.Ui;

/** The transcript: every form and what came of it; the console line below it; save as .scm. */
public final class TranscriptView extends VBox {
    /** The view keeps at most this many entries drawn (the transcript itself keeps more, for saving). */
    static final int SHOWN = 400;

    private final VBox entries = new VBox(0);
    private final javafx.scene.control.ScrollPane scroll = Ui.uncached(new javafx.scene.control.ScrollPane());
    private final java.util.Map<TranscriptEntry, EntryView> views = new java.util.HashMap<>();
    /** An entry came or changed: the next height the entries take scrolls to the end. */
    private boolean followPending;
    private final javafx.beans.property.BooleanProperty expanded = new javafx.beans.property.SimpleBooleanProperty(false);

    public TranscriptView(TranscriptViewModel vm, ConsoleViewModel console, java.util.function.Consumer<String> status) {
        super(8);
        setPadding(new Insets(10, 14, 12, 14));
        getStyleClass().add("transcript-view");

        Label heading = Ui.title("Transcript");
        heading.setId("transcript-heading");
        Button save = button("save-transcript", "Save .scm", Feather.SAVE,
                "the forms, with results as comments: replay it with --script", () -> save(vm, status));
        Button clear = button("clear-transcript", "Clear", Feather.TRASH_2, vm::clear);
        for (Button b : new Button[] {save, clear}) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        javafx.scene.control.ToggleButton expand = new javafx.scene.control.ToggleButton(null, Ui.icon(Feather.MAXIMIZE_2));
        expand.setId("expand-transcript");
        expand.setTooltip(new javafx.scene.control.Tooltip("Give the whole window to the transcript (and back)"));
        expand.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        expand.selectedProperty().bindBidirectional(expanded);
        expanded.addListener((o, a, b) -> ((org.kordamp.ikonli.javafx.FontIcon) expand.getGraphic())
                .setIconCode(b ? Feather.MINIMIZE_2 : Feather.MAXIMIZE_2));
        Label about = Ui.caption("each action of the window as the egg form it equals");
        HBox toolbar = Ui.row(10, heading, about, Ui.grow(), save, clear, expand);
        // the explanation gives way before the buttons do
        about.setMinWidth(0);
        about.setWrapText(false);

        entries.getStyleClass().add("transcript-entries");
        entries.heightProperty().addListener(o -> {
            if (followPending) {
                followPending = false;
                scroll.setVvalue(scroll.getVmax());
            }
        });
        entries.setFillWidth(true);
        scroll.setId("transcript");
        scroll.setContent(entries);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "transcript-list");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label placeholder = Ui.caption("Nothing yet. Create a socket, resolve a name, or type a form below.");
        placeholder.getStyleClass().add("transcript-placeholder");
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.entries()));
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        entries.getChildren().add(placeholder);
        vm.entries().forEach(this::add);
        vm.entries().addListener((ListChangeListener<TranscriptEntry>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::remove);
                c.getAddedSubList().forEach(this::add);
            }
        });

        Label prompt = Ui.mono("#;>");
        prompt.getStyleClass().add("console-prompt");
        TextField input = new TextField();
        input.setId("console-input");
        input.getStyleClass().add(Ui.MONO);
        input.setPromptText("type a form, e.g. (socket af/inet sock/stream), and press Enter");
        input.textProperty().bindBidirectional(console.textProperty());
        input.setOnAction(e -> console.submit());
        HBox.setHgrow(input, Priority.ALWAYS);
        input.setMinWidth(120);
        Button run = button("console-run", "Run", Feather.CORNER_DOWN_LEFT, console::submit);
        Button stop = button("console-stop", "Stop", Feather.SQUARE, "stop the running form (Escape)", console::stop);
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(console.busyProperty().not());
        input.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && console.busyProperty().get()) {
                console.stop();
                e.consume();
            }
        });
        HBox line = Ui.row(8, prompt, input, run, stop);
        line.getStyleClass().add("console-line");

        getChildren().addAll(toolbar, scroll, line);
    }

    /** Whether the transcript takes the whole window (the views hidden). */
    public javafx.beans.property.BooleanProperty expandedProperty() {
        return expanded;
    }

    private void add(TranscriptEntry e) {
        EntryView v = new EntryView(e, this::scrollToEnd);
        views.put(e, v);
        entries.getChildren().add(v);
        if (views.size() > SHOWN) {
            EntryView oldest = (EntryView) entries.getChildren().remove(1);
            views.values().remove(oldest);
            oldest.dispose(); // the entry lives on in the transcript: it must not keep its old view
        }
        scrollToEnd();
    }

    private void remove(TranscriptEntry e) {
        EntryView v = views.remove(e);
        if (v != null) {
            entries.getChildren().remove(v);
            v.dispose();
        }
    }

    /**
     * Keeps the newest entry in view: once the entries have their new height (after the pulse's layout),
     * the scroll goes to the end. No CSS or layout pass is forced here: adding 400 entries in a row
     * forced 400 passes over every entry shown (SocketChurnBenchmark).
     */
    private void scrollToEnd() {
        followPending = true;
        scroll.setVvalue(scroll.getVmax());
    }

    private void save(TranscriptViewModel vm, java.util.function.Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the transcript as a script");
        chooser.setInitialFileName("session.scm");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scheme script", "*.scm"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.save(f.toPath(), p -> status.accept("Saved " + p + "; replay it with --script " + p.getFileName()),
                    e -> status.accept("Could not save: " + e.getMessage()));
        }
    }

    /** One entry: status icon, the form, its output, its value or its explained error, and cancel while pending. */
    private static final class EntryView extends HBox {
        private final FontIcon icon = new FontIcon();
        private final Label form = Ui.mono("");
        private final Label output = Ui.mono("");
        private final Label result = Ui.mono("");
        private final Label errorHead = Ui.mono("");
        private final Label errorText = new Label();
        private final Button cancel = new Button("Cancel", Ui.icon(Feather.X_CIRCLE));
        private final VBox body = new VBox(2, form, output, result, errorHead, errorText);
        private final TranscriptEntry current;
        private final javafx.beans.InvalidationListener changed;

        EntryView(TranscriptEntry entry, Runnable onChange) {
            super(10);
            this.current = entry;
            this.changed = o -> {
                show();
                onChange.run();
            };
            getChildren().addAll(icon, body, cancel);
            getStyleClass().add("transcript-entry");
            form.getStyleClass().add("entry-form");
            output.getStyleClass().add("entry-output");
            result.getStyleClass().add("entry-result");
            errorHead.getStyleClass().add("entry-error-head");
            errorText.getStyleClass().add("entry-error");
            // No wrapping: forms and results are lines (a multi-line result has its own newlines), and
            // wrapped labels make a ListView guess its cell heights wrong.
            for (Label l : new Label[] {form, output, result, errorHead, errorText}) {
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.managedProperty().bind(l.visibleProperty());
                l.setTooltip(null);
            }
            cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.BUTTON_OUTLINED);
            cancel.managedProperty().bind(cancel.visibleProperty());
            cancel.setOnAction(e -> current.requestCancel());
            icon.getStyleClass().add("entry-icon");
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMinWidth(0);
            setAlignment(Pos.TOP_LEFT);
            entry.statusProperty().addListener(changed);
            entry.formProperty().addListener(changed);
            show();
        }

        /** Leaves the entry: a view no longer shown is not kept alive by the entry's listeners. */
        void dispose() {
            current.statusProperty().removeListener(changed);
            current.formProperty().removeListener(changed);
        }

        private void show() {
            TranscriptEntry e = current;
            form.setText(e.form());
            output.setText(e.output() == null ? "" : e.output());
            output.setVisible(e.output() != null && !e.output().isEmpty());
            String ended = e.status() == TranscriptEntry.Status.CANCELLED ? "; cancelled"
                    : e.status() == TranscriptEntry.Status.STOPPED ? "; stopped" : null;
            result.setText(ended != null ? ended : e.result() == null ? "" : "; => " + e.result());
            result.setVisible(ended != null || e.result() != null);
            // a form ended before its value is no success: its line is not in the success colour
            result.getStyleClass().remove("ended");
            if (ended != null) {
                result.getStyleClass().add("ended");
            }
            Explanation x = e.error();
            errorHead.setVisible(x != null);
            errorText.setVisible(x != null);
            if (x != null) {
                errorHead.setText(x.heading() + "  " + x.message());
                errorText.setText(x.meaning());
            }
            cancel.setVisible(e.status() == TranscriptEntry.Status.PENDING && e.cancelProperty().get() != null);
            icon.getStyleClass().removeIf(s -> s.startsWith("status-"));
            icon.getStyleClass().add("status-" + e.status().name().toLowerCase());
            icon.setIconCode(switch (e.status()) {
                case PENDING -> Feather.LOADER;
                case DONE -> Feather.CHECK_CIRCLE;
                case FAILED -> Feather.ALERT_OCTAGON;
                case CANCELLED, STOPPED -> Feather.SLASH;
                case NOT_RUN -> Feather.INFO;
            });
            form.getStyleClass().remove("from-console");
            if (e.source() == TranscriptEntry.Source.CONSOLE) {
                form.getStyleClass().add("from-console");
            }
        }
    }
}
