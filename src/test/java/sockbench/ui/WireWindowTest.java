package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.Line;
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
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.workbench.Ui;
import sockbench.ui.workbench.Workbench;

/**
 * The Wire view captures a loopback pair made in the window and draws its handshake as a ladder; console
 * forms head the segments they caused, and the lanes' states are the kernel's.
 */
class WireWindowTest extends WindowTest {

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

    /** Opens the Wire view and waits for its capture; skips the test without CAP_NET_RAW. */
    private void captureStarted() {
        click("#nav-" + Workbench.WIRE);
        waitUntil("the capture starts or says why not", () -> robot.lookup("#wire-capture").queryAs(ToggleButton.class).isSelected()
                || ((Label) robot.lookup("#wire-message").query()).getText().contains("CAP_NET_RAW"));
        assumeFalse(((Label) robot.lookup("#wire-message").query()).getText().contains("CAP_NET_RAW"), "no CAP_NET_RAW here");
    }

    /** Runs one form on the console line, as typed, and waits for it to end. */
    private void run(String form) {
        int before = model.transcript().entries().size();
        WaitForAsyncUtils.asyncFx(() -> {
            model.console().textProperty().set(form);
            model.console().submit();
        });
        waitUntil("the form " + form + " ends", () -> model.transcript().entries().size() > before
                && model.transcript().entries().get(before).isFinished());
        assertThat(model.transcript().entries().get(before).status()).as(form).isEqualTo(TranscriptEntry.Status.DONE);
    }

    private List<Text> nodes(String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Text.class).stream().filter(Node::isVisible).toList(); // drawn: the pool hides its spares
    }

    /** The nodes under {@code root} in the order they are drawn (a parent's children in order, depth first). */
    private static List<Node> inDrawingOrder(Node root) {
        List<Node> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.add(n);
            if (n instanceof javafx.scene.Parent p) {
                List<Node> children = p.getChildrenUnmodifiable();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
        return out;
    }

    /** The baseline of the ladder row a label is drawn on. */
    private static double row(Text label) {
        return label.getY() + 4;
    }

    /** The bracket of the form whose head shows this text. */
    private Line bracketOf(String formText) {
        Text head = nodes("wire-form").stream().filter(t -> t.getText().equals("▸ " + formText)).findFirst()
                .orElseThrow(() -> new AssertionError("no form head " + formText + " in " + texts("wire-form")));
        return find("@" + ((String) head.getProperties().get(Ui.NAME)).replace("wire-form-head-", "wire-form-"));
    }

    private static boolean holds(Line bracket, Text label) {
        return row(label) >= bracket.getStartY() && row(label) <= bracket.getEndY();
    }

    /** The event text drawn on the same row as the lane state {@code state}, for each such state. */
    private List<String> eventsBeside(String state) {
        List<String> out = new java.util.ArrayList<>();
        for (Text t : nodes("wire-state-text")) {
            if (t.getText().equals(state)) {
                nodes("wire-event").stream().filter(e -> e.getY() == t.getY()).forEach(e -> out.add(e.getText()));
            }
        }
        return out;
    }

    @Test
    void should_head_the_segments_of_each_console_form_with_that_form_and_read_the_lane_states_from_the_kernel() {
        // given the Wire view capturing and a listener made in the console
        captureStarted();
        run("(define l (socket af/inet sock/stream))");
        run("(socket-bind l (inet-address \"127.0.0.1\" #f))");
        run("(socket-listen l 1)");
        run("(define c (socket af/inet sock/stream))");

        // when the console connects, accepts, sends and closes, one form at a time
        run("(socket-connect c (socket-name l))");
        run("(define s (socket-accept l))");
        run("(socket-send c \"hello\")");
        waitUntil("the data is drawn", () -> texts("wire-label").contains("PSH|ACK seq=1:6 len=5"));
        run("(socket-receive s 5)"); // read: a close with unread data would answer with RST, not FIN
        run("(socket-close c)");
        waitUntil("the client's FIN is drawn", () -> texts("wire-label").stream().anyMatch(t -> t.startsWith("FIN")));

        // then the handshake's three segments lie in the connect form's bracket, the data in the send's
        Line connect = bracketOf("(socket-connect c (socket-name l))");
        Line send = bracketOf("(socket-send c \"hello\")");
        Line close = bracketOf("(socket-close c)");
        Text syn = nodes("wire-label").stream().filter(t -> t.getText().startsWith("SYN seq=0")).findFirst().orElseThrow();
        Text synAck = nodes("wire-label").stream().filter(t -> t.getText().startsWith("SYN|ACK")).findFirst().orElseThrow();
        Text data = nodes("wire-label").stream().filter(t -> t.getText().equals("PSH|ACK seq=1:6 len=5")).findFirst().orElseThrow();
        Text fin = nodes("wire-label").stream().filter(t -> t.getText().startsWith("FIN")).findFirst().orElseThrow();
        assertThat(holds(connect, syn)).as("SYN in the connect form").isTrue();
        assertThat(holds(connect, synAck)).as("SYN|ACK in the connect form").isTrue();
        assertThat(holds(connect, data)).as("the data not in the connect form").isFalse();
        assertThat(holds(send, data)).as("the data in the send form").isTrue();
        assertThat(holds(send, syn)).as("the SYN not in the send form").isFalse();
        assertThat(holds(close, fin)).as("the FIN in the close form").isTrue();
        // the accept put nothing on the wire: its form heads only its own call
        assertThat(texts("wire-form")).contains("▸ (define s (socket-accept l))");

        // and the client lane's ESTABLISHED was read from its socket's tcp_info (the server's end, not accepted yet
        // when the handshake ended, from the kernel's table or, once accepted, its tcp_info), never guessed
        assertThat(eventsBeside("ESTABLISHED")).hasSize(2).allMatch(e -> e.endsWith("· tcp_info") || e.endsWith("· kernel table"))
                .anyMatch(e -> e.endsWith("· tcp_info"));

        // when the server closes too, the client (which closed first, its fd gone) waits in TIME_WAIT, as the kernel's table says
        run("(socket-close s)");
        try {
            waitUntil("the client's TIME_WAIT is read from the kernel's table",
                    () -> eventsBeside("TIME_WAIT").stream().anyMatch(e -> e.endsWith("· kernel table")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the lanes say " + texts("wire-state-text") + " " + texts("wire-event"), e);
        }
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.chart.LineChart<Number, Number> chart(String id) {
        return robot.lookup(id).queryAs(javafx.scene.chart.LineChart.class);
    }

    /** The newest sample's time on the chart's x axis, or -1 before the first. */
    private double lastSampleT(String id) {
        var data = chart(id).getData().get(0).getData();
        return data.isEmpty() ? -1 : data.get(data.size() - 1).getXValue().doubleValue();
    }

    @Test
    void should_mark_the_segments_on_the_plots_where_they_happened_on_the_samples_clock() throws Exception {
        // given a connected pair made in the console, and the plots sampling its client
        captureStarted();
        run("(define l (socket af/inet sock/stream))");
        run("(socket-bind l (inet-address \"127.0.0.1\" #f))");
        run("(socket-listen l 1)");
        run("(define c (socket af/inet sock/stream))");
        run("(socket-connect c (socket-name l))");
        run("(define s (socket-accept l))");
        robot.clickOn("Plots");
        click("#wire-plots-sample");
        waitUntil("two samples", () -> chart("#wire-plot-tcp").getData().get(0).getData().size() >= 2);

        // when the client sends, between two samples
        double before = lastSampleT("#wire-plot-tcp");
        run("(socket-send c \"hello\")");
        waitUntil("the data is drawn", () -> texts("wire-label").contains("PSH|ACK seq=1:6 len=5"));
        double sent = lastSampleT("#wire-plot-tcp");
        waitUntil("a sample after the send", () -> lastSampleT("#wire-plot-tcp") > sent);
        double after = lastSampleT("#wire-plot-tcp");
        click("#wire-plots-sample"); // sampling stops: the axes stay still while the marks are measured

        // then each chart marks the data segment at an instant between those samples, drawn where its axis puts that instant
        for (String id : List.of("#wire-plot-tcp", "#wire-plot-queues", "#wire-plot-throughput")) {
            waitUntil("the marks are laid out on " + id, () -> chart(id).lookupAll(".wire-plot-mark").stream().anyMatch(Node::isVisible));
            List<Line> marks = chart(id).lookupAll(".wire-plot-mark").stream().filter(Node::isVisible).map(Line.class::cast).toList();
            Line data = marks.stream().filter(l -> l.getStyleClass().contains("data")).findFirst()
                    .orElseThrow(() -> new AssertionError("no data mark on " + id));
            sockbench.ui.wire.WirePlotsViewModel.Mark m = (sockbench.ui.wire.WirePlotsViewModel.Mark) data.getUserData();
            assertThat(m.label()).isEqualTo("PSH|ACK seq=1:6 len=5");
            assertThat(m.t()).as("the send's instant on the samples' clock").isBetween(before, after);
            double[] xs = WaitForAsyncUtils.asyncFx(() -> new double[] {data.getStartX(),
                ((javafx.scene.chart.NumberAxis) chart(id).getXAxis()).getDisplayPosition(m.t())}).get();
            assertThat(xs[0]).as("drawn at the axis position of its instant").isCloseTo(xs[1], org.assertj.core.data.Offset.offset(0.5));
            // the handshake came before sampling began: no mark of it
            assertThat(marks).noneMatch(l -> l.getStyleClass().contains("syn"));
        }
    }

    private List<String> texts(String styleClass) {
        return nodes(styleClass).stream().map(Text::getText).toList();
    }

    @Test
    void should_draw_the_handshake_of_a_loopback_pair_with_its_calls_and_states() {
        // given the Wire view open: its capture starts
        captureStarted();

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
        Text synLabel = nodes("wire-label").get(0);
        Node synAck = find("@wire-segment-1");
        reveal(synAck);
        robot.clickOn(synAck);
        WaitForAsyncUtils.waitForFxEvents();
        // the selection redrew the ladder with the nodes it had (styled once, moved since), none with a CSS
        // id of its own segment or form: style caches never forget an id
        Node band = find("@wire-segment-1");
        assertThat(band.getStyleClass()).contains("selected");
        // its band, made after the labels, is still drawn under them and the arrows
        List<Node> drawn = inDrawingOrder(robot.lookup("#wire-ladder").query());
        Text synAckLabel = nodes("wire-label").stream().filter(t -> t.getText().startsWith("SYN|ACK")).findFirst().orElseThrow();
        assertThat(drawn.indexOf(band)).isLessThan(drawn.indexOf(synAckLabel));
        assertThat(nodes("wire-label")).first().isSameAs(synLabel);
        assertThat(synLabel.getText()).startsWith("SYN seq=0");
        assertThat(robot.lookup((Node n) -> n.getId() != null && n.getId().matches("wire-(segment|form)-.*")).queryAll()).isEmpty();

        // then its header fields are listed with offsets, bytes and values
        TableView<HeaderField> fields = robot.lookup("#wire-fields").queryTableView();
        assertThat(fields.getItems()).anyMatch(f -> f.name().equals("flags") && f.value().equals("SYN|ACK"));
        HeaderField ack = fields.getItems().stream().filter(f -> f.name().equals("acknowledgment number")).findFirst().orElseThrow();
        assertThat(ack.offset()).isEqualTo(14 + 20 + 8);
        assertThat(ack.length()).isEqualTo(4);
    }

    @Test
    void should_draw_the_ladder_in_the_windows_type_in_presentation_mode_with_the_details_folded_until_asked() throws Exception {
        // given the Wire view capturing a handshake, in normal type: the details beside the ladder
        captureStarted();
        assertThat(robot.lookup("#wire-side").tryQuery()).as("the details beside the ladder at normal type").isPresent();
        click("#nav-" + Workbench.SOCKETS);
        click("#loopback-pair");
        click("#nav-" + Workbench.WIRE);
        waitUntil("the handshake is drawn", () -> texts("wire-label").size() >= 3);

        // when the teacher switches to presentation mode at 1280x800
        WaitForAsyncUtils.asyncFx(() -> workbench.theme().presentationProperty().set(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            double type = workbench.theme().fontSizeProperty().get();
            assertThat(type).isGreaterThanOrEqualTo(24);
            // then the details fold away, and the ladder's texts are the window's type on screen
            waitUntil("the details fold", () -> robot.lookup("#wire-side").tryQuery().isEmpty());
            Node ladder = robot.lookup("#wire-ladder").query();
            waitUntil("the ladder is redrawn at the window's type", () -> shownSize(nodes("wire-label").get(0)) >= type - 0.5,
                    () -> "label shown at " + shownSize(nodes("wire-label").get(0)) + " px in a ladder " + ladder.getLayoutBounds().getWidth() + " px wide");
            for (String style : List.of("wire-label", "wire-call", "wire-time", "wire-state-text", "wire-lane-title")) {
                for (Text t : nodes(style)) {
                    assertThat(shownSize(t)).as("%s \"%s\" on screen, px", style, t.getText()).isGreaterThanOrEqualTo(type - 0.5);
                }
            }
            // and nothing of the ladder reaches past its right edge
            double edge = ladder.localToScene(ladder.getLayoutBounds()).getMaxX();
            for (String style : List.of("wire-label", "wire-call", "wire-state-text", "wire-event", "wire-lane-title", "wire-kernel")) {
                for (Text t : nodes(style)) {
                    assertThat(t.localToScene(t.getLayoutBounds()).getMaxX()).as("the right end of %s \"%s\"", style, t.getText())
                            .isLessThanOrEqualTo(edge);
                }
            }

            // when the person clicks a segment, the details open with its header fields
            Node syn = find("@wire-segment-0");
            reveal(syn);
            robot.clickOn(syn);
            WaitForAsyncUtils.waitForFxEvents();
            waitUntil("the details open", () -> robot.lookup("#wire-side").tryQuery().isPresent());
            TableView<HeaderField> fields = robot.lookup("#wire-fields").queryTableView();
            assertThat(fields.getItems()).anyMatch(f -> f.name().equals("flags") && f.value().equals("SYN"));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> workbench.theme().presentationProperty().set(false)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** A text's type size as it shows on screen: its font under the ladder's scale. */
    private static double shownSize(Text t) {
        return t.getFont().getSize() * t.getLocalToSceneTransform().getMyy();
    }
}
