package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.net.SocketState;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transfer.ReceiveView;
import sockbench.ui.workbench.Workbench;

class TransferWindowTest extends WindowTest {

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

    private String received(String name) {
        return robot.lookup("#receive-view-" + name).<ReceiveView>query().text();
    }

    /** The loopback pair in the transfer view: s1 listens, s2 is the client (left), s3 the server (right). */
    void loopbackPairInTransferView() {
        click("#nav-" + Workbench.TRANSFER);
        click("#transfer-loopback-pair");
        waitUntil("the pair is connected and side by side", () -> {
            SocketRow left = model.transfers().leftProperty().get();
            SocketRow right = model.transfers().rightProperty().get();
            return left != null && right != null && left.name().equals("s2") && right.name().equals("s3")
                    && left.state() == SocketState.CONNECTED && robot.lookup("#receive-view-s3").tryQuery().isPresent();
        });
    }

    @Test
    void should_exchange_text_and_hex_both_ways_over_a_loopback_pair() {
        // given a loopback pair side by side, both ends receiving live
        loopbackPairInTransferView();
        click("#live-s2");
        click("#live-s3");
        waitUntil("both ends receive live", () -> robot.lookup("#live-s2").<ToggleSwitch>query().isSelected()
                && model.transfers().of(model.transfers().rightProperty().get()).liveProperty().get());

        // when the client sends text with escapes, and the server answers in hex
        type("#payload-s2", "hello\\r\\n");
        click("#send-s2");
        click("#encoding-hex-s3");
        type("#payload-s3", "de ad be ef 00 ff");
        click("#send-all-s3");

        // then each side shows the other's bytes as a received block, hex and text side by side
        waitUntil("the server shows the client's text", () -> received("s3").contains("68 65 6c 6c 6f 0d 0a"));
        waitUntil("the client shows the server's bytes", () -> received("s2").contains("de ad be ef 00 ff"));
        assertThat(received("s3")).contains("recv #1 · 7 bytes at stream offset 0").contains("hello..");
        assertThat(received("s2")).contains("recv #1 · 6 bytes at stream offset 0");
        waitUntil("the totals count both directions", () -> text("#totals-s2").equals("sent 7 B · received 6 B · here 1 send, 1 receive")
                && text("#totals-s3").equals("sent 6 B · received 7 B · here 1 send, 1 receive"));
        assertThat(forms()).contains("(socket-send s2 \"hello\\r\\n\")", "(socket-send-all s3 #${deadbeef00ff})");
    }

    @Test
    void should_count_the_bytes_the_console_sends_and_receives_on_a_pane_s_socket() {
        // given a loopback pair side by side, the server receiving live, and one send from the pane
        loopbackPairInTransferView();
        click("#live-s3");
        waitUntil("the server receives live", () -> model.transfers().of(model.transfers().rightProperty().get()).liveProperty().get());
        type("#payload-s2", "abc");
        click("#send-s2");
        waitUntil("the pane's send arrived", () -> text("#totals-s3").startsWith("sent 0 B · received 3 B"));

        // when the console sends on the client's socket, and receives on the client's socket
        type("#console-input", "(socket-send-all s2 (make-string 1000 #\\x))");
        robot.push(KeyCode.ENTER);
        waitUntil("the console's send is done", () -> lastEntry().form().startsWith("(socket-send-all s2")
                && lastEntry().status() == TranscriptEntry.Status.DONE);
        type("#console-input", "(socket-send s3 \"hello\")");
        robot.push(KeyCode.ENTER);
        type("#console-input", "(socket-receive s2 5)");
        robot.push(KeyCode.ENTER);
        waitUntil("the console's receive is done", () -> lastEntry().form().equals("(socket-receive s2 5)")
                && lastEntry().status() == TranscriptEntry.Status.DONE);

        // then the counters are the sockets' bytes, the console's included; the calls are the pane's own
        waitUntil("the client counts the console's bytes", () -> text("#totals-s2").equals("sent 1,003 B · received 5 B · here 1 send, 0 receives"));
        waitUntil("the server counts what the live receive got", () -> text("#totals-s3").startsWith("sent 5 B · received 1,003 B · here 0 sends"));
        assertThat(lastEntry().result()).isEqualTo("\"hello\"");
    }
}
