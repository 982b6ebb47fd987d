package sockbench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.Threads;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.workbench.Theme;
import sockbench.ui.workbench.Ui;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * The real window at 1280x800 on a headless toolkit, with a real engine pool: what a person sees
 * and clicks. Every socket the window knows is closed after each test; every wait is bounded.
 */
@ExtendWith({ApplicationExtension.class, WhereItWasThrown.class})
abstract class WindowTest {
    static final long WAIT_SECONDS = 10;

    static {
        // Building the whole window (seven views, their CSS) took over TestFX's 30 s setup bound on a
        // two-core machine shared by several builds (load 20): the bound is for a wedged toolkit, which
        // still fails, at 90 s. Waits on what the window does keep their 10 s.
        if (System.getProperty("testfx.setup.timeout") == null) {
            System.setProperty("testfx.setup.timeout", "90000");
        }
    }

    ExecutorService engine;
    WorkbenchModel model;
    Workbench workbench;
    FxRobot robot;

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    void open(Stage stage) {
        Theme.install(false);
        engine = Threads.enginePool();
        model = new WorkbenchModel(Threads.fx(engine), evaluator());
        workbench = new Workbench(model);
        stage.setScene(new Scene(workbench, WorkbenchApp.WIDTH, WorkbenchApp.HEIGHT));
        stage.show();
    }

    /** What the console line runs with; a test class that needs the Scheme console gives it here. */
    ConsoleEvaluator evaluator() {
        return ConsoleEvaluator.UNAVAILABLE;
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (model == null) {
            return;
        }
        java.util.concurrent.CompletableFuture<Void> closed = WaitForAsyncUtils.asyncFx(() -> {
            java.util.concurrent.CompletableFuture<Void> c = model.closeAllSockets();
            model.dispose();
            return c;
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        engine.shutdownNow();
        engine.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits (bounded) until the condition holds on the FX thread. */
    void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, () -> "");
    }

    /** As {@link #waitUntil(String, BooleanSupplier)}; a timeout says what {@code seen} shows then (read on the FX thread). */
    void waitUntil(String what, BooleanSupplier condition, java.util.function.Supplier<String> seen) {
        // a node the condition looks up may not be in the scene yet (a view is built when first shown): not yet, not a failure
        java.util.concurrent.atomic.AtomicReference<Throwable> lastError = new java.util.concurrent.atomic.AtomicReference<>();
        BooleanSupplier tolerant = () -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException | AssertionError e) {
                lastError.set(e);
                return false;
            }
        };
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(tolerant::getAsBoolean).get());
        } catch (TimeoutException e) {
            if (lastError.get() != null) {
                e.addSuppressed(lastError.get());
            }
            String state;
            try {
                state = WaitForAsyncUtils.asyncFx(seen::get).get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception f) {
                state = "(could not read the window: " + f + ")";
            }
            throw new AssertionError("timed out waiting until " + what + (state.isEmpty() ? "" : "; the window shows " + state), e);
        }
    }

    /** The transcript as forms with their status, and each socket's row: what a failed wait says it saw. */
    String windowState() {
        return "transcript " + model.transcript().entries().stream().map(e -> e.form() + " " + e.status()).toList()
                + ", sockets " + model.sockets().rows().stream().map(r -> r.name() + " " + r.stateText() + " " + r.local() + " -> " + r.peer()
                        + (r.pending() == null ? "" : " (" + r.pending() + ")")).toList()
                + ", selected " + (model.sockets().selected() == null ? "none" : model.sockets().selected().name())
                + ", focus " + (robot.targetWindow().getScene() == null ? "?" : robot.targetWindow().getScene().getFocusOwner());
    }

    /**
     * Waits until the one socket the person made is in the table, selected, and free for the next
     * click: its row comes with the kernel's event, which may be before the create has finished and
     * selected it (a click on Connect then is a click on a disabled button).
     */
    void waitForFirstSocket() {
        waitUntil("s1 is created and selected", () -> model.sockets().rows().size() == 1
                && model.sockets().selected() != null && model.sockets().canOperateProperty().get());
    }

    /**
     * The node a query names: a CSS query ({@code #status}), or {@code @name} for a node of one socket's
     * controls, which carry their name ({@code send-s2}) in the {@link Ui#NAME} property, not as an id;
     * {@code @name .css} queries among that node's descendants.
     */
    <T extends Node> T find(String query) {
        return this.<T>tryFind(query).orElseThrow(() -> new AssertionError("no node " + query));
    }

    @SuppressWarnings("unchecked")
    <T extends Node> java.util.Optional<T> tryFind(String query) {
        if (query.startsWith("@")) {
            int space = query.indexOf(' ');
            String name = query.substring(1, space < 0 ? query.length() : space);
            java.util.Optional<Node> named = robot.lookup((Node n) -> name.equals(n.getProperties().get(Ui.NAME))).tryQuery();
            // "@receive-view-s3 .rx-head": a CSS query among the named node's descendants
            return space < 0 ? named.map(n -> (T) n)
                    : named.flatMap(n -> robot.from(n).lookup(query.substring(space + 1)).tryQuery()).map(n -> (T) n);
        }
        return robot.lookup(query).tryQuery();
    }

    /** Replaces a text field's content as a person would: select all, type. */
    void type(String id, String text) {
        Node node = find(id);
        reveal(node);
        robot.clickOn(node);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void click(String id) {
        Node node = find(id);
        reveal(node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String id) {
        Node n = find(id);
        return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
    }

    TranscriptEntry lastEntry() {
        return model.transcript().entries().get(model.transcript().entries().size() - 1);
    }

    java.util.List<String> forms() {
        return model.transcript().entries().stream().map(TranscriptEntry::form).toList();
    }

    /** Scrolls the enclosing scroll panes so the node is on screen, as a person scrolls to it. */
    void reveal(Node node) {
        WaitForAsyncUtils.waitForAsyncFx(WAIT_SECONDS * 1000, () -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp && sp.getContent() != null) {
                    Node content = sp.getContent();
                    Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double free = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (free > 0) {
                        double target = b.getMinY() - sp.getViewportBounds().getHeight() / 3;
                        sp.setVvalue(Math.max(0, Math.min(1, target / free)) * (sp.getVmax() - sp.getVmin()) + sp.getVmin());
                    }
                    sp.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
