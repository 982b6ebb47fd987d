package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructCodecTest {
    private static final List<StructCodec<?>> CODECS = List.of(LingerCodec.INSTANCE, TimevalCodec.INSTANCE,
            MulticastCodec.IP_MREQ, MulticastCodec.IP_MREQN, MulticastCodec.IPV6_MREQ, TcpInfoCodec.INSTANCE);

    @Test
    void should_describe_layouts_that_tile_the_struct() {
        for (StructCodec<?> c : CODECS) {
            int offset = 0;
            for (StructField f : c.layout()) {
                assertThat(f.offset()).as(c.cName() + "." + f.name()).isEqualTo(offset);
                offset += f.size();
            }
            assertThat(offset).as(c.cName()).isEqualTo(c.size());
        }
    }

    @Test
    void should_encode_linger_as_two_host_order_ints() {
        byte[] b = LingerCodec.INSTANCE.encode(new Linger(true, 100));
        assertThat(b).containsExactly(1, 0, 0, 0, 100, 0, 0, 0);
        assertThat(LingerCodec.INSTANCE.decode(b)).isEqualTo(new Linger(true, 100));
    }

    @Test
    void should_round_trip_timeval_and_multicast_requests() {
        Timeval t = new Timeval(7, 250000);
        assertThat(TimevalCodec.INSTANCE.decode(TimevalCodec.INSTANCE.encode(t))).isEqualTo(t);
        MulticastRequest r = new MulticastRequest("239.1.2.3", "127.0.0.1", 1);
        byte[] b = MulticastCodec.IP_MREQN.encode(r);
        assertThat(b).startsWith(239, 1, 2, 3, 127, 0, 0, 1);
        assertThat(MulticastCodec.IP_MREQN.decode(b)).isEqualTo(r);
        MulticastRequest plain = new MulticastRequest("239.1.2.3", "127.0.0.1", 0);
        assertThat(MulticastCodec.IP_MREQ.decode(MulticastCodec.IP_MREQ.encode(plain))).isEqualTo(plain);
        MulticastRequest v6 = new MulticastRequest("ff02::1:3", "::", 1);
        assertThat(MulticastCodec.IPV6_MREQ.decode(MulticastCodec.IPV6_MREQ.encode(v6))).isEqualTo(v6);
    }

    @Test
    void should_reject_wrong_sizes_and_bad_values() {
        assertThatThrownBy(() -> LingerCodec.INSTANCE.decode(new byte[7])).hasMessageContaining("expected 8 bytes, got 7");
        assertThatThrownBy(() -> TimevalCodec.INSTANCE.decode(new byte[3])).isInstanceOf(NetException.class);
        assertThatThrownBy(() -> MulticastCodec.IP_MREQN.decode(new byte[8])).hasMessageContaining("expected 12 bytes");
        assertThatThrownBy(() -> TcpInfoCodec.INSTANCE.decode(new byte[50])).hasMessageContaining("at least 104");
        assertThatThrownBy(() -> new Linger(true, -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Timeval(1, 1_000_000)).isInstanceOf(NetException.class);
        assertThatThrownBy(() -> MulticastCodec.IP_MREQN.encode(new MulticastRequest("::1", "0.0.0.0", 0)))
                .hasMessageContaining("not an IPv4 address");
        assertThatThrownBy(() -> TcpInfoCodec.INSTANCE.encode(null)).hasMessageContaining("read-only");
    }
}
