package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.INET6;
import static sockbench.net.Net.STREAM;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spec, "Setup and teardown" and "Status": connect, connect/ai, bind, listen, accept, shutdown,
 * close, socket-name and socket-peer-name. The spec's ports 22 and 8000 become listeners' ports.
 */
@ExtendWith(FiniteTimeouts.class)
class SetupTeardownTest {

    @Test
    void should_connect_over_ipv4() {
        // (define so (socket af/inet sock/stream))
        // (socket-connect so (inet-address "127.0.0.1" 22))
        Socket listener = Net.listener("127.0.0.1");
        Socket so = Socket.create(INET, STREAM);
        try {
            so.connect(SockAddr.inet("127.0.0.1", Net.port(listener)));
            assertThat(so.state()).isEqualTo(SocketState.CONNECTED);
            assertThat(so.peerName()).isEqualTo(listener.name());
            Socket accepted = listener.accept();
            assertThat(accepted.peerName()).isEqualTo(so.name());
            accepted.close();
        } finally {
            so.close();
            listener.close();
        }
    }

    @Test
    void should_connect_over_ipv6() {
        // (define so (socket af/inet6 sock/stream))
        // (socket-connect so (inet-address "::1" 22))
        Socket listener = Net.listener("::1");
        Socket so = Socket.create(INET6, STREAM);
        try {
            so.connect(SockAddr.inet("::1", Net.port(listener)));
            assertThat(so.peerName()).hasToString("#<sockaddr \"[::1]:" + Net.port(listener) + "\">");
            Socket accepted = listener.accept();
            assertThat(accepted.peerName()).isEqualTo(so.name());
            assertThat(accepted.name()).isEqualTo(listener.name());
            accepted.close();
        } finally {
            so.close();
            listener.close();
        }
    }

    @Test
    void should_connect_ai_to_localhost_over_ipv4_and_print_the_new_socket() {
        // (socket-connect/ai (address-information "localhost" 22 family: af/inet))
        // ; => #<socket fd:8 af/inet sock/stream>
        Socket listener = Net.listener("127.0.0.1");
        Socket so = Socket.connectAi(Resolver.addressInformation("localhost", Net.port(listener), INET, STREAM, null, 0));
        try {
            assertThat(so).hasToString("#<socket fd:" + so.fileno() + " af/inet sock/stream>");
            assertThat(so.peerName()).isEqualTo(listener.name());
        } finally {
            so.close();
            listener.close();
        }
    }

    @Test
    void should_connect_ai_via_any_family_to_where_the_listener_is() {
        // (socket-peer-name (socket-connect/ai (address-information "localhost" "ssh")))
        // ; => #<sockaddr "127.0.0.1:22"> ;; If listening on 127.0.0.1 only
        Socket listener = Net.listener("127.0.0.1");
        int port = Net.port(listener);
        Socket so = Socket.connectAi(Resolver.addressInformation("localhost", port, null, STREAM, null, 0));
        try {
            assertThat(so.peerName()).hasToString("#<sockaddr \"127.0.0.1:" + port + "\">");
        } finally {
            so.close();
            listener.close();
        }
    }

    @Test
    void should_fall_through_a_refused_address_to_the_next_one() {
        Socket listener = Net.listener("127.0.0.1");
        int refused = Net.closedPort();
        List<AddrInfo> ais = List.of(tcp("127.0.0.1", refused), tcp("127.0.0.1", Net.port(listener)));
        Fds.settle();
        int before = Fds.count();
        Socket so;
        try (Calls calls = Calls.record()) {
            so = Socket.connectAi(ais);
            assertThat(calls.of("connect")).extracting(TraceEvent::arguments)
                    .satisfiesExactly(a -> assertThat(a).contains("htons(" + refused + ")"),
                            a -> assertThat(a).contains("htons(" + Net.port(listener) + ")"));
            assertThat(calls.of("close")).as("the refused attempt's socket is closed").hasSize(1);
        }
        try {
            assertThat(Fds.count()).as("only the connected socket is new").isEqualTo(before + 1);
            assertThat(so.peerName()).isEqualTo(listener.name());
        } finally {
            so.close();
            listener.close();
        }
    }

    @Test
    void should_raise_the_last_error_when_every_address_is_refused() {
        // ; => error: connection refused ;; If ssh isn't running
        int a = Net.closedPort();
        int b = Net.closedPort();
        try (Calls calls = Calls.record()) {
            NetException e = assertThrows(NetException.class,
                    () -> Socket.connectAi(List.of(tcp("127.0.0.1", a), tcp("127.0.0.1", b))));
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net", "transient");
            assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");
            assertThat(calls.of("connect")).hasSize(2);
            assertThat(calls.of("close")).hasSize(2);
        }
    }

    @Test
    void should_abort_connect_ai_on_a_fatal_error() {
        Socket listener = Net.listener("127.0.0.1");
        AddrInfo missingPath = new AddrInfo(Net.UNIX, STREAM, 0,
                SockAddr.unix("/nonexistent-dir-of-sockbench/socket"), null, 0);
        try (Calls calls = Calls.record()) {
            NetException e = assertThrows(NetException.class,
                    () -> Socket.connectAi(List.of(missingPath, tcp("127.0.0.1", Net.port(listener)))));
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net");
            assertThat(e.errnoSymbol()).isEqualTo("ENOENT");
            assertThat(calls.of("connect")).as("the second address is never tried").hasSize(1);
            assertThat(listener.isAcceptReady()).isFalse();
        } finally {
            listener.close();
        }
    }

    @Test
    void should_raise_a_transient_error_with_errno_when_refused() {
        Socket so = Socket.create(INET, STREAM);
        try {
            NetException e = assertThrows(NetException.class,
                    () -> so.connect(SockAddr.inet("127.0.0.1", Net.closedPort())));
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net", "transient");
            assertThat(e.is("transient")).isTrue();
            assertThat(e.syscall()).isEqualTo("connect");
            assertThat(e.errno()).isEqualTo(111);
            assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");
            assertThat(e.getMessage()).isEqualTo("connect: Connection refused");
            assertThat(so.state()).isNotEqualTo(SocketState.CONNECTED);
        } finally {
            so.close();
        }
    }

    @Test
    void should_bind_to_the_ipv4_unspecified_address() {
        // (socket-bind so (inet-address "0.0.0.0" 8000)), on a port the kernel picks
        Socket so = Socket.create(INET, STREAM);
        try {
            assertThat(so.name()).as("unbound: port 0").isNull();
            so.bind(SockAddr.inet("0.0.0.0", 0));
            assertThat(so.state()).isEqualTo(SocketState.BOUND);
            assertThat(so.name().address()).isEqualTo("0.0.0.0");
            assertThat(so.name().port()).isPositive();
            assertThat(so.name().toEggString()).isEqualTo("0.0.0.0:" + so.name().port());
        } finally {
            so.close();
        }
    }

    @Test
    void should_bind_to_the_ipv6_unspecified_address_and_accept_ipv6() {
        // (socket-bind so (inet-address "::" 8000))
        Socket so = Socket.create(INET6, STREAM);
        try {
            so.bind(SockAddr.inet("::", 0));
            assertThat(so.name()).hasToString("#<sockaddr \"[::]:" + so.name().port() + "\">");
            so.listen(4);
            Socket client = Socket.create(INET6, STREAM);
            client.connect(SockAddr.inet("::1", so.name().port()));
            Socket accepted = so.accept();
            assertThat(accepted.peerName()).isEqualTo(client.name());
            accepted.close();
            client.close();
        } finally {
            so.close();
        }
    }

    @Test
    void should_refuse_ipv4_on_an_ipv6_only_socket() {
        // (set! (ipv6-v6-only? so) #t) (socket-bind so (inet-address "::" 8000)); the option is set with
        // setsockopt directly, the option catalogue being another part of the engine.
        Socket so = Socket.create(INET6, STREAM);
        try {
            int fd = so.enter("test");
            try {
                assertThat(Sys.setsockopt(fd, Constants.require("ipproto/ipv6"), Constants.require("ipv6/v6only"),
                        new byte[] {1, 0, 0, 0}, "IPV6_V6ONLY")).isZero();
            } finally {
                so.leave();
            }
            so.bind(SockAddr.inet("::", 0));
            so.listen(4);
            Socket v4 = Socket.create(INET, STREAM);
            try {
                NetException e = assertThrows(NetException.class,
                        () -> v4.connect(SockAddr.inet("127.0.0.1", so.name().port())));
                assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");
            } finally {
                v4.close();
            }
        } finally {
            so.close();
        }
    }

    @Test
    void should_raise_a_bind_error_for_an_address_in_use() {
        Socket first = Net.listener("127.0.0.1");
        Socket second = Socket.create(INET, STREAM);
        try {
            NetException e = assertThrows(NetException.class, () -> second.bind(first.name()));
            assertThat(e.syscall()).isEqualTo("bind");
            assertThat(e.errnoSymbol()).isEqualTo("EADDRINUSE");
            assertThat(e.getMessage()).isEqualTo("bind: Address already in use");
        } finally {
            second.close();
            first.close();
        }
    }

    @Test
    void should_time_out_an_accept_with_the_timeout_kind() {
        Socket listener = Net.listener("127.0.0.1");
        try (Parameter.Scope t = Parameters.ACCEPT_TIMEOUT.bind(100)) {
            long t0 = System.nanoTime();
            NetException e = assertThrows(NetException.class, listener::accept);
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net", "timeout");
            assertThat(System.nanoTime() - t0).as("waited for the timeout").isGreaterThanOrEqualTo(90_000_000L);
            assertThat(listener.isClosed()).isFalse();
        } finally {
            listener.close();
        }
    }

    @Test
    void should_tell_whether_a_connection_waits_to_be_accepted() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        try {
            assertThat(listener.isAcceptReady()).isFalse();
            Socket client = Net.connectTo(listener);
            assertThat(eventually(listener::isAcceptReady)).isTrue();
            Socket accepted = listener.accept();
            assertThat(listener.isAcceptReady()).isFalse();
            accepted.close();
            client.close();
        } finally {
            listener.close();
        }
    }

    @Test
    void should_give_no_peer_name_when_not_connected() {
        Socket so = Socket.create(INET, STREAM);
        try {
            assertThat(so.peerName()).isNull();
        } finally {
            so.close();
        }
    }

    @Test
    void should_give_no_socket_name_for_a_listener_without_a_port_and_then_the_kernel_port() {
        Socket so = Socket.create(INET6, STREAM);
        try {
            assertThat(so.name()).isNull();
            // listen without bind: the kernel binds an ephemeral port
            so.listen(1);
            assertThat(so.name()).isNotNull();
            assertThat(so.name().port()).isPositive();
        } finally {
            so.close();
        }
    }

    @Test
    void should_close_once_and_then_refuse() {
        Socket so = Socket.create(INET, STREAM);
        so.close();
        assertThat(so.isClosed()).isTrue();
        assertThat(so.state()).isEqualTo(SocketState.CLOSED);
        try (Calls calls = Calls.record()) {
            NetException e = assertThrows(NetException.class, so::close);
            assertThat(e.getMessage()).isEqualTo("socket-close: socket closed");
            so.closeQuietly();
            assertThat(calls.events()).as("a closed socket's fd is never touched again").isEmpty();
        }
    }

    @Test
    void should_close_quietly_an_open_socket() {
        Socket so = Socket.create(INET, STREAM);
        String entry = Fds.target(so.fileno());
        assertThat(entry).startsWith("socket:");
        so.closeQuietly();
        assertThat(so.isClosed()).isTrue();
        assertThat(Fds.target(so.fileno())).as("the socket's descriptor is closed").isNotEqualTo(entry);
    }

    @Test
    void should_let_the_peer_see_end_of_stream_after_shut_wr_and_still_send_back() {
        // "using shut/wr to inform a server you have finished transmitting, while allowing it to
        // continue sending to you"
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept();
        try {
            client.sendAll(Net.bytes("request"));
            client.shutdown(Net.SHUT_WR);
            assertThat(client.state()).isEqualTo(SocketState.SHUT_DOWN);
            assertThat(client.shutdownHow()).isEqualTo(Net.SHUT_WR);
            assertThat(Net.text(Net.receiveToEnd(server))).isEqualTo("request");
            server.sendAll(Net.bytes("response"));
            server.close();
            assertThat(Net.text(Net.receiveToEnd(client))).isEqualTo("response");
            NetException e = assertThrows(NetException.class, () -> client.send(Net.bytes("more")));
            assertThat(e.errnoSymbol()).isEqualTo("EPIPE");
        } finally {
            client.close();
            listener.close();
        }
    }

    @Test
    void should_combine_shut_rd_and_shut_wr_into_shut_rdwr() {
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept();
        try {
            client.shutdown(Net.SHUT_RD);
            client.shutdown(Net.SHUT_WR);
            assertThat(client.shutdownHow()).isEqualTo(Net.SHUT_RDWR);
            assertThat(server.receive(new byte[4])).as("end of stream").isZero();
        } finally {
            server.close();
            client.close();
            listener.close();
        }
    }

    private static AddrInfo tcp(String host, int port) {
        return new AddrInfo(Net.familyOf(host), STREAM, Net.TCP, SockAddr.inet(host, port), null, 0);
    }

    /** Polls a condition for up to 5 s: readiness on loopback is quick but not instantaneous. */
    static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }
}
