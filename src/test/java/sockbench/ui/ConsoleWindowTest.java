package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.net.SocketState;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transcript.TranscriptEntry;

/** The console line with the real Scheme console: what it makes joins the sockets panel. */
class ConsoleWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ConsoleEvaluator evaluator() {
        return new SchemeConsoleEvaluator();
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    @Test
    void should_show_a_socket_made_in_the_console_in_the_sockets_panel() {
        // given the console line
        // when the person defines a socket there
        type("#console-input", "(define s (socket af/inet sock/stream))");
        robot.push(KeyCode.ENTER);

        // then the socket appears in the panel in its printed form, and the transcript has the form
        waitUntil("the console's socket is in the panel", () -> model.sockets().rows().size() == 1);
        SocketRow row = model.sockets().rows().get(0);
        assertThat(row.printedProperty().get()).matches("#<socket fd:\\d+ af/inet sock/stream>");
        waitUntil("the form is done", () -> lastEntry().status() == TranscriptEntry.Status.DONE);
        assertThat(lastEntry().form()).isEqualTo("(define s (socket af/inet sock/stream))");

        // and when the console binds it, the panel shows its new state
        type("#console-input", "(socket-bind s (inet-address \"127.0.0.1\" 0))");
        robot.push(KeyCode.ENTER);
        waitUntil("the panel shows it bound", () -> row.state() == SocketState.BOUND && row.local().startsWith("127.0.0.1:"));
    }

    @Test
    void should_know_the_window_s_sockets_by_their_names_in_the_console() {
        // given a socket made with the window's Create button, named s1 in the transcript
        click("#create");
        waitForFirstSocket();

        // when the console uses s1
        type("#console-input", "(socket-type s1)");
        robot.push(KeyCode.ENTER);

        // then it is the same socket
        waitUntil("the console answers", () -> lastEntry().form().equals("(socket-type s1)")
                && lastEntry().status() == TranscriptEntry.Status.DONE);
        assertThat(lastEntry().result()).isEqualTo("1");
    }

    @Test
    void should_explain_a_console_error_and_keep_going() {
        type("#console-input", "(socket-connect (socket af/inet sock/stream) (inet-address \"300.1.1.1\" 80))");
        robot.push(KeyCode.ENTER);
        waitUntil("the error is shown", () -> lastEntry().status() == TranscriptEntry.Status.FAILED);

        type("#console-input", "(+ 1 2)");
        robot.push(KeyCode.ENTER);
        waitUntil("the next form runs", () -> lastEntry().status() == TranscriptEntry.Status.DONE
                && lastEntry().form().equals("(+ 1 2)"));
    }
}
