package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketOptionsTest {
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() {
        sockets.forEach(Socket::closeQuietly);
    }

    private Socket open(int family, int type) {
        Socket s = Socket.create(family, type);
        sockets.add(s);
        return s;
    }

    private static SocketOption option(String symbol) {
        return OptionCatalogue.bySymbol(symbol).orElseThrow();
    }

    /** A socket of the family and type an option applies to. */
    private Socket socketFor(SocketOption o) {
        boolean v6 = o.level().equals("ipproto/ipv6");
        boolean datagram = o.symbol().contains("multicast") || o.symbol().equals("so/broadcast");
        return open(v6 ? Loopback.AF_INET6 : Loopback.AF_INET, datagram ? Loopback.DGRAM : Loopback.STREAM);
    }

    /** A value different from the default that the kernel keeps as given. */
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("so/rcvlowat", 1000), Map.entry("so/sndbuf", 65536), Map.entry("so/rcvbuf", 65536),
            Map.entry("tcp/maxseg", 1000), Map.entry("tcp/keepidle", 600), Map.entry("tcp/keepintvl", 30),
            Map.entry("tcp/keepcnt", 4), Map.entry("tcp/user-timeout", 5000), Map.entry("tcp/notsent-lowat", 16384),
            Map.entry("tcp/congestion", "reno"), Map.entry("ip/tos", 0x10), Map.entry("ip/ttl", 42),
            Map.entry("ip/multicast-ttl", 5), Map.entry("ipv6/multicast-hops", 7),
            Map.entry("so/linger", new Linger(true, 100)), Map.entry("so/rcvtimeo", new Timeval(2, 500000)),
            Map.entry("so/sndtimeo", new Timeval(3, 0)));

    /** Linux refuses to change SO_SNDLOWAT (socket(7)): the engine must call that unsupported. */
    private static final Set<String> LINUX_FIXED = Set.of("so/sndlowat");

    @Test
    void should_set_and_read_back_every_settable_option() {
        int checked = 0;
        for (SocketOption o : OptionCatalogue.all()) {
            if (!o.isDefined() || o.access() != SocketOption.Access.READ_WRITE || o.symbol().equals("ip/hdrincl")) {
                continue;
            }
            Socket s = socketFor(o);
            if (LINUX_FIXED.contains(o.symbol())) {
                assertThatThrownBy(() -> SocketOptions.set(s, o, 4096))
                        .isInstanceOfSatisfying(NetException.class, e -> assertThat(e.kinds()).contains("unsupported"));
                continue;
            }
            if (o.symbol().equals("so/debug") && !canDebug(s, o)) {
                continue;
            }
            Object before = SocketOptions.get(s, o);
            Object value = o.type() == OptionType.BOOLEAN ? !(Boolean) before : VALUES.get(o.symbol());
            assertThat(value).as("test value for %s", o.symbol()).isNotNull().isNotEqualTo(before);
            SocketOptions.set(s, o, value);
            Object after = SocketOptions.get(s, o);
            if (o.symbol().equals("so/sndbuf") || o.symbol().equals("so/rcvbuf")) {
                assertThat((Integer) after).as(o.symbol()).isGreaterThanOrEqualTo((Integer) value);
            } else {
                assertThat(after).as(o.symbol()).isEqualTo(value);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(25);
    }

    private static boolean canDebug(Socket s, SocketOption o) {
        try {
            SocketOptions.set(s, o, true);
            SocketOptions.set(s, o, false);
            return true;
        } catch (NetException e) {
            assertThat(e.errnoSymbol()).isIn("EACCES", "EPERM");
            return false;
        }
    }

    @Test
    void should_set_ip_header_included_on_a_raw_socket() {
        Socket raw;
        try {
            raw = Socket.create(Loopback.AF_INET, Constants.require("sock/raw"), Constants.require("ipproto/udp"));
            sockets.add(raw);
        } catch (NetException e) {
            assumeTrue(false, "raw sockets need privileges here: " + e.getMessage());
            return;
        }
        SocketOption o = option("ip/hdrincl");
        SocketOptions.set(raw, o, true);
        assertThat(SocketOptions.get(raw, o)).isEqualTo(true);
    }

    @Test
    void should_refuse_writes_to_read_only_options_before_any_call() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        List<TraceEvent> calls = new ArrayList<>();
        for (String symbol : List.of("so/acceptconn", "so/error", "so/type", "tcp/info")) {
            SocketOption o = option(symbol);
            assertThat(o.access()).isEqualTo(SocketOption.Access.READ_ONLY);
            try (AutoCloseable t = SyscallTrace.listen(calls::add)) {
                assertThatThrownBy(() -> SocketOptions.set(s, o, symbol.equals("tcp/info") ? new byte[104] : 1))
                        .isInstanceOf(NetException.class).hasMessageContaining("read-only");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertThat(calls).isEmpty();
        assertThat(SocketOptions.get(s, option("so/type"))).isEqualTo(Loopback.STREAM);
        assertThat(SocketOptions.get(s, option("so/acceptconn"))).isEqualTo(false);
    }

    @Test
    void should_raise_unsupported_for_options_linux_lacks() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        for (String symbol : List.of("tcp/nopush", "so/useloopback", "tcp/noopt", "tcp/keepalive")) {
            SocketOption o = option(symbol);
            assertThat(o.isDefined()).as(symbol).isFalse();
            assertThatThrownBy(() -> SocketOptions.get(s, o))
                    .isInstanceOfSatisfying(NetException.class, e -> assertThat(e.kinds()).contains("unsupported"));
            assertThatThrownBy(() -> SocketOptions.set(s, o, o.type() == OptionType.BOOLEAN ? (Object) true : (Object) 1))
                    .isInstanceOfSatisfying(NetException.class, e -> assertThat(e.kinds()).contains("unsupported"));
        }
        assertThat(Constants.value("so/useloopback")).isEmpty();
    }

    @Test
    void should_raise_unsupported_when_the_kernel_answers_enoprotoopt() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        assertThatThrownBy(() -> SocketOptions.getSocketOption(s, Constants.require("sol/socket"), 9999, null))
                .isInstanceOfSatisfying(NetException.class, e -> {
                    assertThat(e.kinds()).contains("exn", "i/o", "net", "unsupported");
                    assertThat(e.errnoSymbol()).isEqualTo("ENOPROTOOPT");
                });
    }

    @Test
    void should_accept_an_integer_file_descriptor() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        SocketOption nodelay = option("tcp/nodelay");
        SocketOptions.set(s.fileno(), nodelay, true);
        assertThat(SocketOptions.get(s, nodelay)).isEqualTo(true);
        assertThat(SocketOptions.get(s.fileno(), nodelay)).isEqualTo(true);
    }

    @Test
    void should_refuse_values_of_the_wrong_type() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        assertThatThrownBy(() -> SocketOptions.set(s, option("tcp/nodelay"), 1)).hasMessageContaining("expected a boolean");
        assertThatThrownBy(() -> SocketOptions.set(s, option("ip/ttl"), "x")).hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> SocketOptions.set(s, option("so/linger"), new Timeval(1, 0))).hasMessageContaining("struct linger");
        assertThatThrownBy(() -> SocketOptions.set(s, option("so/linger"), new byte[3])).hasMessageContaining("expected 8 bytes");
    }

    @Test
    void should_get_and_set_low_level_options_as_the_spec_shows() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        int tcp = Constants.require("ipproto/tcp");
        int nodelay = Constants.require("tcp/nodelay");
        // (set-socket-option S ipproto/tcp tcp/nodelay 1)
        SocketOptions.setSocketOption(s, tcp, nodelay, 1);
        // (get-socket-option S ipproto/tcp tcp/nodelay) ; => non-zero, meaning #t
        assertThat((Integer) SocketOptions.getSocketOption(s, tcp, nodelay, null)).isNotZero();
        // (get-socket-option S ipproto/tcp tcp/nodelay 64) ; => exactly the 4 bytes the kernel returned
        byte[] bytes = (byte[]) SocketOptions.getSocketOption(s, tcp, nodelay, 64);
        assertThat(bytes).hasSize(4);
        assertThat(bytes[0]).isNotZero();
        assertThat((byte[]) SocketOptions.getSocketOption(s, tcp, nodelay, 4)).isEqualTo(bytes);
        // (set-socket-option S ipproto/tcp tcp/nodelay (make-string 4 #\x0))
        SocketOptions.setSocketOption(s, tcp, nodelay, "\0\0\0\0");
        assertThat(SocketOptions.getSocketOption(s, tcp, nodelay, null)).isEqualTo(0);
        // (set-socket-option S sol/socket so/rcvlowat (u32vector->blob/shared (u32vector #x01020304)))
        byte[] blob = new byte[4];
        StructCodec.nativeBuffer(blob).putInt(0x01020304);
        SocketOptions.setSocketOption(s, Constants.require("sol/socket"), Constants.require("so/rcvlowat"), blob);
        assertThat((Integer) SocketOptions.get(s, option("so/rcvlowat"))).isPositive(); // the kernel caps it
        // The same bytes path with a value the kernel keeps as given shows the byte order is the host's.
        StructCodec.nativeBuffer(blob).putInt(0, 0x1020);
        SocketOptions.setSocketOption(s, Constants.require("sol/socket"), Constants.require("so/rcvlowat"), blob);
        assertThat(SocketOptions.get(s, option("so/rcvlowat"))).isEqualTo(0x1020);
    }

    @Test
    void should_round_trip_the_linger_example_through_the_codec() {
        Socket s = open(Loopback.AF_INET, Loopback.STREAM);
        int sol = Constants.require("sol/socket");
        int linger = Constants.require("so/linger");
        LingerCodec codec = LingerCodec.INSTANCE;
        // (set-socket-option S sol/socket so/linger (encode-linger-option #t 100))
        SocketOptions.setSocketOption(s, sol, linger, codec.encode(new Linger(true, 100)));
        // (decode-linger-option (get-socket-option S sol/socket so/linger _linger_size)) ; => (#t 100)
        Linger back = codec.decode((byte[]) SocketOptions.getSocketOption(s, sol, linger, codec.size()));
        assertThat(back.toString()).isEqualTo("(#t 100)");
        assertThat(SocketOptions.get(s, option("so/linger"))).isEqualTo(new Linger(true, 100));
    }

    @Test
    void should_read_tcp_info_of_a_connection() {
        Socket[] pair = Loopback.tcpPair();
        sockets.addAll(List.of(pair));
        TcpInfo info = (TcpInfo) SocketOptions.get(pair[0], option("tcp/info"));
        assertThat(info.stateName()).isEqualTo("ESTABLISHED");
        assertThat(info.sndCwnd()).isPositive();
        assertThat(info.fields()).containsKeys("tcpi_rtt", "tcpi_rttvar", "tcpi_unacked", "tcpi_retransmits",
                "tcpi_total_retrans", "tcpi_pmtu");
        pair[1].close();
        TcpInfo listener = (TcpInfo) SocketOptions.get(pair[0], option("tcp/info"));
        assertThat(listener.stateName()).isIn("CLOSE_WAIT", "ESTABLISHED");
    }

    @Test
    void should_name_every_spec_constant_with_a_value_or_none() {
        for (String name : List.of("so/reuseaddr", "so/debug", "so/acceptconn", "so/keepalive", "so/dontroute",
                "so/broadcast", "so/linger", "so/oobinline", "so/sndbuf", "so/rcvbuf", "so/sndlowat", "so/rcvlowat",
                "so/sndtimeo", "so/rcvtimeo", "so/error", "so/type", "so/useloopback", "so/reuseport", "so/timestamp",
                "so/exclusiveaddruse", "tcp/nodelay", "tcp/nopush", "tcp/noopt", "tcp/keepalive", "tcp/maxseg",
                "ip/options", "ip/hdrincl", "ip/tos", "ip/ttl", "ip/mtu", "ip/mtu-discover", "ip/pktinfo", "ip/recverr",
                "ip/recvtos", "ip/recvttl", "ip/router-alert", "ip/recvopts", "ip/recvretopts", "ip/retopts",
                "ip/recvdstaddr", "ip/multicast-if", "ip/multicast-ttl", "ip/multicast-loop", "ip/add-membership",
                "ip/drop-membership", "sol/socket", "ipproto/ip", "ipproto/ipv6", "ipproto/tcp", "ipproto/icmp",
                "ipproto/udp", "ipv6/v6only")) {
            assertThat(Constants.all()).as(name).containsKey(name);
        }
        assertThat(Constants.value("so/reuseaddr")).contains(2);
        assertThat(Constants.value("so/exclusiveaddruse")).isEmpty();
        assertThat(Constants.value("ip/recvdstaddr")).isEmpty();
    }
}
