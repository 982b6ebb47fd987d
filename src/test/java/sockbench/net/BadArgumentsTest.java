package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.INET6;
import static sockbench.net.Net.STREAM;
import static sockbench.net.Net.UNIX;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input gives a clear error naming the problem, before any system call: each case runs while
 * the syscall trace records this thread, and must raise a NetException with nothing recorded.
 */
class BadArgumentsTest {
    private Socket tcp;
    private Socket udp;
    private final byte[] buf = new byte[10];

    @BeforeEach
    void open() {
        tcp = Socket.create(INET, STREAM);
        udp = Socket.create(INET, DGRAM);
    }

    @AfterEach
    void close() {
        tcp.close();
        udp.close();
    }

    /** Runs the call, expecting a NetException whose message contains every fragment, and no syscall. */
    private static NetException rejected(Executable call, String... fragments) {
        try (Calls calls = Calls.record()) {
            NetException e = assertThrows(NetException.class, call);
            assertThat(e.getMessage()).contains(fragments);
            assertThat(calls.events()).as("system calls made for \"%s\"", e.getMessage()).isEmpty();
            return e;
        }
    }

    @Test
    void should_reject_ports_outside_0_to_65535() {
        rejected(() -> SockAddr.inet("127.0.0.1", 70000), "inet-address", "port 70000 is outside 0..65535");
        rejected(() -> SockAddr.inet("127.0.0.1", -1), "port -1 is outside 0..65535");
        rejected(() -> SockAddr.inet("::1", "65536"), "port 65536 is outside 0..65535");
        rejected(() -> SockAddr.inet("127.0.0.1", Long.MAX_VALUE), "outside 0..65535");
        rejected(() -> Resolver.addressInformation("127.0.0.1", 70000, null, STREAM, null, 0),
                "address-information", "port 70000 is outside 0..65535");
    }

    @Test
    void should_reject_ports_that_are_not_integers() {
        // the egg: an inexact port is a domain error; a port text its resolver refuses, a network error
        assertThat(rejected(() -> SockAddr.inet("127.0.0.1", 1.5), "port must be a numeric value or #f, got 1.5").kinds())
                .containsExactly("exn", "domain");
        assertThat(rejected(() -> SockAddr.inet("127.0.0.1", "http"), "invalid port \"http\"").kinds())
                .containsExactly("exn", "i/o", "net");
        rejected(() -> SockAddr.inet("127.0.0.1", "-1"), "invalid port \"-1\"");
        rejected(() -> SockAddr.inet("127.0.0.1", true), "port must be a numeric value or #f, got true");
    }

    @Test
    void should_reject_malformed_addresses() {
        for (String bad : List.of("300.1.1.1", "1.2.3", "1.2.3.4.5", "::g", "1:2:3:4:5:6:7:8:9", "localhost",
                "", " 127.0.0.1", "127.0.0.1 ", "[::1]", "127.0.0.1:80")) {
            NetException e = rejected(() -> SockAddr.inet(bad, 80), "inet-address", "invalid internet address \"" + bad + "\"");
            assertThat(e.kinds()).as("the egg's network-error").containsExactly("exn", "i/o", "net");
        }
    }

    @Test
    void should_reject_an_address_with_a_nul_byte_instead_of_cutting_it() {
        rejected(() -> SockAddr.inet("127.0.0.1\0garbage", 80), "inet-address", "invalid internet address");
        rejected(() -> SockAddr.inet("fe80::1%lo\0garbage", 80), "inet-address");
    }

    @Test
    void should_reject_an_unknown_scope() {
        rejected(() -> SockAddr.inet("fe80::1%no-such-interface", 80), "unknown interface \"no-such-interface\"");
        rejected(() -> SockAddr.inet("fe80::1%", 80), "inet-address");
    }

    @Test
    void should_reject_both_address_and_port_unspecified() {
        rejected(() -> SockAddr.inet(null, null), "inet-address", "both unspecified");
        rejected(() -> SockAddr.inet(null, false), "both unspecified");
    }

    @Test
    void should_reject_unix_paths_that_do_not_fit_sun_path() {
        String longest = "/" + "p".repeat(106);
        assertThat(SockAddr.unix(longest).path()).hasSize(107);
        rejected(() -> SockAddr.unix(longest + "p"), "unix-address", "108 bytes is too long for sun_path");
        String abstractLongest = "\0" + "a".repeat(107);
        assertThat(SockAddr.unix(abstractLongest).path()).hasSize(108);
        rejected(() -> SockAddr.unix(abstractLongest + "a"), "109 bytes is too long");
    }

    @Test
    void should_reject_unix_paths_with_no_text_or_a_nul_inside() {
        rejected(() -> SockAddr.unix(null), "unix-address", "no path");
        rejected(() -> SockAddr.unix(""), "unix-address", "empty path");
        rejected(() -> SockAddr.unix("/tmp/a\0b"), "unix-address", "NUL");
    }

    @Test
    void should_reject_a_unix_path_with_characters_that_are_not_bytes() {
        // Strings are bytes (ISO-8859-1); a character beyond that must not silently become '?'.
        rejected(() -> SockAddr.unix("/tmp/\u65e5\u672c"), "unix-address", "ISO-8859-1");
    }

    @Test
    void should_reject_start_and_end_outside_the_buffer() {
        rejected(() -> tcp.receive(buf, -1, null, 0), "socket-receive!", "start -1 is outside the buffer of 10 bytes");
        rejected(() -> tcp.receive(buf, 11, null, 0), "start 11 is outside");
        rejected(() -> tcp.receive(buf, 0, 11, 0), "end 11 is outside 0..10");
        rejected(() -> tcp.receive(buf, 5, 4, 0), "end 4 is outside 5..10");
        rejected(() -> tcp.send(buf, 0, 20, 0), "socket-send", "end 20");
        rejected(() -> tcp.sendAll(buf, 3, 2, 0), "socket-send-all", "end 2");
        rejected(() -> udp.sendTo(buf, SockAddr.inet("127.0.0.1", 9), -5, null, 0), "socket-send-to", "start -5");
        rejected(() -> udp.receiveFrom(buf, 0, -1, 0), "socket-receive-from!", "end -1");
        NetException e = rejected(() -> tcp.receive(null, 0, null, 0), "socket-receive!", "no buffer");
        assertThat(e.kinds()).containsExactly("exn", "type");
        assertThat(assertThrows(NetException.class, () -> tcp.receive(buf, 0, 11, 0)).kinds())
                .containsExactly("exn", "bounds");
    }

    @Test
    void should_reject_negative_lengths() {
        rejected(() -> tcp.receive(-1, 0), "socket-receive", "length -1 is negative");
        rejected(() -> udp.receiveFrom(-7, 0), "socket-receive-from", "length -7 is negative");
    }

    @Test
    void should_reject_an_address_of_the_wrong_family() {
        rejected(() -> tcp.connect(SockAddr.inet("::1", 80)), "socket-connect", "wrong family",
                "af/inet", "af/inet6");
        rejected(() -> tcp.bind(SockAddr.unix("/tmp/x")), "socket-bind", "wrong family");
        rejected(() -> udp.sendTo(buf, SockAddr.inet("::1", 9), 0, null, 0), "socket-send-to", "wrong family");
        Socket unix = Socket.create(UNIX, STREAM);
        try {
            rejected(() -> unix.connect(SockAddr.inet("127.0.0.1", 80)), "wrong family", "af/unix");
        } finally {
            unix.close();
        }
        rejected(() -> tcp.connect(null), "socket-connect", "no address");
    }

    @Test
    void should_reject_a_negative_backlog_and_an_unknown_shutdown() {
        rejected(() -> tcp.listen(-1), "socket-listen", "backlog -1 is negative");
        rejected(() -> tcp.shutdown(7), "socket-shutdown", "shut/rd, shut/wr or shut/rdwr", "got 7");
    }

    @Test
    void should_refuse_every_operation_on_a_closed_socket() {
        Socket s = Socket.create(INET6, STREAM);
        s.close();
        SockAddr a = SockAddr.inet("::1", 80);
        List<Executable> ops = new ArrayList<>(Arrays.asList(
                () -> s.connect(a), () -> s.bind(a), () -> s.listen(1), s::accept, s::isAcceptReady,
                s::isReceiveReady, () -> s.shutdown(Net.SHUT_RDWR), s::name, s::peerName,
                () -> s.receive(buf), () -> s.receive(10, 0), () -> s.receiveFrom(buf, 0, null, 0),
                () -> s.receiveFrom(10, 0), () -> s.send(buf), () -> s.sendTo(buf, a, 0, null, 0),
                () -> s.sendAll(buf), s::close));
        for (Executable op : ops) {
            NetException e = rejected(op, "socket closed");
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net");
            assertThat(e.getMessage()).matches("socket-[a-z!?-]+: socket closed");
        }
    }

    @Test
    void should_reject_bad_resolver_arguments() {
        rejected(() -> Resolver.addressInformation("local\0host", 80, null, STREAM, null, 0), "invalid node name");
        rejected(() -> Resolver.addressInformation("", 80, null, STREAM, null, 0), "invalid node name");
        rejected(() -> Resolver.addressInformation("localhost", "ht\0tp", null, STREAM, null, 0), "invalid service");
        rejected(() -> Resolver.addressInformation("localhost", 2.5, null, STREAM, null, 0), "port must be a numeric value");
        rejected(() -> Resolver.addressInformation("localhost", new Object() {
            @Override public String toString() { return "a-thing"; }
        }, null, STREAM, null, 0), "service must be a string, an integer or #f, got a-thing");
        rejected(() -> Resolver.nameInformation((SockAddr) null, 0), "name-information", "no address");
        rejected(() -> Resolver.nameInformation("300.0.0.1", 0), "invalid internet address");
    }

    @Test
    void should_reject_connect_ai_without_addresses() {
        rejected(() -> Socket.connectAi(List.of()), "socket-connect/ai", "no addresses");
        rejected(() -> Socket.connectAi(null), "no addresses");
        rejected(() -> Socket.connectAi(Arrays.asList(
                new AddrInfo(INET, STREAM, 0, SockAddr.inet("127.0.0.1", 1), null, 0), null)),
                "socket-connect/ai", "no address");
    }

    @Test
    void should_accept_the_parameter_values_the_egg_accepts() {
        // the egg checks timeouts with ##sys#check-exact only, and sizes not at all
        try (Parameter.Scope t = Parameters.RECEIVE_TIMEOUT.bind(-5); Parameter.Scope z = Parameters.SEND_SIZE.bind(0)) {
            assertThat(Parameters.RECEIVE_TIMEOUT.get()).isEqualTo(-5);
            assertThat(Parameters.SEND_SIZE.get()).isZero();
        }
    }

    @Test
    void should_reject_bad_parameter_values_and_keep_the_old_value() {
        rejected(() -> Parameters.RECEIVE_TIMEOUT.bind(1.5), "socket-receive-timeout", "got 1.5");
        rejected(() -> Parameters.SEND_SIZE.bind(-1), "socket-send-size", "non-negative");
        rejected(() -> Parameters.RECEIVE_BUFFER_SIZE.bind(false), "socket-receive-buffer-size");
        rejected(() -> Parameters.CONNECT_TIMEOUT.set("soon"), "socket-connect-timeout", "got soon");
        assertThat(Parameters.RECEIVE_TIMEOUT.get()).isEqualTo(60_000);
        assertThat(Parameters.RECEIVE_BUFFER_SIZE.get()).isEqualTo(4096);
    }
}
