package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sockbench.ui.workbench.Demo;

/**
 * Presentation mode is one: at 1280x800 and at 1920x1080, light and dark, every view fits the window
 * with type of 24 px or more. "Fits" is checked as a person would see it: no view is wider than its
 * viewport (nothing hidden off to the right), and no label, button or box shows its text cut to "…".
 * Table and list cells are left out: their columns scroll or break lines by design.
 */
class PresentationFitWindowTest extends WindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) throws Exception {
        robot = r;
        // the classroom scene: a loopback pair, a refused connect, options set, a name resolved
        WaitForAsyncUtils.asyncFx(() -> Demo.run(model, Demo.BASIC)).get();
        // the scene is some twenty engine calls, one after the other: its bound is the scene's, not one call's
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> model.sockets().rows().stream().anyMatch(row -> row.stateText().startsWith("connect failed"))).get());
    }

    @Test
    void should_fit_every_view_at_1280x800_in_presentation_mode_light_and_dark() throws Exception {
        assertFits(1280, 800, 24);
    }

    @Test
    void should_fit_every_view_at_1920x1080_in_presentation_mode_light_and_dark() throws Exception {
        // the headless screen is 1280x800: the toolkit's copy of a larger window's pixels onto it overflows
        // (an error on the render thread); the layout, which is what this checks, is the window's size
        boolean check = WaitForAsyncUtils.autoCheckException;
        WaitForAsyncUtils.autoCheckException = false;
        try {
            assertFits(1920, 1080, 32);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(WorkbenchApp.WIDTH);
                stage.setHeight(WorkbenchApp.HEIGHT);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = check;
        }
    }

    private void assertFits(double width, double height, double type) throws Exception {
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
                workbench.theme().presentationProperty().set(true);
                workbench.theme().darkProperty().set(dark);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(workbench.theme().fontSizeProperty().get()).as("presentation type at %sx%s", width, height)
                    .isGreaterThanOrEqualTo(type);
            for (String view : workbench.viewNames()) {
                WaitForAsyncUtils.asyncFx(() -> workbench.show(view)).get();
                WaitForAsyncUtils.waitForFxEvents();
                // twice: a reflowed layout settles on the pulse after the one that measured it
                WaitForAsyncUtils.asyncFx(() -> workbench.applyCss()).get();
                WaitForAsyncUtils.waitForFxEvents();
                String where = view + " at " + (int) width + "x" + (int) height + (dark ? " dark" : " light");
                problems.addAll(WaitForAsyncUtils.asyncFx(() -> cuts(where)).get());
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * What is cut in the shown view: a view wider than its viewport, a control reaching past the right
     * edge of what shows it (a scroll pane's viewport, a split pane's or tab's clip), a label ending in "…".
     */
    private List<String> cuts(String where) {
        List<String> found = new ArrayList<>();
        for (Node n : workbench.lookupAll(".view-scroll")) {
            if (n.isVisible() && n instanceof ScrollPane sp && sp.getContent() != null) {
                double content = sp.getContent().getLayoutBounds().getWidth();
                double viewport = sp.getViewportBounds().getWidth();
                if (content > viewport + 1) {
                    found.add(where + ": the view is " + Math.round(content) + " px wide in a " + Math.round(viewport) + " px viewport");
                }
                walk(sp.getContent(), where, right(sp, Double.MAX_VALUE), found);
            }
        }
        return found;
    }

    /** The right edge, in the scene, of what shows a node's content: the nearest scroll pane or clip. */
    private static double right(Node n, double outer) {
        return Math.min(outer, n.localToScene(n.getLayoutBounds()).getMaxX());
    }

    private static void walk(Node n, String where, double edge, List<String> found) {
        if (!n.isVisible() || n instanceof Cell || n instanceof TableView || n instanceof javafx.scene.control.ListView) {
            return;
        }
        if (n instanceof javafx.scene.control.Control c && !(n instanceof ScrollPane) && !(n instanceof javafx.scene.control.SplitPane)
                && !(n instanceof javafx.scene.control.TabPane)) {
            double maxX = c.localToScene(c.getLayoutBounds()).getMaxX();
            if (maxX > edge + 1) {
                found.add(where + ": " + describe(c) + " reaches " + Math.round(maxX - edge) + " px past the edge");
            }
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : List.copyOf(l.getChildrenUnmodifiable())) {
                if (child instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText()) && t.getText().endsWith("…")) {
                    found.add(where + ": \"" + l.getText() + "\" shows as \"" + t.getText() + "\"" + (l.getId() == null ? "" : " (#" + l.getId() + ")"));
                }
            }
        }
        if (n instanceof ComboBoxBase) {
            return; // its button cell shows the chosen item as far as the box is wide, by design
        }
        double inner = n instanceof ScrollPane || n.getClip() != null ? right(n, edge) : edge;
        if (n instanceof Parent p) {
            // a copy: asking a child for its bounds may lay its parent out, and a parent that makes
            // nodes as it lays out (RichTextFX's paragraphs add their caret and selection shapes)
            // changes the very list being walked
            for (Node child : List.copyOf(p.getChildrenUnmodifiable())) {
                walk(child, where, inner, found);
            }
        }
    }

    private static String describe(javafx.scene.control.Control c) {
        String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + text + (c.getId() == null ? "" : " #" + c.getId());
    }
}
