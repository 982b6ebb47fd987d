package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.STREAM;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stream and datagram sockets in each family: IPv4, IPv6 (::1), UNIX with a path and with a Linux
 * abstract name. Checks bind, connect, accept, send/receive, send-to/receive-from with the source,
 * and the socket-name/socket-peer-name rules (no name while the port is 0, none for UNIX sockets).
 */
@ExtendWith(FiniteTimeouts.class)
class FamiliesTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @TempDir
    static Path dir;

    /** One family: how to make two distinct local addresses in it. */
    enum Family {
        IPV4(Net.INET) {
            @Override SockAddr local() { return SockAddr.inet("127.0.0.1", 0); }
        },
        IPV6(Net.INET6) {
            @Override SockAddr local() { return SockAddr.inet("::1", 0); }
        },
        UNIX_PATH(Net.UNIX) {
            @Override SockAddr local() { return SockAddr.unix(dir.resolve("s" + SEQ.incrementAndGet()).toString()); }
        },
        UNIX_ABSTRACT(Net.UNIX) {
            @Override SockAddr local() {
                return SockAddr.unix("\0sockbench-test-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet());
            }
        };

        final int af;

        Family(int af) {
            this.af = af;
        }

        abstract SockAddr local();

        boolean inet() {
            return af != Net.UNIX;
        }

        /** The address a socket is reachable at after bind: the kernel's port for inet, the bound path for unix. */
        SockAddr boundAddress(Socket s, SockAddr bound) {
            return inet() ? s.name() : bound;
        }
    }

    static Stream<Family> families() {
        return Stream.of(Family.values());
    }

    @ParameterizedTest
    @MethodSource("families")
    void should_connect_accept_and_talk_over_a_stream(Family f) {
        SockAddr bound = f.local();
        Socket listener = Socket.create(f.af, STREAM);
        Socket client = Socket.create(f.af, STREAM);
        try {
            assertThat(listener.name()).as("not bound yet").isNull();
            listener.bind(bound);
            listener.listen(4);
            SockAddr at = f.boundAddress(listener, bound);
            if (f.inet()) {
                assertThat(at.port()).isPositive();
                assertThat(at.address()).isEqualTo(bound.address());
            } else {
                assertThat(listener.name()).as("socket-name is #f for UNIX sockets").isNull();
            }
            client.connect(at);
            Socket server = listener.accept();
            try {
                assertThat(server.family()).isEqualTo(f.af);
                assertThat(client.peerName()).isEqualTo(at);
                if (f.inet()) {
                    assertThat(client.name()).isNotNull();
                    assertThat(server.peerName()).isEqualTo(client.name());
                    assertThat(server.name()).isEqualTo(at);
                } else {
                    assertThat(client.name()).isNull();
                    assertThat(server.name()).isNull();
                }
                client.sendAll(Net.bytes("ping"));
                assertThat(Net.text(Net.receiveExactly(server, 4))).isEqualTo("ping");
                server.sendAll(Net.pattern(100_000));
                assertThat(Net.receiveExactly(client, 100_000)).isEqualTo(Net.pattern(100_000));
                client.shutdown(Net.SHUT_WR);
                assertThat(server.receive(new byte[8])).isZero();
            } finally {
                server.close();
            }
        } finally {
            client.close();
            listener.close();
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void should_send_to_and_receive_from_with_the_source_over_datagrams(Family f) {
        SockAddr boundA = f.local();
        SockAddr boundB = f.local();
        Socket a = Socket.create(f.af, DGRAM);
        Socket b = Socket.create(f.af, DGRAM);
        try {
            a.bind(boundA);
            b.bind(boundB);
            SockAddr atA = f.boundAddress(a, boundA);
            SockAddr atB = f.boundAddress(b, boundB);
            assertThat(a.peerName()).as("not connected").isNull();

            assertThat(a.sendTo(Net.bytes("one"), atB, 0, null, 0)).isEqualTo(3);
            Socket.Datagram d = b.receiveFrom(100, 0);
            assertThat(Net.text(d.data())).isEqualTo("one");
            assertThat(d.source()).as("the source is a's address").isEqualTo(atA);

            byte[] buf = new byte[10];
            assertThat(b.sendTo(Net.bytes("two!"), atA, 0, null, 0)).isEqualTo(4);
            Socket.Received r = a.receiveFrom(buf, 3, null, 0);
            assertThat(r.count()).isEqualTo(4);
            assertThat(Net.text(buf).substring(3, 7)).isEqualTo("two!");
            assertThat(r.source()).isEqualTo(atB);

            // A "connected" datagram socket: send without an address, peer-name works.
            a.connect(atB);
            assertThat(a.peerName()).isEqualTo(atB);
            a.send(Net.bytes("three"));
            Socket.Datagram d3 = b.receiveFrom(100, 0);
            assertThat(Net.text(d3.data())).isEqualTo("three");
            assertThat(d3.source()).isEqualTo(atA);
            if (f.inet()) {
                assertThat(a.name()).isEqualTo(atA);
            } else {
                assertThat(a.name()).isNull();
            }
        } finally {
            a.close();
            b.close();
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void should_lose_the_rest_of_a_datagram_received_into_a_smaller_buffer(Family f) {
        // "if len is smaller than the amount of data in the next datagram, the rest of the data is
        // irrevocably lost."
        SockAddr boundB = f.local();
        Socket a = Socket.create(f.af, DGRAM);
        Socket b = Socket.create(f.af, DGRAM);
        try {
            b.bind(boundB);
            SockAddr atB = f.boundAddress(b, boundB);
            a.sendTo(Net.bytes("0123456789"), atB, 0, null, 0);
            a.sendTo(Net.bytes("next"), atB, 0, null, 0);
            assertThat(Net.text(b.receive(4, 0))).isEqualTo("0123");
            assertThat(Net.text(b.receive(100, 0))).as("the next datagram, not the rest").isEqualTo("next");
        } finally {
            a.close();
            b.close();
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void should_split_send_all_into_datagrams_of_the_send_size(Family f) {
        // "you can use it to send a large buffer divided into, say, 512-byte datagrams."
        SockAddr boundB = f.local();
        Socket a = Socket.create(f.af, DGRAM);
        Socket b = Socket.create(f.af, DGRAM);
        try {
            b.bind(boundB);
            a.connect(f.boundAddress(b, boundB));
            byte[] data = Net.pattern(1300);
            try (Parameter.Scope s = Parameters.SEND_SIZE.bind(512)) {
                a.sendAll(data);
            }
            assertThat(b.receive(2000, 0)).isEqualTo(java.util.Arrays.copyOfRange(data, 0, 512));
            assertThat(b.receive(2000, 0)).isEqualTo(java.util.Arrays.copyOfRange(data, 512, 1024));
            assertThat(b.receive(2000, 0)).isEqualTo(java.util.Arrays.copyOfRange(data, 1024, 1300));
        } finally {
            a.close();
            b.close();
        }
    }
}
