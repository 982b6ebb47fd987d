package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.explore.PayloadLibrary;
import sockbench.ui.explorer.ClientRow;
import sockbench.ui.explorer.ExplorerView;
import sockbench.ui.explorer.ExplorerViewModel;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.workbench.Workbench;

class ExplorerWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        PayloadLibrary.shared().clear();
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

    private ExplorerViewModel explorerModel;

    /** The explorer's model, found while its view is shown (only the shown view is in the scene). */
    private ExplorerViewModel explorer() {
        if (explorerModel == null) {
            explorerModel = robot.lookup("#explorer-view").<ExplorerView>query().model();
        }
        return explorerModel;
    }

    /** Clicks the one-click echo server and waits until it answers. */
    private int echoServer() throws Exception {
        showExplorer();
        click("#explorer-echo-server");
        waitUntil("the responder runs", () -> explorer().responderProperty().get() != null);
        return explorer().responderProperty().get().socket().name().port();
    }

    @Test
    void should_answer_a_jdk_client_after_one_click_and_list_it_with_its_counts() throws Exception {
        // given the one-click loopback echo server
        int port = echoServer();
        assertThat(forms()).contains("(define s1 (socket af/inet sock/stream))", "(socket-bind s1 (inet-address \"127.0.0.1\" 0))",
                "(socket-listen s1 16)", "(define r1 (responder-start s1 'echo))");

        // when a client sends to it
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", port)) {
            c.setSoTimeout(10_000);
            c.getOutputStream().write("hello".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = c.getInputStream();
            // then it answers, and the client list counts the block and the reply
            assertThat(new String(in.readNBytes(5), StandardCharsets.ISO_8859_1)).isEqualTo("hello");
            waitUntil("the client is listed with its counts", () -> {
                var items = robot.lookup("#responder-clients").<TableView<ClientRow>>query().getItems();
                return items.size() == 1 && items.get(0).replies() == 1 && items.get(0).bytesIn() == 5;
            });
        }
        // and Stop stops it, as its form
        click("#responder-stop");
        waitUntil("stopped", () -> !explorer().responderProperty().get().isRunning());
        assertThat(forms()).contains("(responder-stop r1)");
    }

    /** The header's Explorer button, then waits until the view is the one shown. */
    private void showExplorer() throws Exception {
        click("#nav-" + ExplorerView.NAME);
        if (!robot.lookup("#explorer-view").query().isVisible()) {
            // a first click on a freshly shown stage may only focus it
            WaitForAsyncUtils.asyncFx(() -> workbench.show(ExplorerView.NAME)).get();
        }
        waitUntil("the Explorer is shown", () -> robot.lookup("#explorer-view").query().isVisible());
    }

    @Test
    void should_show_a_bad_regex_at_the_field_and_send_nothing() throws Exception {
        showExplorer();
        int entries = model.transcript().entries().size();
        WaitForAsyncUtils.asyncFx(() -> explorer().ruleKindProperty().set("regex"));
        type("#rule-pattern", "GET (");
        click("#rule-add");
        assertThat(text("#responder-error")).contains("regex does not compile");
        assertThat(explorer().rules()).isEmpty();
        assertThat(model.transcript().entries()).hasSize(entries);
    }

    @Test
    void should_save_a_payload_and_send_it_from_the_library() throws Exception {
        int port = echoServer();
        Socket client = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/stream"));
        client.connect(SockAddr.inet("127.0.0.1", port));
        waitUntil("the client is in the sockets panel", () -> model.sockets().rows().stream().anyMatch(r -> r.socket() == client));
        WaitForAsyncUtils.asyncFx(() -> explorer().socketProperty().set(model.sockets().rowFor(client))).get();
        String name = model.sockets().names().nameOf(client);

        // when a payload is composed, saved and sent from the library
        type("#payload-name", "greeting");
        type("#payload-text", "hi\\r\\n");
        click("#payload-save");
        waitUntil("the library lists it", () -> robot.lookup("#payload-list").<ListView<?>>query().getItems().size() == 1);
        assertThat(forms()).contains("(payload-define 'greeting \"hi\\r\\n\" mode: 'escapes)");
        robot.clickOn("greeting  \"hi\\r\\n\"");
        click("#payload-send");

        // then it goes out on the socket (and the echo server sends it back)
        waitUntil("sent", () -> forms().contains("(payload-send " + name + " 'greeting)"));
        assertThat(client.receive(4, 0)).isEqualTo("hi\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PayloadLibrary.shared().get("greeting")).isPresent();
        PayloadLibrary.shared().clear();
    }

    @Test
    void should_repeat_exactly_count_times_and_show_the_rate() throws Exception {
        int port = echoServer();
        Socket client = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/stream"));
        client.connect(SockAddr.inet("127.0.0.1", port));
        waitUntil("the client is in the sockets panel", () -> model.sockets().rows().stream().anyMatch(r -> r.socket() == client));
        WaitForAsyncUtils.asyncFx(() -> explorer().socketProperty().set(model.sockets().rowFor(client))).get();

        type("#repeat-payload", "n{n};");
        type("#repeat-count", "5");
        type("#repeat-every", "10");
        click("#repeat-start");
        waitUntil("the readout says done", () -> text("#repeat-status").startsWith("sent 5 of 5") && text("#repeat-status").endsWith("done"));
        assertThat(text("#repeat-status")).matches("sent 5 of 5 · [0-9.]+/s · done");
        byte[] expected = "n1;n2;n3;n4;n5;".getBytes(StandardCharsets.ISO_8859_1);
        byte[] got = new byte[expected.length];
        for (int off = 0; off < got.length; ) {
            off += client.receive(got, off, got.length, 0);
        }
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void should_show_a_running_responder_live_in_the_transfer_view_of_its_socket() throws Exception {
        // given the one-click echo server, answering a JDK client
        int port = echoServer();
        Socket listener = explorer().responderProperty().get().socket();
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", port)) {
            c.setSoTimeout(10_000);
            c.getOutputStream().write("hello".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(new String(c.getInputStream().readNBytes(5), StandardCharsets.ISO_8859_1)).isEqualTo("hello");

            // when the listener's transfer is shown
            WaitForAsyncUtils.asyncFx(() -> {
                model.sockets().selectedProperty().set(model.sockets().rowFor(listener));
                workbench.show(Workbench.TRANSFER);
            }).get();

            // then its responder is there, live: name, status and the client with its counts
            waitUntil("the responder strip lists the client", () -> {
                // the strip comes with the readouts' next refresh (four a second): not there yet is "not yet"
                var table = robot.lookup("#responder-left-clients").<TableView<ClientRow>>tryQuery();
                if (table.isEmpty()) {
                    return false;
                }
                var items = table.get().getItems();
                return items.size() == 1 && items.get(0).bytesIn() == 5 && items.get(0).replies() == 1;
            });
            assertThat(robot.lookup("#responder-left").query().isVisible()).isTrue();
            assertThat(text("#responder-left-status")).startsWith("responding · 1 clients · 1 received · 1 replies");
            c.getOutputStream().write("again".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.getInputStream().readNBytes(5)).hasSize(5);
            waitUntil("the counts follow", () -> text("#responder-left-status").contains("2 received · 2 replies"));
        }
        // and once stopped it says so where the transfer is
        WaitForAsyncUtils.asyncFx(() -> explorer().stopResponder()).get();
        waitUntil("stopped", () -> text("#responder-left-status").startsWith("stopped"));
        // a socket without a responder shows none
        Socket other = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/dgram"));
        waitUntil("the other socket is in the sockets panel", () -> model.sockets().rowFor(other) != null);
        WaitForAsyncUtils.asyncFx(() -> model.sockets().selectedProperty().set(model.sockets().rowFor(other))).get();
        waitUntil("no strip for it", () -> !robot.lookup("#responder-left").query().isVisible());
    }

    @Test
    void should_show_a_responder_the_console_started_live_in_the_transfer_view() throws Exception {
        // given a datagram socket on loopback, answered by an echo responder started in the console
        for (String form : new String[] {"(define u (socket af/inet sock/dgram))",
                "(socket-bind u (inet-address \"127.0.0.1\" 0))", "(define r (responder-start u 'echo))"}) {
            type("#console-input", form);
            robot.type(javafx.scene.input.KeyCode.ENTER);
            waitUntil(form + " ran", () -> lastEntry().form().equals(form) && lastEntry().status() == TranscriptEntry.Status.DONE);
        }
        Socket u = model.sockets().rows().stream().map(row -> row.socket())
                .filter(s -> s.type() == sockbench.net.Constants.require("sock/dgram")).findFirst().orElseThrow();

        // when its transfer is shown and a JDK client sends a datagram
        WaitForAsyncUtils.asyncFx(() -> {
            model.sockets().selectedProperty().set(model.sockets().rowFor(u));
            workbench.show(Workbench.TRANSFER);
        }).get();
        try (java.net.DatagramSocket c = new java.net.DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"))) {
            c.setSoTimeout(10_000);
            byte[] ping = "ping".getBytes(StandardCharsets.ISO_8859_1);
            c.send(new java.net.DatagramPacket(ping, ping.length, java.net.InetAddress.getByName("127.0.0.1"), u.name().port()));
            java.net.DatagramPacket back = new java.net.DatagramPacket(new byte[16], 16);
            c.receive(back);
            assertThat(new String(back.getData(), 0, back.getLength(), StandardCharsets.ISO_8859_1)).isEqualTo("ping");

            // then the strip beside it shows the console's responder, live, with its client
            waitUntil("the strip counts the datagram", () -> robot.lookup("#responder-left").query().isVisible()
                    && text("#responder-left-status").startsWith("responding · 1 clients · 1 received · 1 replies"));
            assertThat(text("#responder-left-title")).startsWith("Responder from the console on ").endsWith(" · echo");
        }
        // and the console's stop shows there too
        type("#console-input", "(responder-stop r)");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("stopped", () -> text("#responder-left-status").startsWith("stopped"));
    }

    @Test
    void should_repeat_datagrams_to_the_target_given_for_an_unconnected_datagram_socket() throws Exception {
        showExplorer();
        try (java.net.DatagramSocket receiver = new java.net.DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"))) {
            receiver.setSoTimeout(10_000);
            Socket sender = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/dgram"));
            waitUntil("the sender is in the sockets panel", () -> model.sockets().rowFor(sender) != null);
            WaitForAsyncUtils.asyncFx(() -> explorer().socketProperty().set(model.sockets().rowFor(sender))).get();
            String name = model.sockets().names().nameOf(sender);

            type("#repeat-payload", "d{n}");
            type("#repeat-count", "3");
            type("#repeat-every", "10");
            type("#repeat-to", "127.0.0.1:" + receiver.getLocalPort());
            click("#repeat-start");

            // each repeat is one datagram to the target, exactly count of them
            for (int n = 1; n <= 3; n++) {
                java.net.DatagramPacket p = new java.net.DatagramPacket(new byte[64], 64);
                receiver.receive(p);
                assertThat(new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1)).isEqualTo("d" + n);
            }
            waitUntil("done", () -> text("#repeat-status").startsWith("sent 3 of 3") && text("#repeat-status").endsWith("done"));
            assertThat(forms()).contains("(define p1 (repeat-send " + name + " \"d{n}\" count: 3 every: 10 to: (inet-address \"127.0.0.1\" "
                    + receiver.getLocalPort() + ")))");
            assertThat(robot.lookup("#repeat-to-error").query().isVisible()).isFalse();
        }
    }

    @Test
    void should_refuse_a_bad_or_missing_repeat_target_at_the_field_and_send_nothing() throws Exception {
        showExplorer();
        Socket datagram = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/dgram"));
        waitUntil("the socket is in the sockets panel", () -> model.sockets().rowFor(datagram) != null);
        WaitForAsyncUtils.asyncFx(() -> explorer().socketProperty().set(model.sockets().rowFor(datagram))).get();
        String name = model.sockets().names().nameOf(datagram);
        int entries = model.transcript().entries().size();

        // no target for a datagram socket that is not connected
        type("#repeat-to", "");
        click("#repeat-start");
        assertThat(text("#repeat-to-error")).isEqualTo(name + " is a datagram socket that is not connected: give a target such as 127.0.0.1:9000");
        assertThat(robot.lookup("#repeat-to-error").query().isVisible()).isTrue();

        // text that is no address, and a port out of range
        type("#repeat-to", "nowhere");
        click("#repeat-start");
        assertThat(text("#repeat-to-error")).isEqualTo("target must be host:port or a unix path, not nowhere");
        type("#repeat-to", "127.0.0.1:70000");
        click("#repeat-start");
        assertThat(text("#repeat-to-error")).startsWith("target \"127.0.0.1:70000\": ").contains("70000");

        // a target on a stream socket
        Socket stream = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/stream"));
        waitUntil("the stream socket is in the sockets panel", () -> model.sockets().rowFor(stream) != null);
        WaitForAsyncUtils.asyncFx(() -> explorer().socketProperty().set(model.sockets().rowFor(stream))).get();
        type("#repeat-to", "127.0.0.1:9000");
        click("#repeat-start");
        assertThat(text("#repeat-to-error")).contains("is a stream socket");

        // nothing ran, nothing was sent
        assertThat(explorer().repeatProperty().get()).isNull();
        assertThat(model.transcript().entries()).hasSize(entries);
        assertThat(datagram.bytesSent()).isZero();
    }
}
