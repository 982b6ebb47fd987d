package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Header parsing of stored frames. The bytes were captured by tcpdump on lo (python3 sockets), and each
 * expected value is what {@code tcpdump -r -nn -S -v} printed for the same frame.
 */
class FrameParserTest {
    /** {@code IP6 ::1.45370 > ::1.47011: Flags [S], seq 2777509847, win 65476, options [mss 65476,sackOK,TS val 2390417332 ecr 0,nop,wscale 10], length 0}. */
    private static final String IPV6_SYN = "00000000000000000000000086dd600b4c4a00280640000000000000000000000000000000"
            + "0100000000000000000000000000000001b13ab7a3a58d6fd700000000a002ffc4003000000204ffc40402080a8e7adfb4000000000103030a";
    /** {@code IP6 ::1.45370 > ::1.47011: Flags [P.], seq 2777509848:2777509853, ack 331842501, win 64, options [nop,nop,TS val 2390417332 ecr 1101980655], length 5}. */
    private static final String IPV6_DATA = "00000000000000000000000086dd600b4c4a0025064000000000000000000000000000000001"
            + "00000000000000000000000000000001b13ab7a3a58d6fd813c783c580180040002d00000101080a8e7adfb441aee3ef68656c6c6f";
    /** {@code IP (ttl 64, id 0, flags [DF], proto TCP (6), length 60) 127.0.0.1.47012 > 127.0.0.1.59872: Flags [S.], seq 1503503047, ack 2826376702, win 65483, options [mss 65495,sackOK,TS val 3800021407 ecr 3168227745,nop,wscale 10], length 0}. */
    private static final String IPV4_SYN_ACK = "00000000000000000000000008004500003c0000400040063cba7f0000017f000001b7a4e9e0"
            + "599da2c7a87715fea012ffcbfe3000000204ffd70402080ae27fb99fbcd751a10103030a";
    /** {@code IP (length 57) 127.0.0.1.59872 > 127.0.0.1.47012: Flags [P.], seq 2826376702:2826376707, ack 1503503048, win 64, length 5}. */
    private static final String IPV4_DATA = "0000000000000000000000000800450000399b9540004006a1277f0000017f000001e9e0b7a4"
            + "a87715fe599da2c880180040fe2d00000101080abcd751a1e27fb99f68656c6c6f";
    /** {@code IP6 (hlim 64, next-header UDP (17) payload length: 13) ::1.37241 > ::1.47013: UDP, length 5}. */
    private static final String IPV6_UDP = "00000000000000000000000086dd600811b0000d11400000000000000000000000000000000100"
            + "0000000000000000000000000000019179b7a5000d0020646772616d";

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static Packet parse(String s) {
        byte[] b = hex(s);
        return FrameParser.parse(b, b.length);
    }

    @Test
    void an_ipv6_syn_with_every_option_linux_sends() {
        Packet p = parse(IPV6_SYN);
        assertThat(p.ipVersion()).isEqualTo(6);
        assertThat(p.isTcp()).isTrue();
        assertThat(p.source()).hasToString("[::1]:45370");
        assertThat(p.destination()).hasToString("[::1]:47011");
        assertThat(p.flags()).isEqualTo(TcpFlags.SYN);
        assertThat(p.seq()).isEqualTo(2777509847L);
        assertThat(p.window()).isEqualTo(65476);
        assertThat(p.options()).isEqualTo(new TcpOptions(65476, 10, true, 2390417332L, 0));
        assertThat(p.payloadLength()).isZero();
        assertThat(p.ipLength()).isEqualTo(40 + 40);
    }

    @Test
    void an_ipv6_data_segment_with_timestamps_only() {
        Packet p = parse(IPV6_DATA);
        assertThat(p.flags()).isEqualTo(TcpFlags.PSH | TcpFlags.ACK);
        assertThat(p.seq()).isEqualTo(2777509848L);
        assertThat(p.ack()).isEqualTo(331842501L);
        assertThat(p.window()).isEqualTo(64);
        assertThat(p.payloadLength()).isEqualTo(5);
        assertThat(p.options().mss()).isEqualTo(-1);
        assertThat(p.options().windowScale()).isEqualTo(-1);
        assertThat(p.options().sackPermitted()).isFalse();
        assertThat(p.options().tsVal()).isEqualTo(2390417332L);
        assertThat(p.options().tsEcr()).isEqualTo(1101980655L);
        byte[] f = hex(IPV6_DATA);
        assertThat(new String(f, p.payloadOffset(), p.payloadLength(), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("hello");
    }

    @Test
    void an_ipv4_syn_ack_and_data() {
        Packet s = parse(IPV4_SYN_ACK);
        assertThat(s.ipVersion()).isEqualTo(4);
        assertThat(s.source()).hasToString("127.0.0.1:47012");
        assertThat(s.destination()).hasToString("127.0.0.1:59872");
        assertThat(s.flags()).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
        assertThat(s.seq()).isEqualTo(1503503047L);
        assertThat(s.ack()).isEqualTo(2826376702L);
        assertThat(s.window()).isEqualTo(65483);
        assertThat(s.options()).isEqualTo(new TcpOptions(65495, 10, true, 3800021407L, 3168227745L));
        assertThat(s.ipLength()).isEqualTo(60);
        Packet d = parse(IPV4_DATA);
        assertThat(d.seq()).isEqualTo(2826376702L);
        assertThat(d.ack()).isEqualTo(1503503048L);
        assertThat(d.payloadLength()).isEqualTo(5);
        assertThat(d.ipLength()).isEqualTo(57);
    }

    @Test
    void a_udp_datagram_over_ipv6() {
        Packet p = parse(IPV6_UDP);
        assertThat(p.protocol()).isEqualTo(Packet.UDP);
        assertThat(p.source()).hasToString("[::1]:37241");
        assertThat(p.destination()).hasToString("[::1]:47013");
        assertThat(p.udpLength()).isEqualTo(13);
        assertThat(p.payloadLength()).isEqualTo(5);
    }

    @Test
    void the_payload_length_comes_from_the_ip_header_even_when_the_frame_was_cut_short() {
        byte[] f = hex(IPV4_DATA);
        Packet p = FrameParser.parse(f, f.length - 5); // a snap length that keeps the headers only
        assertThat(p.payloadLength()).isEqualTo(5);
    }

    @Test
    void cut_short_headers_and_other_protocols_are_not_segments() {
        byte[] f = hex(IPV4_DATA);
        assertThat(FrameParser.parse(f, 14 + 20 + 10)).isNull(); // half a TCP header
        byte[] arp = hex("ffffffffffff000000000000" + "0806" + "0001080006040001");
        assertThat(FrameParser.parse(arp, arp.length)).isNull();
    }

    @Test
    void fields_name_each_header_field_with_its_offset_bytes_and_value() {
        byte[] f = hex(IPV4_SYN_ACK);
        List<HeaderField> fields = FrameParser.fields(f);
        HeaderField seq = fields.stream().filter(x -> x.name().equals("sequence number")).findFirst().orElseThrow();
        assertThat(seq.layer()).isEqualTo("TCP");
        assertThat(seq.offset()).isEqualTo(14 + 20 + 4);
        assertThat(seq.length()).isEqualTo(4);
        assertThat(seq.hex(f)).isEqualTo("59 9d a2 c7");
        assertThat(seq.value()).isEqualTo("1503503047");
        HeaderField ws = fields.stream().filter(x -> x.name().equals("window scale")).findFirst().orElseThrow();
        assertThat(ws.hex(f)).isEqualTo("03 03 0a");
        assertThat(ws.value()).startsWith("10");
        assertThat(fields).extracting(HeaderField::name).contains("TTL", "protocol", "MSS", "SACK permitted", "timestamps", "flags");
        HeaderField flags = fields.stream().filter(x -> x.name().equals("flags")).findFirst().orElseThrow();
        assertThat(flags.value()).isEqualTo("SYN|ACK");
    }
}
