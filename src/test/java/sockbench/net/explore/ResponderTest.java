package sockbench.net.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.net.NetException;
import sockbench.net.Socket;

/** Responders answering python3 and the JDK's own sockets on loopback. */
class ResponderTest {
    private Socket server;
    private Responder responder;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (responder != null) {
            responder.stop();
            assertThat(responder.await(10_000)).as("responder ended after stop").isTrue();
        }
        if (server != null) {
            server.closeQuietly();
        }
    }

    private static final String TCP_CLIENT = String.join("\n",
            "import socket, sys",
            "c = socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=10)",
            "for word in sys.argv[2:]:",
            "    c.sendall(word.encode())",
            "    got = b''",
            "    while len(got) < len(word): got += c.recv(100)",
            "    print(got.decode())",
            "c.close()");

    @Test
    void echoes_each_block_to_a_python_client_and_counts_it() throws Exception {
        server = Sockets.listener();
        responder = Responder.start(server, Reply.echo(), 0, Responder.DEFAULT_BUFFER);
        try (Python client = new Python(TCP_CLIENT, "" + Sockets.port(server), "hello", "world!")) {
            assertThat(client.line()).isEqualTo("hello");
            assertThat(client.line()).isEqualTo("world!");
            assertThat(client.exit()).isZero();
        }
        Eventually.until("client ended", () -> !responder.clients().get(0).isOpen());
        ClientCounters c = responder.clients().get(0);
        assertThat(c.blocksIn()).isEqualTo(2);
        assertThat(c.bytesIn()).isEqualTo(11);
        assertThat(c.replies()).isEqualTo(2);
        assertThat(c.bytesOut()).isEqualTo(11);
        assertThat(c.endReason()).isEqualTo("peer closed");
        assertThat(responder.acceptedCount()).isEqualTo(1);
    }

    @Test
    void regex_rule_puts_the_match_groups_in_the_reply_for_a_jdk_client() throws Exception {
        server = Sockets.listener();
        responder = Responder.start(server, Reply.rules(List.of(
                Rule.contains("POST", "405\n"),
                Rule.regex("GET (\\S+) HTTP/(\\d\\.\\d)", "HTTP/{2} 200 OK\r\n\r\nyou asked for $1, $$5\n"))),
                0, Responder.DEFAULT_BUFFER);
        try (java.net.Socket c = new java.net.Socket()) {
            c.setSoTimeout(10_000);
            c.connect(new InetSocketAddress("127.0.0.1", Sockets.port(server)));
            OutputStream out = c.getOutputStream();
            InputStream in = c.getInputStream();
            out.write("GET /index.html HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String expected = "HTTP/1.0 200 OK\r\n\r\nyou asked for /index.html, $5\n";
            assertThat(new String(in.readNBytes(expected.length()), StandardCharsets.ISO_8859_1)).isEqualTo(expected);
            out.write("POST /x HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(new String(in.readNBytes(4), StandardCharsets.ISO_8859_1)).isEqualTo("405\n");
        }
    }

    @Test
    void hex_rule_matches_raw_bytes() throws Exception {
        server = Sockets.listener();
        responder = Responder.start(server, Reply.rules(List.of(Rule.hex("00 ff 10", "ok"))), 0, 16);
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", Sockets.port(server))) {
            c.setSoTimeout(10_000);
            c.getOutputStream().write(new byte[] {1, 0, (byte) 0xff, 0x10, 2});
            assertThat(c.getInputStream().readNBytes(2)).isEqualTo("ok".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void closes_a_jdk_client_after_n_blocks() throws Exception {
        server = Sockets.listener();
        responder = Responder.start(server, Reply.echo(), 2, Responder.DEFAULT_BUFFER);
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", Sockets.port(server))) {
            c.setSoTimeout(10_000);
            for (String word : List.of("a", "b")) {
                c.getOutputStream().write(word.getBytes(StandardCharsets.ISO_8859_1));
                assertThat(c.getInputStream().read()).isEqualTo(word.charAt(0));
            }
            assertThat(c.getInputStream().read()).as("end of stream after the second reply").isEqualTo(-1);
        }
        Eventually.until("client ended", () -> !responder.clients().get(0).isOpen());
        assertThat(responder.clients().get(0).endReason()).isEqualTo("closed after 2");
        assertThat(server.isClosed()).as("the listening socket stays open").isFalse();
    }

    private static final String UDP_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(10)",
            "for word in sys.argv[2:]:",
            "    s.sendto(word.encode(), ('127.0.0.1', int(sys.argv[1])))",
            "    print(s.recv(100).decode())",
            "print(s.getsockname()[1])");

    @Test
    void answers_python_datagrams_to_their_source() throws Exception {
        server = Sockets.datagram();
        responder = Responder.start(server, Reply.fixed("pong".getBytes(StandardCharsets.ISO_8859_1)), 0, 100);
        try (Python client = new Python(UDP_CLIENT, "" + Sockets.port(server), "ping", "ping?", "x")) {
            assertThat(List.of(client.line(), client.line(), client.line())).containsExactly("pong", "pong", "pong");
            String port = client.line();
            Eventually.until("three replies counted", () -> responder.replies() == 3);
            assertThat(responder.clients()).hasSize(1);
            assertThat(responder.clients().get(0).peer()).isEqualTo("127.0.0.1:" + port);
            assertThat(responder.clients().get(0).bytesIn()).isEqualTo(10);
        }
    }

    @Test
    void a_datagram_source_is_no_longer_answered_after_n() throws Exception {
        server = Sockets.datagram();
        responder = Responder.start(server, Reply.echo(), 2, 100);
        try (java.net.DatagramSocket a = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress());
             java.net.DatagramSocket b = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            a.setSoTimeout(10_000);
            b.setSoTimeout(10_000);
            InetSocketAddress to = new InetSocketAddress("127.0.0.1", Sockets.port(server));
            for (int i = 1; i <= 3; i++) {
                a.send(new java.net.DatagramPacket(new byte[] {(byte) i}, 1, to));
            }
            for (int i = 1; i <= 2; i++) {
                java.net.DatagramPacket p = new java.net.DatagramPacket(new byte[10], 10);
                a.receive(p);
                assertThat(p.getData()[0]).isEqualTo((byte) i);
            }
            // b's datagram is queued after a's third: once b has its answer, a third answer would be there already
            b.send(new java.net.DatagramPacket(new byte[] {9}, 1, to));
            b.receive(new java.net.DatagramPacket(new byte[10], 10));
            // a's counters moved before b's datagram was read: a's third block counted, not answered
            assertThat(responder.clients().get(0).blocksIn()).isEqualTo(3);
            assertThat(responder.clients().get(0).replies()).isEqualTo(2);
            Eventually.until("b's reply counted", () -> responder.replies() == 3);
            assertThat(responder.blocksIn()).isEqualTo(4);
            assertThat(responder.clients().get(0).endReason()).isEqualTo("closed after 2");
            assertThat(responder.clients().get(1).isOpen()).isTrue();
        }
    }

    @Test
    void stop_ends_the_responder_and_closes_the_clients_it_accepted() throws Exception {
        server = Sockets.listener();
        responder = Responder.start(server, Reply.echo(), 0, Responder.DEFAULT_BUFFER);
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", Sockets.port(server))) {
            c.setSoTimeout(10_000);
            c.getOutputStream().write('x');
            assertThat(c.getInputStream().read()).isEqualTo('x');
            responder.stop();
            assertThat(responder.await(10_000)).isTrue();
            assertThat(c.getInputStream().read()).as("accepted client closed by the stop").isEqualTo(-1);
        }
        assertThat(responder.failure()).isNull();
        assertThat(responder.clients().get(0).endReason()).isEqualTo("stopped");
        assertThat(server.isClosed()).isFalse();
    }

    @Test
    void bad_input_is_refused_before_any_thread_starts() {
        server = Sockets.listener();
        assertThatThrownBy(() -> Rule.regex("GET (", "x")).isInstanceOf(NetException.class)
                .hasMessageContaining("regex does not compile");
        assertThatThrownBy(() -> Rule.hex("abc", "x")).hasMessageContaining("odd number of digits");
        assertThatThrownBy(() -> Responder.start(server, Reply.rules(List.of(Rule.contains("a long pattern", "x"))), 0, 8))
                .hasMessageContaining("longer than the 8-byte receive buffer");
        Socket fresh = Socket.create(Sockets.INET, Sockets.STREAM);
        try {
            assertThatThrownBy(() -> Responder.start(fresh, Reply.echo(), 0, 100)).hasMessageContaining("listening or connected");
        } finally {
            fresh.closeQuietly();
        }
        assertThatThrownBy(() -> Responder.start(server, Reply.echo(), -1, 100)).hasMessageContaining("close-after");
    }
}
