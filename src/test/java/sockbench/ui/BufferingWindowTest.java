package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sockbench.net.PortEvent;
import sockbench.net.SocketState;
import sockbench.ui.buffering.PortStep;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.Workbench;

class BufferingWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    /** A loopback pair (s1 listens, s2 the client, s3 the server), then the buffering view of s2. */
    private void bufferingOfAClient() {
        click("#loopback-pair");
        String[] seen = {"nothing yet"};
        try {
            waitUntil("the pair is connected, the client selected, its other end known", () -> {
                SocketRow s = model.sockets().selected();
                // what the rows said last, should the wait time out
                seen[0] = model.sockets().rows().stream().map(r -> r.name() + " " + r.state() + " " + r.local() + " -> " + r.peer())
                        .toList() + ", selected " + (s == null ? "none" : s.name()) + ", peer " + model.buffering().peerProperty().get();
                return s != null && s.name().equals("s2") && s.state() == SocketState.CONNECTED
                        && model.buffering().peerProperty().get() != null;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last seen: " + seen[0], e);
        }
        click("#nav-" + Workbench.BUFFERING);
    }

    private void typeAndEnter(String id, String text) {
        type(id, text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void should_send_one_1024_byte_block_and_keep_2_bytes_when_writing_500_then_526_through_a_512_byte_buffer() {
        // given the client's ports opened with a 512-byte send buffer
        bufferingOfAClient();
        type("#send-buffer-size", "512");
        click("#open-ports");
        waitUntil("the ports are open", () -> model.buffering().portsOpenProperty().get());

        // when 500 bytes are written, then 526 more
        type("#write-text", "a");
        typeAndEnter("#write-repeat .text-field", "500");
        click("#write");
        waitUntil("500 bytes are in the buffer", () -> model.buffering().outFillProperty().get() == 500);
        type("#write-text", "b");
        typeAndEnter("#write-repeat .text-field", "526");
        click("#write");
        waitUntil("a send call happened", () -> model.buffering().calls(PortEvent.Kind.SEND) == 1
                && model.buffering().outFillProperty().get() == 2);

        // then the timeline shows one send-all and one send call of 1024 bytes (two whole blocks), and 2 bytes kept
        assertThat(model.buffering().timeline()).extracting(PortStep::label)
                .containsExactly("write 500", "write 526", "send-all 1024", "send 1024");
        assertThat(robot.lookup(".step-send .step-bytes").<Label>queryAll()).extracting(Label::getText).containsExactly("1024");
        assertThat(text("#output-kept")).startsWith("2 of 512 bytes kept");
        assertThat(robot.lookup("#output-blocks .block-label").<Label>queryAll()).extracting(Label::getText)
                .containsExactly("512 B sent", "512 B sent", "2 B kept");
        assertThat(forms()).contains(
                "(define-values (s2-in s2-out) (parameterize ((socket-send-buffer-size 512) (socket-send-size 16384) "
                        + "(socket-receive-buffer-size 4096)) (socket-i/o-ports s2)))",
                "(write-string (make-string 500 #\\a) #f s2-out)",
                "(write-string (make-string 526 #\\b) #f s2-out)");
    }

    @Test
    void should_raise_the_senders_send_queue_when_the_reader_stops_and_drain_it_when_the_reader_resumes() {
        // given the client streaming 64 KiB writes through unbuffered ports, the server reading live
        bufferingOfAClient();
        click("#open-ports");
        waitUntil("the ports are open", () -> model.buffering().portsOpenProperty().get());
        type("#write-text", "x");
        typeAndEnter("#write-repeat .text-field", "65536");
        click("#peer-reading");
        waitUntil("the server reads live", () -> model.buffering().peerReadingProperty().get());
        click("#stream");
        SocketRow server = model.buffering().peerProperty().get();
        waitUntil("the server receives the stream", () -> model.transfers().of(server).bytesReceivedProperty().get() > 1_000_000);

        // when the server stops reading
        click("#peer-reading");
        waitUntil("the server stopped reading", () -> !model.transfers().of(server).liveProperty().get());

        // then its receive queue fills, then the client's send queue: the gauge rises and writes stall
        ProgressBar sendQueue = robot.lookup("#send-queue-self").query();
        waitUntil("the client's send-queue gauge rises", () -> sendQueue.getProgress() > 0.25
                && model.buffering().peerKernel().receiveQueuedProperty().get() > 0);
        assertThat(text("#send-queue-text-self")).doesNotStartWith("0 /");

        // and when the stream stops and the server reads again, both queues drain
        click("#stream");
        click("#peer-reading");
        waitUntil("the queues drain", () -> model.buffering().selfKernel().sendQueuedProperty().get() == 0
                && model.buffering().peerKernel().receiveQueuedProperty().get() == 0 && sendQueue.getProgress() == 0);
    }
}
