package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.INET6;
import static sockbench.net.Net.STREAM;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JDK's own java.net sockets as peers on loopback, both ways, IPv4 and IPv6. */
@ExtendWith(FiniteTimeouts.class)
class JdkPeersTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void should_exchange_data_with_a_jdk_server_socket(String host) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName(host))) {
            server.setSoTimeout(10_000);
            Socket s = Socket.create(Net.familyOf(host), STREAM);
            try {
                s.connect(SockAddr.inet(host, server.getLocalPort()));
                try (java.net.Socket peer = server.accept()) {
                    peer.setSoTimeout(10_000);
                    assertThat(peer.getRemoteSocketAddress())
                            .isEqualTo(new InetSocketAddress(InetAddress.getByName(host), s.name().port()));
                    byte[] data = Net.pattern(200_000);
                    s.sendAll(data);
                    assertThat(peer.getInputStream().readNBytes(data.length)).isEqualTo(data);

                    OutputStream out = peer.getOutputStream();
                    out.write(Net.bytes("world!"));
                    out.flush();
                    peer.shutdownOutput();
                    assertThat(Net.text(Net.receiveToEnd(s))).isEqualTo("world!");

                    s.shutdown(Net.SHUT_WR);
                    assertThat(peer.getInputStream().read()).as("end of stream after shut/wr").isEqualTo(-1);
                }
            } finally {
                s.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void should_accept_a_jdk_client_and_see_its_address(String host) throws Exception {
        Socket listener = Net.listener(host);
        try (java.net.Socket client = new java.net.Socket()) {
            client.setSoTimeout(10_000);
            client.connect(new InetSocketAddress(InetAddress.getByName(host), Net.port(listener)), 10_000);
            Socket accepted = listener.accept();
            try {
                assertThat(accepted.peerName()).isEqualTo(SockAddr.inet(host, client.getLocalPort()));
                client.getOutputStream().write(Net.bytes("GET"));
                assertThat(Net.text(Net.receiveExactly(accepted, 3))).isEqualTo("GET");
                accepted.sendAll(Net.bytes("OK"));
                accepted.close();
                InputStream in = client.getInputStream();
                assertThat(Net.text(in.readAllBytes())).isEqualTo("OK");
            } finally {
                accepted.closeQuietly();
            }
        } finally {
            listener.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void should_exchange_datagrams_with_a_jdk_datagram_socket(String host) throws Exception {
        InetAddress loopback = InetAddress.getByName(host);
        try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            peer.setSoTimeout(10_000);
            Socket s = Socket.create(host.contains(":") ? INET6 : INET, DGRAM);
            try {
                s.bind(SockAddr.inet(host, 0));
                SockAddr peerAddr = SockAddr.inet(host, peer.getLocalPort());
                s.sendTo(Net.bytes("question"), peerAddr, 0, null, 0);

                DatagramPacket p = new DatagramPacket(new byte[100], 100);
                peer.receive(p);
                assertThat(Net.text(java.util.Arrays.copyOf(p.getData(), p.getLength()))).isEqualTo("question");
                assertThat(p.getPort()).as("the JDK sees our bound port").isEqualTo(s.name().port());

                peer.send(new DatagramPacket(Net.bytes("answer"), 6, p.getSocketAddress()));
                Socket.Datagram d = s.receiveFrom(100, 0);
                assertThat(Net.text(d.data())).isEqualTo("answer");
                assertThat(d.source()).isEqualTo(peerAddr);
            } finally {
                s.close();
            }
        }
    }
}
