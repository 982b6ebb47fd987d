package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.INET6;
import static sockbench.net.Net.STREAM;
import static sockbench.net.Net.UNIX;

import org.junit.jupiter.api.Test;
import sockbench.net.libc.Variadic;

/** Spec, "Socket creation": the socket record, its accessors, its printed form, the constants. */
class SocketCreationTest {

    @Test
    void should_print_an_inet_stream_socket_as_the_spec_shows() {
        // (socket af/inet sock/stream) ; => #<socket fd:19 af/inet sock/stream>
        Socket s = Socket.create(INET, STREAM);
        try {
            assertThat(s.toString()).matches("#<socket fd:\\d+ af/inet sock/stream>")
                    .isEqualTo("#<socket fd:" + s.fileno() + " af/inet sock/stream>");
        } finally {
            s.close();
        }
    }

    @Test
    void should_print_an_inet6_datagram_socket_as_the_spec_shows() {
        // (socket af/inet6 sock/dgram) ; => #<socket fd:20 af/inet6 sock/dgram>
        Socket s = Socket.create(INET6, DGRAM);
        try {
            assertThat(s.toString()).isEqualTo("#<socket fd:" + s.fileno() + " af/inet6 sock/dgram>");
        } finally {
            s.close();
        }
    }

    @Test
    void should_expose_family_type_protocol_and_a_distinct_fd() {
        Socket a = Socket.create(INET, STREAM);
        Socket b = Socket.create(UNIX, DGRAM, 0);
        try {
            assertThat(a.family()).isEqualTo(INET);
            assertThat(a.type()).isEqualTo(STREAM);
            assertThat(a.protocol()).isZero();
            assertThat(b.family()).isEqualTo(UNIX);
            assertThat(b.type()).isEqualTo(DGRAM);
            assertThat(a.fileno()).isGreaterThan(2).isNotEqualTo(b.fileno());
            assertThat(Fds.snapshot().get(a.fileno())).startsWith("socket:");
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void should_keep_an_explicit_protocol() {
        Socket s = Socket.create(INET, STREAM, Net.TCP);
        try {
            assertThat(s.protocol()).isEqualTo(Net.TCP);
        } finally {
            s.close();
        }
    }

    @Test
    void should_create_every_socket_in_non_blocking_mode() throws Exception {
        int getfl = (int) Constants.internal("F_GETFL");
        int nonblock = (int) Constants.internal("O_NONBLOCK");
        for (int[] kind : new int[][] {{INET, STREAM}, {INET6, DGRAM}, {UNIX, STREAM}}) {
            Socket s = Socket.create(kind[0], kind[1]);
            try {
                assertThat(Variadic.C.fcntl(s.fileno(), getfl) & nonblock).as("%s", s).isEqualTo(nonblock);
            } finally {
                s.close();
            }
        }
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket accepted = listener.accept();
        try {
            assertThat(Variadic.C.fcntl(accepted.fileno(), getfl) & nonblock).as("accepted").isEqualTo(nonblock);
        } finally {
            accepted.close();
            client.close();
            listener.close();
        }
    }

    @Test
    void should_raise_a_net_error_with_errno_for_an_unknown_family() {
        NetException e = org.junit.jupiter.api.Assertions.assertThrows(NetException.class,
                () -> Socket.create(12345, STREAM));
        assertThat(e.kinds()).containsExactly("exn", "i/o", "net");
        assertThat(e.syscall()).isEqualTo("socket");
        assertThat(e.errnoSymbol()).isEqualTo("EAFNOSUPPORT");
        assertThat(e.getMessage()).startsWith("socket: ");
    }

    @Test
    void should_convert_between_integer_constants_and_symbols() {
        assertThat(Constants.integerToAddressFamily(INET)).contains("af/inet");
        assertThat(Constants.integerToAddressFamily(INET6)).contains("af/inet6");
        assertThat(Constants.addressFamilyToInteger("af/unix")).contains(UNIX);
        assertThat(Constants.integerToSocketType(DGRAM)).contains("sock/dgram");
        assertThat(Constants.socketTypeToInteger("sock/stream")).contains(STREAM);
        assertThat(Constants.integerToProtocolType(Net.UDP)).contains("ipproto/udp");
        assertThat(Constants.protocolTypeToInteger("ipproto/tcp")).contains(Net.TCP);
        assertThat(Constants.integerToAddressFamily(12345)).isEmpty();
        assertThat(Constants.addressFamilyToInteger("sock/stream")).as("a symbol of another kind").isEmpty();
    }

    @Test
    void should_know_every_constant_these_sections_use() {
        for (String name : new String[] {"af/inet", "af/inet6", "af/unix", "af/unspec", "sock/stream", "sock/dgram",
                "sock/raw", "ipproto/tcp", "ipproto/udp", "ai/numerichost", "ai/passive", "ai/canonname",
                "ni/numerichost", "ni/numericserv", "ni/dgram", "ni/namereqd", "ni/nofqdn", "shut/rd", "shut/wr",
                "shut/rdwr"}) {
            assertThat(Constants.names()).contains(name);
            assertThat(Constants.value(name)).as(name).isPresent();
        }
    }
}
