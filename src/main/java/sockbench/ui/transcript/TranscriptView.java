package sockbench.ui.transcript;

import static sockbench.ui.Ui.button;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sockbench.ui.Ui;
import sockbench.ui.errors.Explanation;

/** The transcript: every form and what came of it; the console line below it; save as .scm. */
public final class TranscriptView extends VBox {
    private final ListView<TranscriptEntry> list;

    public TranscriptView(TranscriptViewModel vm, ConsoleViewModel console, java.util.function.Consumer<String> status) {
        super(8);
        setPadding(new Insets(10, 14, 12, 14));
        getStyleClass().add("transcript-view");

        Label heading = Ui.title("Transcript");
        Button save = button("save-transcript", "Save .scm", Feather.SAVE,
                "the forms, with results as comments: replay it with --script", () -> save(vm, status));
        Button clear = button("clear-transcript", "Clear", Feather.TRASH_2, vm::clear);
        for (Button b : new Button[] {save, clear}) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        HBox toolbar = Ui.row(10, heading, Ui.caption("each action of the window as the egg form it equals"), Ui.grow(), save, clear);

        list = new ListView<>(vm.entries());
        list.setId("transcript");
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "transcript-list");
        list.setCellFactory(l -> new EntryCell());
        list.setPlaceholder(Ui.caption("Nothing yet. Create a socket, resolve a name, or type a form below."));
        VBox.setVgrow(list, Priority.ALWAYS);
        // Follow the newest entry: when one is added, and when the last one's result arrives (it grows).
        javafx.beans.InvalidationListener follow = o -> scrollToEnd(vm);
        vm.entries().addListener((ListChangeListener<TranscriptEntry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> e.statusProperty().addListener(follow));
                c.getRemoved().forEach(e -> e.statusProperty().removeListener(follow));
            }
            scrollToEnd(vm);
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
        Button run = button("console-run", "Run", Feather.CORNER_DOWN_LEFT, console::submit);
        HBox line = Ui.row(8, prompt, input, run);
        line.getStyleClass().add("console-line");

        getChildren().addAll(toolbar, list, line);
    }

    private void scrollToEnd(TranscriptViewModel vm) {
        // After the next layout pass, when the new cell's height is known.
        javafx.application.Platform.runLater(() -> {
            if (!vm.entries().isEmpty()) {
                list.scrollTo(vm.entries().size() - 1);
            }
        });
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
    private static final class EntryCell extends ListCell<TranscriptEntry> {
        private final FontIcon icon = new FontIcon();
        private final Label form = Ui.mono("");
        private final Label output = Ui.mono("");
        private final Label result = Ui.mono("");
        private final Label errorHead = Ui.mono("");
        private final Label errorText = new Label();
        private final Button cancel = new Button("Cancel", Ui.icon(Feather.X_CIRCLE));
        private final VBox body = new VBox(2, form, output, result, errorHead, errorText);
        private final HBox box = new HBox(10, icon, body, cancel);
        private final javafx.beans.InvalidationListener refresh = o -> show();
        private TranscriptEntry current;

        EntryCell() {
            form.getStyleClass().add("entry-form");
            output.getStyleClass().add("entry-output");
            result.getStyleClass().add("entry-result");
            errorHead.getStyleClass().add("entry-error-head");
            errorText.getStyleClass().add("entry-error");
            for (Label l : new Label[] {form, output, result, errorHead, errorText}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.managedProperty().bind(l.visibleProperty());
            }
            cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.BUTTON_OUTLINED);
            cancel.managedProperty().bind(cancel.visibleProperty());
            cancel.setOnAction(e -> {
                if (current != null) {
                    current.requestCancel();
                }
            });
            icon.getStyleClass().add("entry-icon");
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMinWidth(0);
            box.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TranscriptEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (current != null) {
                current.statusProperty().removeListener(refresh);
                current.formProperty().removeListener(refresh);
            }
            current = empty ? null : entry;
            if (current == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            current.statusProperty().addListener(refresh);
            current.formProperty().addListener(refresh);
            show();
            setGraphic(box);
        }

        private void show() {
            TranscriptEntry e = current;
            if (e == null) {
                return;
            }
            form.setText(e.form());
            output.setText(e.output() == null ? "" : e.output());
            output.setVisible(e.output() != null && !e.output().isEmpty());
            result.setText(e.result() == null ? "" : "; => " + e.result());
            result.setVisible(e.result() != null);
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
                case CANCELLED -> Feather.SLASH;
                case NOT_RUN -> Feather.INFO;
            });
            form.getStyleClass().remove("from-console");
            if (e.source() == TranscriptEntry.Source.CONSOLE) {
                form.getStyleClass().add("from-console");
            }
        }
    }
}
