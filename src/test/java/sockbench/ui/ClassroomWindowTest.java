package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sockbench.net.SocketState;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.workbench.Workbench;

class ClassroomWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    @Override
    ConsoleEvaluator evaluator() {
        return new SchemeConsoleEvaluator();
    }

    private double fontOf(String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Node n = find(query);
                return n instanceof Label l ? l.getFont().getSize() : ((Text) n).getFont().getSize();
            }).get(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no font for " + query, e);
        }
    }

    private void press(KeyCode key) {
        robot.push(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void should_enlarge_the_fonts_everywhere_in_presentation_mode_and_back_on_one_key() {
        // given a loopback pair in the transfer view, a block received
        click("#nav-" + Workbench.TRANSFER);
        click("#transfer-loopback-pair");
        waitUntil("the pair is side by side", () -> tryFind("@receive-view-s3").isPresent()
                && model.transfers().leftProperty().get().state() == SocketState.CONNECTED);
        type("@payload-s2", "hello");
        click("@send-s2");
        click("@receive-s3");
        waitUntil("s3 shows the block", () -> tryFind("@receive-view-s3 .rx-head").isPresent());
        double status = fontOf("#status");
        double heading = fontOf("#transcript-heading");
        double received = fontOf("@receive-view-s3 .rx-head");

        // when the teacher presses F5
        press(KeyCode.F5);

        // then the status bar, the transcript and the receive view all use larger type
        assertThat(model.sockets().rows()).isNotEmpty();
        waitUntil("presentation mode is on", () -> workbench.getStyleClass().contains("presentation"));
        assertThat(workbench.theme().fontSizeProperty().get()).isGreaterThanOrEqualTo(24);
        assertThat(fontOf("#status")).isGreaterThan(status * 1.2);
        assertThat(fontOf("#transcript-heading")).isGreaterThan(heading * 1.2);
        assertThat(fontOf("@receive-view-s3 .rx-head")).isGreaterThan(received * 1.2);

        // and F5 again gives the normal sizes back
        press(KeyCode.F5);
        waitUntil("presentation mode is off", () -> !workbench.getStyleClass().contains("presentation"));
        assertThat(fontOf("#status")).isEqualTo(status);
        assertThat(fontOf("@receive-view-s3 .rx-head")).isEqualTo(received);
    }

    @Test
    void should_zoom_in_out_and_back_with_ctrl_plus_minus_and_zero() {
        double status = fontOf("#status");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontOf("#status")).isGreaterThan(status * 1.1);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontOf("#status")).isLessThan(status);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontOf("#status")).isEqualTo(status);
    }

    @Test
    void should_stop_a_runaway_console_form_with_escape_and_run_the_next() {
        // given a form that waits for good: an accept nobody connects to, without a timeout
        type("#console-input", "(define l (socket af/inet sock/stream))");
        robot.push(KeyCode.ENTER);
        type("#console-input", "(socket-bind l (inet-address \"127.0.0.1\" 0))");
        robot.push(KeyCode.ENTER);
        type("#console-input", "(socket-listen l 1)");
        robot.push(KeyCode.ENTER);
        type("#console-input", "(socket-accept l)");
        robot.push(KeyCode.ENTER);
        waitUntil("the accept waits", () -> lastEntry().form().equals("(socket-accept l)")
                && lastEntry().status() == TranscriptEntry.Status.PENDING && model.console().busyProperty().get());

        // when the teacher presses Escape
        press(KeyCode.ESCAPE);

        // then the form says stopped, and the console takes the next form
        waitUntil("the accept is stopped", () -> lastEntry().status() == TranscriptEntry.Status.STOPPED);
        type("#console-input", "(+ 40 2)");
        robot.push(KeyCode.ENTER);
        waitUntil("the next form ran", () -> lastEntry().form().equals("(+ 40 2)") && "42".equals(lastEntry().result()));
    }

    @Test
    void should_step_a_sample_form_by_form_to_its_end_with_its_sockets_in_the_window() {
        // given the Samples menu's UDP truncation demo
        click("#samples-menu");
        Node item = robot.lookup(".menu-item").match(n -> robot.from(n).lookup(".label").tryQuery()
                .map(l -> ((Label) l).getText().startsWith("03-udp-truncation.scm")).orElse(false)).query();
        robot.clickOn(item);
        waitUntil("the sample is open", () -> model.samples().forms().size() == 10);
        assertThat(text("#sample-next-form")).isEqualTo("(define a (socket af/inet sock/dgram))");

        // when the teacher steps once with F10, then runs it to the end
        press(KeyCode.F10);
        waitUntil("the first form ran", () -> model.samples().positionProperty().get() == 1
                && !model.samples().runningProperty().get());
        waitUntil("its socket appears in the window as a", () -> model.sockets().rows().stream().anyMatch(r -> r.name().equals("a")));
        click("#sample-run-to-end");
        waitUntil("every form ran", () -> model.samples().finishedProperty().get() && !model.samples().runningProperty().get());

        // then each form and its result is in the transcript, and the sockets it made are shown, closed
        List<TranscriptEntry> console = model.transcript().entries().stream()
                .filter(e -> e.source() == TranscriptEntry.Source.CONSOLE).toList();
        assertThat(console).hasSize(10).allMatch(e -> e.status() == TranscriptEntry.Status.DONE);
        assertThat(console.get(0).form()).isEqualTo("(define a (socket af/inet sock/dgram))");
        assertThat(console).anyMatch(e -> e.output() != null && e.output().startsWith("first receive of 8: 01234567 (8 bytes) from "));
        assertThat(console).anyMatch(e -> e.output() != null && e.output().startsWith("second receive: second datagram"));
        assertThat(model.sockets().rows()).extracting(SocketRow::name).contains("a", "b");
        assertThat(model.sockets().rows()).allMatch(r -> r.socket().isClosed());
        assertThat(text("#sample-position")).isEqualTo("all 10 forms run");
    }
}
