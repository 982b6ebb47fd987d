package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.STREAM;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** python3's socket module as a peer: a TCP echo server, a UDP socket, a TCP client. */
@ExtendWith(FiniteTimeouts.class)
class PythonPeersTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Echoes one connection until end of stream, then closes. Prints its port first. */
    private static final String ECHO_SERVER = String.join("\n",
            "import socket, sys",
            "host = sys.argv[1]",
            "s = socket.socket(socket.AF_INET6 if ':' in host else socket.AF_INET, socket.SOCK_STREAM)",
            "s.settimeout(20)",
            "s.bind((host, 0)); s.listen(1)",
            "print(s.getsockname()[1])",
            "c, peer = s.accept()",
            "c.settimeout(20)",
            "print(peer[1])",
            "while True:",
            "    d = c.recv(65536)",
            "    if not d: break",
            "    c.sendall(d)",
            "c.close()");

    /** Answers one datagram upper-cased, to its sender; prints its port, then the sender's port. */
    private static final String UDP_PEER = String.join("\n",
            "import socket, sys",
            "host = sys.argv[1]",
            "s = socket.socket(socket.AF_INET6 if ':' in host else socket.AF_INET, socket.SOCK_DGRAM)",
            "s.settimeout(20)",
            "s.bind((host, 0))",
            "print(s.getsockname()[1])",
            "d, src = s.recvfrom(65536)",
            "print(src[0], src[1])",
            "s.sendto(d.upper(), src)");

    /** Connects, sends its argument, prints its own port and what came back until end of stream. */
    private static final String CLIENT = String.join("\n",
            "import socket, sys",
            "host, port = sys.argv[1], int(sys.argv[2])",
            "c = socket.create_connection((host, port), timeout=20)",
            "print(c.getsockname()[1])",
            "c.sendall(b'hello from python')",
            "c.shutdown(socket.SHUT_WR)",
            "got = b''",
            "while True:",
            "    d = c.recv(4096)",
            "    if not d: break",
            "    got += d",
            "print(got.decode())");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void should_get_every_byte_back_from_a_python_echo_server(String host) throws Exception {
        try (Peer python = Peer.python(ECHO_SERVER, host)) {
            int port = Integer.parseInt(python.readLine(WAIT));
            Socket s = Socket.create(Net.familyOf(host), STREAM);
            try {
                s.connect(SockAddr.inet(host, port));
                assertThat(Integer.parseInt(python.readLine(WAIT))).as("python saw our port")
                        .isEqualTo(s.name().port());
                byte[] data = Net.pattern(300_000);
                Thread writer = new Thread(() -> {
                    s.sendAll(data);
                    s.shutdown(Net.SHUT_WR);
                });
                writer.start();
                byte[] back = Net.receiveToEnd(s);
                writer.join(WAIT.toMillis());
                assertThat(back).isEqualTo(data);
                assertThat(python.waitFor(WAIT)).as(python.stderr()).isZero();
            } finally {
                s.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void should_exchange_datagrams_with_a_python_udp_socket(String host) throws Exception {
        try (Peer python = Peer.python(UDP_PEER, host)) {
            int port = Integer.parseInt(python.readLine(WAIT));
            Socket s = Net.datagram(host);
            try {
                SockAddr pythonAddr = SockAddr.inet(host, port);
                s.sendTo(Net.bytes("shout"), pythonAddr, 0, null, 0);
                String[] src = python.readLine(WAIT).split(" ");
                assertThat(SockAddr.inet(src[0], Integer.parseInt(src[1]))).as("python saw our socket-name")
                        .isEqualTo(s.name());
                Socket.Datagram d = s.receiveFrom(100, 0);
                assertThat(Net.text(d.data())).isEqualTo("SHOUT");
                assertThat(d.source()).isEqualTo(pythonAddr);
                assertThat(python.waitFor(WAIT)).as(python.stderr()).isZero();
            } finally {
                s.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void should_serve_a_python_client(String host) throws Exception {
        Socket listener = Net.listener(host);
        try (Peer python = Peer.python(CLIENT, host, Integer.toString(Net.port(listener)))) {
            Socket accepted = listener.accept();
            try {
                int pythonPort = Integer.parseInt(python.readLine(WAIT));
                assertThat(accepted.peerName()).isEqualTo(SockAddr.inet(host, pythonPort));
                assertThat(Net.text(Net.receiveToEnd(accepted))).isEqualTo("hello from python");
                accepted.sendAll(Net.bytes("hello from sockbench"));
            } finally {
                accepted.close();
            }
            assertThat(python.readLine(WAIT)).isEqualTo("hello from sockbench");
            assertThat(python.waitFor(WAIT)).as(python.stderr()).isZero();
        } finally {
            listener.close();
        }
    }
}
