package sockbench.net;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.STREAM;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Spec, "Address resolution": the examples of address-information and name-information that need
 * no internet. The spec's host names become {@code localhost}; a hosts file may map it to 127.0.0.1
 * alone, so nothing here assumes it also gives ::1.
 */
class ResolverTest {
    private static final int PASSIVE = Constants.require("ai/passive");
    private static final int CANONNAME = Constants.require("ai/canonname");
    private static final int NUMERICHOST = Constants.require("ai/numerichost");
    private static final int NI_NUMERICHOST = Constants.require("ni/numerichost");
    private static final int NI_NUMERICSERV = Constants.require("ni/numericserv");
    private static final int NI_NAMEREQD = Constants.require("ni/namereqd");
    private static final int NI_DGRAM = Constants.require("ni/dgram");
    private static final int NI_NOFQDN = Constants.require("ni/nofqdn");

    private static List<String> printed(List<AddrInfo> ais) {
        return ais.stream().map(AddrInfo::toString).collect(Collectors.toList());
    }

    // ---- address-information

    @Test
    void should_resolve_localhost_http_to_loopback_stream_addresses() {
        // (address-information "localhost" "http")
        List<AddrInfo> ais = Resolver.addressInformation("localhost", "http", null, STREAM, null, 0);
        assertThat(printed(ais)).contains("#<addrinfo \"127.0.0.1:80\" af/inet sock/stream ipproto/tcp>");
        assertThat(ais).allSatisfy(ai -> {
            assertThat(ai.socktype()).isEqualTo(STREAM);
            assertThat(ai.protocol()).isEqualTo(Net.TCP);
            assertThat(ai.address().port()).isEqualTo(80);
            assertThat(ai.canonname()).isNull();
        });
    }

    @Test
    void should_resolve_a_numeric_host_with_a_datagram_type() {
        // (address-information "127.0.0.1" 53 type: sock/dgram)
        // The egg's documentation prints "sock/stream ipproto/udp" here, a typo: the record of a
        // sock/dgram lookup has type sock/dgram.
        List<AddrInfo> ais = Resolver.addressInformation("127.0.0.1", 53, null, DGRAM, null, 0);
        assertThat(printed(ais)).containsExactly("#<addrinfo \"127.0.0.1:53\" af/inet sock/dgram ipproto/udp>");
        AddrInfo ai = ais.get(0);
        assertThat(ai.family()).isEqualTo(INET);
        assertThat(ai.socktype()).isEqualTo(DGRAM);
        assertThat(ai.protocol()).isEqualTo(Net.UDP);
        assertThat(ai.address()).isEqualTo(SockAddr.inet("127.0.0.1", 53));
    }

    @Test
    void should_return_stream_and_datagram_addresses_when_the_type_is_unrestricted() {
        // (address-information "he.net" 80 type: #f), with localhost: both TCP and UDP on UNIX.
        List<AddrInfo> ais = Resolver.addressInformation("localhost", 80, INET, null, null, 0);
        assertThat(printed(ais)).contains(
                "#<addrinfo \"127.0.0.1:80\" af/inet sock/stream ipproto/tcp>",
                "#<addrinfo \"127.0.0.1:80\" af/inet sock/dgram ipproto/udp>");
    }

    @Test
    void should_resolve_no_node_to_the_loopback_address() {
        // (address-information #f "http")
        List<AddrInfo> ais = Resolver.addressInformation(null, "http", null, STREAM, null, 0);
        assertThat(ais).isNotEmpty();
        assertThat(ais).extracting(ai -> ai.address().toEggString()).allMatch(s -> s.equals("127.0.0.1:80")
                || s.equals("[::1]:80"));
    }

    @Test
    void should_resolve_no_node_to_the_unspecified_addresses_when_passive() {
        // (address-information #f "http" flags: ai/passive): "[::]:80" and "0.0.0.0:80", in either order.
        List<AddrInfo> ais = Resolver.addressInformation(null, "http", null, STREAM, null, PASSIVE);
        assertThat(printed(ais)).containsExactlyInAnyOrder(
                "#<addrinfo \"[::]:80\" af/inet6 sock/stream ipproto/tcp>",
                "#<addrinfo \"0.0.0.0:80\" af/inet sock/stream ipproto/tcp>");
    }

    @Test
    void should_include_the_canonical_name_when_asked() {
        // (address-information "allie" 0 flags: ai/canonname), with localhost and port 0.
        List<AddrInfo> ais = Resolver.addressInformation("localhost", 0, INET, STREAM, null, CANONNAME);
        assertThat(ais).isNotEmpty();
        assertThat(ais.get(0).canonname()).isNotBlank();
        assertThat(ais.get(0)).hasToString("#<addrinfo \"127.0.0.1\" af/inet sock/stream ipproto/tcp canonical: \""
                + ais.get(0).canonname() + "\">");
    }

    @Test
    void should_return_nothing_for_no_node_and_no_service() {
        // (address-information #f #f) ; => ()
        assertThat(Resolver.addressInformation(null, null, null, STREAM, null, 0)).isEmpty();
    }

    @Test
    void should_return_nothing_for_an_unknown_name() {
        // EAI_NONAME is an empty list, as the egg has it; a numeric-only lookup of a name needs no DNS.
        assertThat(Resolver.addressInformation("localhost", 80, null, STREAM, null, NUMERICHOST)).isEmpty();
    }

    @Test
    void should_restrict_to_a_family() {
        List<AddrInfo> ais = Resolver.addressInformation("localhost", 22, INET, STREAM, null, 0);
        assertThat(printed(ais)).containsExactly("#<addrinfo \"127.0.0.1:22\" af/inet sock/stream ipproto/tcp>");
    }

    @Test
    void should_raise_other_resolver_failures_with_their_eai_code() {
        NetException e = assertThrows(NetException.class,
                () -> Resolver.addressInformation("127.0.0.1", "no-such-service-here", null, STREAM, null, 0));
        assertThat(e.kinds()).containsExactly("exn", "i/o", "net");
        assertThat(e.syscall()).isEqualTo("getaddrinfo");
        assertThat(e.errnoSymbol()).isEqualTo("EAI_SERVICE");
        assertThat(e.errno()).isNegative();
        assertThat(e.getMessage()).startsWith("getaddrinfo: ").hasSizeGreaterThan("getaddrinfo: ".length());
    }

    @Test
    void should_raise_for_a_family_the_resolver_does_not_serve() {
        NetException e = assertThrows(NetException.class,
                () -> Resolver.addressInformation("127.0.0.1", 80, Net.UNIX, STREAM, null, 0));
        assertThat(e.errnoSymbol()).isEqualTo("EAI_FAMILY");
    }

    // ---- name-information

    @Test
    void should_name_ipv4_loopback_and_the_http_port() {
        // (name-information (inet-address "127.0.0.1" 80)) ; => ("localhost" . "http")
        NameInfo ni = Resolver.nameInformation(SockAddr.inet("127.0.0.1", 80), 0);
        assertThat(ni.node()).isEqualTo("localhost");
        assertThat(ni.service()).isEqualTo("http");
        assertThat(ni).hasToString("(\"localhost\" . \"http\")");
    }

    @Test
    void should_name_ipv6_loopback_by_name_or_by_number() {
        // (name-information (inet-address "::1" 80)) ; => ("localhost" . "http")
        // A hosts file without an ::1 line gives the numeric form instead, as the spec allows.
        assumeTrue(LocalNames.answeredLocally("::1"), "a name lookup of ::1 would ask the name server");
        NameInfo ni = Resolver.nameInformation(SockAddr.inet("::1", 80), 0);
        assertThat(ni.node()).isIn("localhost", "ip6-localhost", "ip6-loopback", "::1");
        assertThat(ni.service()).isEqualTo("http");
    }

    @Test
    void should_give_port_zero_as_an_integer() {
        // (name-information (inet-address "::1" #f)) ; => ("localhost" . 0)
        // The host part is asked numerically: a name lookup of ::1 may leave the machine (LocalNames).
        NameInfo ni = Resolver.nameInformation(SockAddr.inet("::1", null), NI_NUMERICHOST);
        assertThat(ni.service()).isEqualTo(0);
        assertThat(ni.toString()).endsWith(" . 0)");
    }

    @Test
    void should_take_a_string_as_an_address_without_port() {
        // (name-information "::1") ; => ("localhost" . 0)
        NameInfo ni = Resolver.nameInformation("::1", NI_NUMERICHOST);
        assertThat(ni).isEqualTo(Resolver.nameInformation(SockAddr.inet("::1", null), NI_NUMERICHOST));
        assertThat(ni.service()).isEqualTo(0);
    }

    @Test
    void should_give_the_numeric_host_when_asked() {
        // (name-information (inet-address "::1" 80) ni/numerichost) ; => ("::1" . "http")
        assertThat(Resolver.nameInformation(SockAddr.inet("::1", 80), NI_NUMERICHOST))
                .isEqualTo(new NameInfo("::1", "http")).hasToString("(\"::1\" . \"http\")");
    }

    @Test
    void should_give_numeric_host_and_numeric_service_when_asked() {
        // (name-information (inet-address "::1" 80) (+ ni/numerichost ni/numericserv)) ; => ("::1" . 80)
        NameInfo ni = Resolver.nameInformation(SockAddr.inet("::1", 80), NI_NUMERICHOST | NI_NUMERICSERV);
        assertThat(ni).isEqualTo(new NameInfo("::1", 80)).hasToString("(\"::1\" . 80)");
        assertThat(ni.service()).isInstanceOf(Integer.class);
    }

    @Test
    void should_give_the_numeric_form_of_an_address_without_a_name() {
        // (name-information (inet-address "127.0.0.2" 80)) ; => ("127.0.0.2" . "http")
        assumeTrue(LocalNames.answeredLocally("127.0.0.2"), "a name lookup of 127.0.0.2 would ask the name server");
        assertThat(Resolver.nameInformation(SockAddr.inet("127.0.0.2", 80), 0))
                .isEqualTo(new NameInfo("127.0.0.2", "http"));
    }

    @Test
    void should_raise_when_a_name_is_required_and_there_is_none() {
        // (name-information (inet-address "127.0.0.2" 80) ni/namereqd) ; => error
        assumeTrue(LocalNames.answeredLocally("127.0.0.2"), "a name lookup of 127.0.0.2 would ask the name server");
        NetException e = assertThrows(NetException.class,
                () -> Resolver.nameInformation(SockAddr.inet("127.0.0.2", 80), NI_NAMEREQD));
        assertThat(e.kinds()).containsExactly("exn", "i/o", "net");
        assertThat(e.syscall()).isEqualTo("getnameinfo");
        // EAI_NONAME without a name server; EAI_AGAIN where one is configured but unreachable.
        assertThat(e.errnoSymbol()).isIn("EAI_NONAME", "EAI_AGAIN");
        assertThat(e.getMessage()).startsWith("getnameinfo: ").hasSizeGreaterThan("getnameinfo: ".length());
    }

    @Test
    void should_look_up_a_datagram_service() {
        assertThat(Resolver.nameInformation(SockAddr.inet("127.0.0.1", 53), NI_DGRAM | NI_NUMERICHOST))
                .isEqualTo(new NameInfo("127.0.0.1", "domain"));
    }

    @Test
    void should_give_the_local_part_with_nofqdn() {
        assertThat(Resolver.nameInformation(SockAddr.inet("127.0.0.1", 80), NI_NOFQDN).node()).isEqualTo("localhost");
    }

    @Test
    void should_name_the_peer_of_an_accepted_socket() {
        // (name-information (socket-peer-name s)) ;; s being an accept()ed socket
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket accepted = listener.accept();
        try {
            NameInfo ni = Resolver.nameInformation(accepted.peerName(), NI_NUMERICSERV);
            assertThat(ni).isEqualTo(new NameInfo("localhost", Net.port(client)));
        } finally {
            accepted.close();
            client.close();
            listener.close();
        }
    }
}
