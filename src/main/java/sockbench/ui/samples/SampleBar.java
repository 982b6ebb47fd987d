package sockbench.ui.samples;

import static sockbench.ui.workbench.Ui.button;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.workbench.Ui;

/**
 * The strip under the header while a sample is open: its name and where the step is, what it
 * teaches, the next form as it will run, and Next, Run to end and Close.
 */
public final class SampleBar extends VBox {

    public SampleBar(SamplesViewModel vm) {
        super(4);
        setId("sample-bar");
        getStyleClass().add("sample-bar");
        setPadding(new Insets(8, 14, 8, 14));
        visibleProperty().bind(vm.openProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        Label name = Ui.title("");
        name.setId("sample-name");
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.openProperty().get() == null ? ""
                : vm.openProperty().get().fileName(), vm.openProperty()));
        Label where = Ui.mono("");
        where.setId("sample-position");
        where.getStyleClass().add("sample-position");
        where.textProperty().bind(Bindings.createStringBinding(() -> vm.finishedProperty().get()
                ? "all " + vm.forms().size() + " forms run"
                : "next: form " + (vm.positionProperty().get() + 1) + " of " + vm.forms().size(),
                vm.positionProperty(), vm.forms(), vm.finishedProperty()));
        Label summary = Ui.caption("");
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.openProperty().get() == null ? ""
                : vm.openProperty().get().summary(), vm.openProperty()));
        HBox.setHgrow(summary, Priority.ALWAYS);

        Button next = button("sample-next", "Next", Feather.SKIP_FORWARD, "evaluate the next form (F10)", vm::next);
        next.getStyleClass().add(Styles.ACCENT);
        next.disableProperty().bind(vm.runningProperty().or(vm.finishedProperty()));
        Button toEnd = button("sample-run-to-end", "Run to end", Feather.FAST_FORWARD,
                "evaluate the remaining forms one by one; stops at an error (Ctrl+F10)", vm::runToEnd);
        toEnd.disableProperty().bind(vm.runningProperty().or(vm.finishedProperty()));
        Button stop = button("sample-stop", "Stop", Feather.SQUARE, "stop the running form (Escape)", vm::stop);
        stop.getStyleClass().add(Styles.DANGER);
        stop.visibleProperty().bind(vm.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        Button close = button("sample-close", null, Feather.X, "close the sample (its sockets stay)", vm::close);
        close.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);

        Label form = Ui.mono("");
        form.setId("sample-next-form");
        form.getStyleClass().add("sample-form");
        form.textProperty().bind(Bindings.createStringBinding(() -> {
            String f = vm.nextFormProperty().get();
            return f.isEmpty() ? "" : f.lines().count() > 4 ? String.join("\n", f.lines().limit(4).toList()) + "\n  …" : f;
        }, vm.nextFormProperty()));
        form.setMaxWidth(Double.MAX_VALUE);
        form.visibleProperty().bind(form.textProperty().isNotEmpty());
        form.managedProperty().bind(form.visibleProperty());
        Label status = Ui.caption("");
        status.setId("sample-status");
        status.textProperty().bind(vm.statusProperty());

        Label about = Ui.caption("");
        about.textProperty().bind(vm.aboutProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.aboutProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        Label info = new Label(null, Ui.icon(Feather.INFO));
        info.setTooltip(tip);

        // the description and status go under the sample's name and buttons when one line cannot hold
        // them all (presentation mode at 1280x800), rather than end in "..."
        HBox head = Ui.row(10, Ui.icon(Feather.BOOK_OPEN), name, where, info, next, toEnd, stop);
        HBox description = Ui.row(10, summary, status);
        summary.setMinWidth(0);
        summary.setWrapText(false);
        status.setMinWidth(0);
        status.setWrapText(false);
        HBox.setHgrow(description, Priority.ALWAYS);
        sockbench.ui.workbench.Reflow lines = new sockbench.ui.workbench.Reflow(10, head, description);
        HBox.setHgrow(lines, Priority.ALWAYS);
        lines.setMinWidth(0);
        HBox row = Ui.row(10, lines, close);
        form.setMinWidth(0);
        getChildren().addAll(row, form);
    }
}
