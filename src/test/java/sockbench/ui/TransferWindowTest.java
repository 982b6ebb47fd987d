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
        return ((ReceiveView) find("@receive-view-" + name)).text();
    }

    /** The loopback pair in the transfer view: s1 listens, s2 is the client (left), s3 the server (right). */
    void loopbackPairInTransferView() {
        click("#nav-" + Workbench.TRANSFER);
        click("#transfer-loopback-pair");
        waitUntil("the pair is connected and side by side", () -> {
            SocketRow left = model.transfers().leftProperty().get();
            SocketRow right = model.transfers().rightProperty().get();
            return left != null && right != null && left.name().equals("s2") && right.name().equals("s3")
                    && left.state() == SocketState.CONNECTED && tryFind("@receive-view-s3").isPresent();
        });
    }

    @Test
    void should_name_a_sockets_controls_without_css_ids_that_carry_its_name() {
        // given the loopback pair's panes side by side
        loopbackPairInTransferView();

        // then no node of the window has an id with a socket's name in it (JavaFX's style caches keep
        // each id they meet for good: one per socket grew the heap with every socket of a lesson) ...
        java.util.List<String> ids = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(WAIT_SECONDS * 1000, () -> {
            java.util.List<String> found = new java.util.ArrayList<>();
            collectIds(robot.lookup("#transfer-loopback-pair").query().getScene().getRoot(), found);
            return found;
        });
        assertThat(ids).isNotEmpty().noneMatch(id -> id.matches(".*-s\\d+(-.*)?"));
        // ... and each control is still found by its name, as a test or the demo finds it
        assertThat(tryFind("@send-s2")).isPresent();
        assertThat(tryFind("@receive-length-s3")).isPresent();
    }

    private static void collectIds(javafx.scene.Node n, java.util.List<String> ids) {
        if (n.getId() != null) {
            ids.add(n.getId());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectIds(c, ids));
        }
    }

    @Test
    void should_exchange_text_and_hex_both_ways_over_a_loopback_pair() {
        // given a loopback pair side by side, both ends receiving live
        loopbackPairInTransferView();
        click("@live-s2");
        click("@live-s3");
        waitUntil("both ends receive live", () -> ((ToggleSwitch) find("@live-s2")).isSelected()
                && model.transfers().of(model.transfers().rightProperty().get()).liveProperty().get());

        // when the client sends text with escapes, and the server answers in hex
        type("@payload-s2", "hello\\r\\n");
        click("@send-s2");
        click("@encoding-hex-s3");
        type("@payload-s3", "de ad be ef 00 ff");
        click("@send-all-s3");

        // then each side shows the other's bytes as a received block, hex and text side by side
        waitUntil("the server shows the client's text", () -> received("s3").contains("68 65 6c 6c 6f 0d 0a"));
        waitUntil("the client shows the server's bytes", () -> received("s2").contains("de ad be ef 00 ff"));
        assertThat(received("s3")).contains("recv #1 · 7 bytes at stream offset 0").contains("hello..");
        assertThat(received("s2")).contains("recv #1 · 6 bytes at stream offset 0");
        waitUntil("the totals count both directions", () -> text("@totals-s2").equals("sent 7 B · received 6 B · here 1 send, 1 receive")
                && text("@totals-s3").equals("sent 6 B · received 7 B · here 1 send, 1 receive"));
        assertThat(forms()).contains("(socket-send s2 \"hello\\r\\n\")", "(socket-send-all s3 #${deadbeef00ff})");
    }

    @Test
    void should_count_the_bytes_the_console_sends_and_receives_on_a_pane_s_socket() {
        // given a loopback pair side by side, the server receiving live, and one send from the pane
        loopbackPairInTransferView();
        click("@live-s3");
        waitUntil("the server receives live", () -> model.transfers().of(model.transfers().rightProperty().get()).liveProperty().get());
        type("@payload-s2", "abc");
        click("@send-s2");
        waitUntil("the pane's send arrived", () -> text("@totals-s3").startsWith("sent 0 B · received 3 B"));

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
        waitUntil("the client counts the console's bytes", () -> text("@totals-s2").equals("sent 1,003 B · received 5 B · here 1 send, 0 receives"));
        waitUntil("the server counts what the live receive got", () -> text("@totals-s3").startsWith("sent 5 B · received 1,003 B · here 0 sends"));
        assertThat(lastEntry().result()).isEqualTo("\"hello\"");
    }

    @Test
    void should_peek_wait_all_and_take_with_the_receive_card_s_own_flags() {
        // given a loopback pair, and the client's "hello" queued at the server
        loopbackPairInTransferView();
        type("@payload-s2", "hello");
        click("@send-s2");
        waitUntil("hello is queued at the server", () -> model.transfers().of(model.transfers().leftProperty().get()).sendCallsProperty().get() == 1);

        // when the server receives once with msg/peek from its receive card
        click("@show-receive-flags-s3");
        click("@receive-flag-peek-s3");
        click("@receive-s3");
        waitUntil("the peek is shown", () -> received("s3").contains("recv #1 · 5 bytes at stream offset 0 · msg/peek: still queued"));
        assertThat(forms()).contains("(socket-receive s3 4096 msg/peek)");
        waitUntil("the counter leaves the peeked bytes out", () -> text("@totals-s3").startsWith("sent 0 B · received 0 B"));

        // and live receive with msg/peek peeks once and stops, the bytes still queued
        click("@live-s3");
        waitUntil("live peeked once and stopped", () -> received("s3").contains("recv #2 · 5 bytes at stream offset 0 · msg/peek")
                && !model.transfers().of(model.transfers().rightProperty().get()).liveProperty().get());
        assertThat(text("@receive-status-s3")).startsWith("msg/peek: the bytes stay queued");

        // and without peek, with msg/waitall for 10 bytes, the kernel gives the 5 queued ones and takes them
        click("@receive-flag-peek-s3");
        click("@receive-flag-waitall-s3");
        type("@receive-length-s3 .text-field", "10");
        click("@receive-s3");
        waitUntil("the bytes are taken", () -> received("s3").contains(
                "recv #3 · 5 bytes at stream offset 0 · msg/waitall, yet 5 of 10: on a non-blocking socket the kernel gives what is queued"));
        assertThat(forms()).contains("(socket-receive s3 10 msg/waitall)");
        waitUntil("the counter has them now", () -> text("@totals-s3").startsWith("sent 0 B · received 5 B"));
    }

    @Test
    void should_time_every_block_and_filter_the_log_by_direction_and_text() {
        // given a pair: the server receives live and answers
        loopbackPairInTransferView();
        click("@live-s3");
        type("@payload-s2", "alpha");
        click("@send-s2");
        waitUntil("the server got alpha", () -> received("s3").contains("recv #1 · 5 bytes"));
        type("@payload-s3", "beta");
        click("@send-s3");
        waitUntil("the server's send is a block", () -> received("s3").contains("send #1 · 4 bytes sent"));

        // then each block starts with its time since the first, and its tooltip tells the wall clock and the peer
        String all = received("s3");
        assertThat(all).containsPattern("\\+0\\.000000 s  recv #1 · 5 bytes at stream offset 0")
                .containsPattern("\\+\\d+\\.\\d{6} s  send #1 · 4 bytes sent");
        ReceiveView view = find("@receive-view-s3");
        String tip = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(WAIT_SECONDS * 1000, () -> view.tooltipAt(all.indexOf("recv #1")));
        assertThat(tip).matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z from 127\\.0\\.0\\.1:\\d+\\n\\+0\\.000000 s after the first block");

        // when only the sent blocks are shown
        click("@filter-out-s3");
        waitUntil("only the send is shown", () -> received("s3").contains("send #1") && !received("s3").contains("recv #1"));

        // and when both directions are shown, filtered by text, then by hex digits
        click("@filter-both-s3");
        type("@filter-s3", "lph");
        waitUntil("only alpha is shown", () -> received("s3").contains("recv #1") && !received("s3").contains("send #1"));
        assertThat(received("s3")).contains("showing 1 of 2 kept blocks");
        type("@filter-s3", "62 65");
        waitUntil("only beta is shown", () -> received("s3").contains("send #1") && !received("s3").contains("recv #1"));

        // and when the filter is emptied, both blocks are back, in order, and new ones join
        type("@filter-s3", "");
        robot.push(KeyCode.BACK_SPACE);
        waitUntil("both are back", () -> received("s3").indexOf("recv #1") >= 0 && received("s3").indexOf("recv #1") < received("s3").indexOf("send #1"));
        type("@payload-s2", "gamma");
        click("@send-s2");
        waitUntil("the next block joins", () -> received("s3").contains("recv #2 · 5 bytes at stream offset 5"));
    }
}
