package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.INET6;
import static sockbench.net.Net.UNIX;

import org.junit.jupiter.api.Test;

/** Spec, "Socket addresses": inet-address, unix-address, the accessors and sockaddr->string. */
class SockAddrTest {

    @Test
    void should_build_an_ipv4_address_with_its_accessors() {
        SockAddr a = SockAddr.inet("127.0.0.1", 80);
        assertThat(a.family()).isEqualTo(INET);
        assertThat(a.address()).isEqualTo("127.0.0.1");
        assertThat(a.port()).isEqualTo(80);
        assertThat(a.toEggString()).isEqualTo("127.0.0.1:80");
        assertThat(a).hasToString("#<sockaddr \"127.0.0.1:80\">");
    }

    @Test
    void should_build_an_ipv6_address_in_brackets() {
        SockAddr a = SockAddr.inet("::1", 22);
        assertThat(a.family()).isEqualTo(INET6);
        assertThat(a.address()).isEqualTo("::1");
        assertThat(a).hasToString("#<sockaddr \"[::1]:22\">");
    }

    @Test
    void should_show_only_the_address_when_the_port_is_zero() {
        assertThat(SockAddr.inet("127.0.0.1", 0).toEggString()).isEqualTo("127.0.0.1");
        assertThat(SockAddr.inet("::1", null).toEggString()).isEqualTo("::1");
    }

    @Test
    void should_accept_a_numeric_string_port() {
        assertThat(SockAddr.inet("10.0.0.1", "8080").port()).isEqualTo(8080);
    }

    @Test
    void should_use_the_unspecified_address_for_a_missing_address() {
        SockAddr a = SockAddr.inet(null, 80);
        assertThat(a.address()).isIn("0.0.0.0", "::");
        assertThat(a.port()).isEqualTo(80);
        // The spec's advice: name the unspecified address you mean.
        assertThat(SockAddr.inet("0.0.0.0", 8000)).hasToString("#<sockaddr \"0.0.0.0:8000\">");
        assertThat(SockAddr.inet("::", 8000)).hasToString("#<sockaddr \"[::]:8000\">");
    }

    @Test
    void should_write_ipv6_addresses_in_their_canonical_text() {
        assertThat(SockAddr.inet("FE80:0:0:0:0:0:0:1", 0).address()).isEqualTo("fe80::1");
        assertThat(SockAddr.inet("2001:db8:0:0:1:0:0:1", 0).address()).isEqualTo("2001:db8::1:0:0:1");
        assertThat(SockAddr.inet("2001:db8:0:1:1:1:1:1", 0).address()).as("a single zero group stays")
                .isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(SockAddr.inet("::ffff:10.1.2.3", 0).address()).isEqualTo("::ffff:10.1.2.3");
    }

    @Test
    void should_keep_a_numeric_scope_id() {
        SockAddr a = SockAddr.inet("fe80::1%1", 80);
        assertThat(a.scopeId()).isEqualTo(1);
        assertThat(a.toEggString()).matches("\\[fe80::1%[^\\]]+\\]:80");
    }

    @Test
    void should_name_a_scope_by_its_interface() {
        SockAddr a = SockAddr.inet("fe80::1%lo", 80);
        assertThat(a.scopeId()).isPositive();
        assertThat(a).hasToString("#<sockaddr \"[fe80::1%lo]:80\">");
    }

    @Test
    void should_build_a_unix_address_with_its_path() {
        SockAddr a = SockAddr.unix("/tmp/sockbench.sock");
        assertThat(a.family()).isEqualTo(UNIX);
        assertThat(a.path()).isEqualTo("/tmp/sockbench.sock");
        assertThat(a.address()).isEqualTo("/tmp/sockbench.sock");
        assertThat(a).hasToString("#<sockaddr \"/tmp/sockbench.sock\">");
    }

    @Test
    void should_show_an_abstract_unix_name_with_an_at_sign() {
        SockAddr a = SockAddr.unix("\0sockbench");
        assertThat(a.path()).isEqualTo("@sockbench");
    }

    @Test
    void should_refuse_port_on_a_unix_address_and_path_on_an_inet_address() {
        NetException port = org.junit.jupiter.api.Assertions.assertThrows(NetException.class,
                () -> SockAddr.unix("/tmp/x").port());
        assertThat(port.getMessage()).contains("sockaddr-port").contains("unable to obtain port");
        assertThat(port.kinds()).as("a network error, as the egg's").containsExactly("exn", "i/o", "net");
        NetException path = org.junit.jupiter.api.Assertions.assertThrows(NetException.class,
                () -> SockAddr.inet("127.0.0.1", 1).path());
        assertThat(path.getMessage()).contains("sockaddr-path").contains("unable to obtain path");
        assertThat(path.kinds()).containsExactly("exn", "i/o", "net");
    }

    @Test
    void should_compare_addresses_by_value() {
        assertThat(SockAddr.inet("127.0.0.1", 80)).isEqualTo(SockAddr.inet("127.0.0.1", "80"))
                .hasSameHashCodeAs(SockAddr.inet("127.0.0.1", 80))
                .isNotEqualTo(SockAddr.inet("127.0.0.1", 81));
        assertThat(SockAddr.unix("/a")).isEqualTo(SockAddr.unix("/a")).isNotEqualTo(SockAddr.unix("/b"));
    }
}
