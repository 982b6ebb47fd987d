package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.libc.Sockaddrs;

/**
 * The two sockaddr headers behind one factory, byte for byte: Linux's 16-bit {@code sa_family}
 * (netinet/in.h, glibc) and the BSD {@code sin_len} byte before an 8-bit family (FreeBSD's
 * netinet/in.h: {@code uint8_t sin_len; sa_family_t sin_family;}, AF_INET 2, AF_INET6 28, AF_UNIX 1).
 */
class SockaddrLayoutTest {
    private static final Sockaddrs.Layout BSD = new Sockaddrs.Layout(true, 1, 2, 28, 104);
    private static final Sockaddrs.Layout LINUX = new Sockaddrs.Layout(false, 1, 2, 10, 108);

    private static String hex(Sockaddrs.Native n) {
        StringBuilder b = new StringBuilder();
        for (byte x : n.memory().getByteArray(0, n.length())) {
            b.append(String.format("%02x", x));
        }
        return b.toString();
    }

    @Test
    void should_lay_out_a_bsd_sockaddr_in_with_its_length_byte() {
        Sockaddrs.Native n = BSD.inet(new byte[] {127, 0, 0, 1}, 8080);
        assertThat(n.length()).isEqualTo(16);
        assertThat(hex(n)).isEqualTo("1002" + "1f90" + "7f000001" + "0000000000000000");
    }

    @Test
    void should_lay_out_a_linux_sockaddr_in_with_a_16_bit_family() {
        assertThat(hex(LINUX.inet(new byte[] {127, 0, 0, 1}, 8080))).isEqualTo("0200" + "1f90" + "7f000001" + "0000000000000000");
    }

    @Test
    void should_lay_out_a_bsd_sockaddr_in6_and_decode_it_back() {
        byte[] loopback = new byte[16];
        loopback[15] = 1;
        Sockaddrs.Native n = BSD.inet6(loopback, 443, 3);
        assertThat(hex(n)).isEqualTo("1c1c" + "01bb" + "00000000" + "00000000000000000000000000000001" + "03000000");
        Sockaddrs.Raw raw = BSD.decode(n.memory(), n.length());
        assertThat(raw.family()).isEqualTo(28);
        assertThat(raw.port()).isEqualTo(443);
        assertThat(raw.scopeId()).isEqualTo(3);
        assertThat(raw.address()).isEqualTo(loopback);
    }

    @Test
    void should_lay_out_a_bsd_sockaddr_un_with_its_length_and_respect_its_shorter_sun_path() {
        Sockaddrs.Native n = BSD.unix("/tmp/s".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(n.length()).isEqualTo(2 + 6 + 1);
        assertThat(hex(n)).isEqualTo("0901" + "2f746d702f73" + "00");
        assertThat(new String(BSD.decode(n.memory(), n.length()).path(), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("/tmp/s");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BSD.unix("x".repeat(104).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }
}
