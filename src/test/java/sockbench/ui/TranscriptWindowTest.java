package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.ui.transcript.TranscriptEntry;

class TranscriptWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    @Test
    void should_answer_the_console_line_with_the_placeholder() {
        // given the console line (no interpreter wired in yet)
        // when the person types a form and presses Enter
        type("#console-input", "(socket af/inet sock/stream)");
        robot.push(KeyCode.ENTER);

        // then the form shows in the transcript with the placeholder's message, and the line is cleared
        waitUntil("the console answers", () -> !model.transcript().entries().isEmpty()
                && lastEntry().status() == TranscriptEntry.Status.NOT_RUN);
        assertThat(lastEntry().form()).isEqualTo("(socket af/inet sock/stream)");
        waitUntil("the message is drawn", () -> robot.lookup(".entry-output").<Label>queryAll().stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("console not available yet")));
        assertThat(text("#console-input")).isEmpty();
        assertThat(model.sockets().rows()).isEmpty();
    }

    @Test
    void should_let_go_of_the_entry_views_it_no_longer_draws() throws Exception {
        // given one entry drawn
        robot.interact(() -> model.transcript().begin(TranscriptEntry.Source.CONSOLE, "(first)", null).succeed("(first)", "1", ""));
        java.lang.ref.WeakReference<javafx.scene.Node> firstView = new java.lang.ref.WeakReference<>(
                robot.lookup(".transcript-entry").query());

        // when a long lesson adds more entries than the view draws (the transcript keeps them all)
        robot.interact(() -> {
            for (int i = 0; i < 450; i++) {
                model.transcript().begin(TranscriptEntry.Source.CONSOLE, "(form " + i + ")", null).succeed("(form " + i + ")", "1", "");
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);

        // then the view draws a bounded number, and the first entry (still in the transcript) no longer
        // keeps its old view alive through its listeners
        assertThat(robot.lookup(".transcript-entry").queryAll()).hasSizeLessThanOrEqualTo(401);
        assertThat(model.transcript().entries()).hasSize(451);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (firstView.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(firstView.get()).as("the dropped entry's view is collected").isNull();
    }

    @Test
    void should_write_window_actions_into_a_replayable_script() throws Exception {
        // given a socket created in the window and a console line that did not run
        click("#create");
        waitForFirstSocket();
        type("#console-input", "(display 1)");
        robot.push(KeyCode.ENTER);
        waitUntil("the console answers", () -> lastEntry().status() == TranscriptEntry.Status.NOT_RUN);

        // when the transcript is saved
        java.nio.file.Path file = java.nio.file.Files.createTempFile("session", ".scm");
        try {
            java.util.concurrent.CompletableFuture<java.nio.file.Path> saved = new java.util.concurrent.CompletableFuture<>();
            robot.interact(() -> model.transcript().save(file, saved::complete, saved::completeExceptionally));
            saved.get(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);

            // then the script has the form to replay, its result as a comment, and the unrun line commented out
            String script = java.nio.file.Files.readString(file);
            assertThat(script).contains("\n(define s1 (socket af/inet sock/stream))\n; => #<socket fd:")
                    .contains("; not run: (display 1)");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
