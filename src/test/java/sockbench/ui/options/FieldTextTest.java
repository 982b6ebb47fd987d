package sockbench.ui.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sockbench.net.StructField;

class FieldTextTest {

    @Test
    void should_write_ipv6_addresses_as_rfc_5952_text() {
        StructField f = new StructField("ipv6mr_multiaddr", "struct in6_addr", 0, 16, true);
        byte[] a = new byte[16];
        assertThat(FieldText.read(a, f)).isEqualTo("::");
        a[15] = 1;
        assertThat(FieldText.read(a, f)).isEqualTo("::1");
        assertThat(FieldText.read(FieldText.write(a, f, "ff02::1:2"), f)).isEqualTo("ff02::1:2");
        assertThat(FieldText.read(FieldText.write(a, f, "2001:db8:0:0:1:0:0:1"), f)).isEqualTo("2001:db8::1:0:0:1");
    }

    @Test
    void should_round_trip_a_network_order_address_field() {
        StructField group = new StructField("ipv6mr_multiaddr", "struct in6_addr", 0, 16, true);
        byte[] b = FieldText.write(new byte[20], group, "ff02::fb");
        assertThat(b[0]).isEqualTo((byte) 0xff);
        assertThat(b[15]).isEqualTo((byte) 0xfb);
        assertThat(FieldText.read(b, group)).isEqualTo("ff02::fb");
    }

    @Test
    void should_refuse_names_where_an_address_is_wanted() {
        StructField group = new StructField("imr_multiaddr", "struct in_addr", 0, 4, true);
        assertThatThrownBy(() -> FieldText.write(new byte[12], group, "example.com")).hasMessageContaining("IPv4 address");
        StructField v6 = new StructField("ipv6mr_multiaddr", "struct in6_addr", 0, 16, true);
        assertThatThrownBy(() -> FieldText.write(new byte[20], v6, "example.com")).hasMessageContaining("IPv6 address");
    }
}
