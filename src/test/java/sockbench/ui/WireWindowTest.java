package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sockbench.net.SocketState;
import sockbench.net.wire.HeaderField;
import sockbench.ui.workbench.Workbench;

/** The Wire view captures a loopback pair made in the window and draws its handshake as a ladder. */
class WireWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    @AfterEach
    void stopCapture() {
        if (robot != null && robot.lookup("#wire-capture").tryQuery().isPresent()) {
            WaitForAsyncUtils.asyncFx(() -> {
                ToggleButton b = robot.lookup("#wire-capture").query();
                if (b.isSelected()) {
                    b.fire();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private List<String> texts(String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    @Test
    void should_draw_the_handshake_of_a_loopback_pair_with_its_calls_and_states() {
        // given the Wire view open: its capture starts
        click("#nav-" + Workbench.WIRE);
        waitUntil("the capture starts or says why not", () -> robot.lookup("#wire-capture").queryAs(ToggleButton.class).isSelected()
                || ((Label) robot.lookup("#wire-message").query()).getText().contains("CAP_NET_RAW"));
        assumeFalse(((Label) robot.lookup("#wire-message").query()).getText().contains("CAP_NET_RAW"), "no CAP_NET_RAW here");

        // when a loopback pair is made
        click("#nav-" + Workbench.SOCKETS);
        click("#loopback-pair");
        // (the capture's own af/packet socket is a row of the table too)
        waitUntil("the pair is connected", () -> {
            var pair = model.sockets().rows().stream()
                    .filter(r -> r.socket().type() == sockbench.net.Constants.require("sock/stream")).toList();
            return pair.size() == 3 && pair.get(2).state() == SocketState.CONNECTED;
        });
        click("#nav-" + Workbench.WIRE);

        // then the ladder shows the three segments of the handshake, in order, between the two lanes
        waitUntil("the handshake is drawn", () -> texts("wire-label").size() >= 3);
        List<String> labels = texts("wire-label");
        assertThat(labels.get(0)).startsWith("SYN seq=0 win=").contains("mss=");
        assertThat(labels.get(1)).startsWith("SYN|ACK seq=0 ack=1 win=");
        assertThat(labels.get(2)).isEqualTo("ACK ack=1");
        // the client's connect on its lane, the listener's accept on the other, and both ends ESTABLISHED
        waitUntil("the calls are drawn", () -> texts("wire-call").stream().anyMatch(t -> t.startsWith("accept")));
        assertThat(texts("wire-call")).anyMatch(t -> t.startsWith("connect"));
        assertThat(texts("wire-state-text")).containsSubsequence("SYN_SENT", "ESTABLISHED");
        assertThat(texts("wire-state-text").stream().filter("ESTABLISHED"::equals)).hasSize(2);
        // the state diagram lights ESTABLISHED for both ends
        Node established = robot.lookup("#wire-state-ESTABLISHED").query();
        assertThat(established.getStyleClass()).contains("lit-left", "lit-right");

        // when the person clicks the SYN|ACK
        Node synAck = robot.lookup("#wire-segment-1").query();
        reveal(synAck);
        robot.clickOn(synAck);
        WaitForAsyncUtils.waitForFxEvents();

        // then its header fields are listed with offsets, bytes and values
        TableView<HeaderField> fields = robot.lookup("#wire-fields").queryTableView();
        assertThat(fields.getItems()).anyMatch(f -> f.name().equals("flags") && f.value().equals("SYN|ACK"));
        HeaderField ack = fields.getItems().stream().filter(f -> f.name().equals("acknowledgment number")).findFirst().orElseThrow();
        assertThat(ack.offset()).isEqualTo(14 + 20 + 8);
        assertThat(ack.length()).isEqualTo(4);
    }
}
