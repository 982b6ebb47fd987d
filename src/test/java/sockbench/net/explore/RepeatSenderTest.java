package sockbench.net.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/** Repeated sends, counted by JDK peers. */
class RepeatSenderTest {

    private static Socket connectedTo(ServerSocket server) {
        Socket s = Socket.create(Sockets.INET, Sockets.STREAM);
        s.connect(SockAddr.inet("127.0.0.1", server.getLocalPort()));
        return s;
    }

    @Test
    void sends_exactly_count_payloads_with_the_counter_filled_in() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            Socket s = connectedTo(server);
            try (java.net.Socket peer = server.accept()) {
                peer.setSoTimeout(10_000);
                RepeatSender r = RepeatSender.start(s, "ping {n}\n".getBytes(StandardCharsets.ISO_8859_1), null, 10L, 0, 0);
                assertThat(r.await(10_000)).isTrue();
                s.shutdown(sockbench.net.Constants.require("shut/wr"));
                String got = new String(peer.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                StringBuilder expected = new StringBuilder();
                for (int i = 1; i <= 10; i++) {
                    expected.append("ping ").append(i).append('\n');
                }
                assertThat(got).isEqualTo(expected.toString());
                assertThat(r.sent()).isEqualTo(10);
                assertThat(r.bytesSent()).isEqualTo(expected.length());
                assertThat(r.failure()).isNull();
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void sends_datagrams_to_a_target_every_period() throws Exception {
        try (java.net.DatagramSocket peer = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(10_000);
            Socket s = Socket.create(Sockets.INET, Sockets.DGRAM);
            try {
                long t0 = System.nanoTime();
                RepeatSender r = RepeatSender.start(s, "t {n} {time}".getBytes(StandardCharsets.ISO_8859_1),
                        SockAddr.inet("127.0.0.1", peer.getLocalPort()), 5L, 20, 0);
                for (int i = 1; i <= 5; i++) {
                    java.net.DatagramPacket p = new java.net.DatagramPacket(new byte[100], 100);
                    peer.receive(p);
                    String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1);
                    assertThat(text).matches("t " + i + " \\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d");
                }
                assertThat(r.await(10_000)).isTrue();
                // the fifth send is scheduled 4 periods after the first: never earlier
                assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(80);
                assertThat(r.sent()).isEqualTo(5);
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void until_stopped_sends_until_stop_and_the_peer_gets_exactly_what_it_counted() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            Socket s = connectedTo(server);
            try (java.net.Socket peer = server.accept()) {
                peer.setSoTimeout(10_000);
                RepeatSender r = RepeatSender.start(s, "x\n".getBytes(StandardCharsets.ISO_8859_1), null, null, 1, 0);
                Eventually.until("five sends", () -> r.sent() >= 5);
                r.stop();
                assertThat(r.await(10_000)).isTrue();
                assertThat(r.failure()).as("a stop is no failure").isNull();
                s.shutdown(sockbench.net.Constants.require("shut/wr"));
                byte[] got = peer.getInputStream().readAllBytes();
                assertThat(got.length).isEqualTo(2 * r.sent());
                assertThat(r.rate()).isPositive();
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void bad_arguments_send_nothing() {
        Socket s = Socket.create(Sockets.INET, Sockets.STREAM);
        try {
            assertThatThrownBy(() -> RepeatSender.start(s, new byte[1], null, -1L, 0, 0)).hasMessageContaining("count");
            assertThatThrownBy(() -> RepeatSender.start(s, new byte[1], null, 1L, -5, 0)).hasMessageContaining("every");
            assertThatThrownBy(() -> RepeatSender.start(s, new byte[1], SockAddr.inet("127.0.0.1", 9), 1L, 0, 0))
                    .hasMessageContaining("datagram");
        } finally {
            s.closeQuietly();
        }
        assertThatThrownBy(() -> RepeatSender.start(s, new byte[1], null, 1L, 0, 0)).hasMessageContaining("socket closed");
    }

    @Test
    void template_fields() {
        RepeatTemplate t = new RepeatTemplate("{n}/{n} {x} {time}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(t.render(42, 0), StandardCharsets.ISO_8859_1)).isEqualTo("42/42 {x} 00:00:00.000");
        byte[] binary = {(byte) 0xff, 0, '{', 'n'};
        assertThat(new RepeatTemplate(binary).render(3, 0)).isEqualTo(binary);
    }
}
