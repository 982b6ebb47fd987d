package sockbench.net.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Ethernet II, IPv4 (RFC 791), IPv6 (RFC 8200), TCP (RFC 9293, options of RFC 7323 and 2018)
 * and UDP (RFC 768) headers from a captured frame. One walk serves both the capture (numbers only)
 * and the inspector (every field with its offset and bytes), so the two cannot disagree.
 */
public final class FrameParser {
    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERNET_HEADER = 14;

    private FrameParser() {}

    /** The frame's TCP or UDP datagram, or null when it is something else or its headers are cut short. */
    public static Packet parse(byte[] frame, int captured) {
        return walk(frame, captured, null);
    }

    /** Every header field of the frame, in order; as far as the headers go when it is not TCP/UDP over IP. */
    public static List<HeaderField> fields(byte[] frame) {
        List<HeaderField> out = new ArrayList<>();
        walk(frame, frame.length, out);
        return out;
    }

    private static Packet walk(byte[] f, int n, List<HeaderField> out) {
        n = Math.min(n, f.length);
        if (n < ETHERNET_HEADER) {
            return null;
        }
        Fields fs = new Fields(f, out);
        if (fs.on()) fs.add("Ethernet", "destination", 0, 6, mac(f, 0));
        if (fs.on()) fs.add("Ethernet", "source", 6, 6, mac(f, 6));
        int type = u16(f, 12);
        if (fs.on()) fs.add("Ethernet", "type", 12, 2, String.format("0x%04x", type) + (type == ETHERTYPE_IPV4 ? " IPv4"
                : type == ETHERTYPE_IPV6 ? " IPv6" : ""));
        int ip = ETHERNET_HEADER;
        int version;
        int protocol;
        int ipLength;
        int transport;
        byte[] src;
        byte[] dst;
        if (type == ETHERTYPE_IPV4) {
            if (n < ip + 20 || (f[ip] & 0xff) >> 4 != 4) {
                return null;
            }
            version = 4;
            int ihl = (f[ip] & 0x0f) * 4;
            ipLength = u16(f, ip + 2);
            protocol = f[ip + 9] & 0xff;
            src = slice(f, ip + 12, 4);
            dst = slice(f, ip + 16, 4);
            if (fs.on()) fs.add("IPv4", "version", ip, 1, "4");
            if (fs.on()) fs.add("IPv4", "header length", ip, 1, ihl + " bytes");
            if (fs.on()) fs.add("IPv4", "DSCP/ECN", ip + 1, 1, String.format("0x%02x", f[ip + 1] & 0xff));
            if (fs.on()) fs.add("IPv4", "total length", ip + 2, 2, Integer.toString(ipLength));
            if (fs.on()) fs.add("IPv4", "identification", ip + 4, 2, String.format("0x%04x", u16(f, ip + 4)));
            int frag = u16(f, ip + 6);
            if (fs.on()) fs.add("IPv4", "flags/fragment", ip + 6, 2, ((frag & 0x4000) != 0 ? "DF " : "") + ((frag & 0x2000) != 0 ? "MF " : "")
                    + "offset " + (frag & 0x1fff) * 8);
            if (fs.on()) fs.add("IPv4", "TTL", ip + 8, 1, Integer.toString(f[ip + 8] & 0xff));
            if (fs.on()) fs.add("IPv4", "protocol", ip + 9, 1, protocol + protocolName(protocol));
            if (fs.on()) fs.add("IPv4", "checksum", ip + 10, 2, String.format("0x%04x", u16(f, ip + 10)));
            if (fs.on()) fs.add("IPv4", "source", ip + 12, 4, Endpoint.ipv4Text(src));
            if (fs.on()) fs.add("IPv4", "destination", ip + 16, 4, Endpoint.ipv4Text(dst));
            if (ihl < 20 || (frag & 0x1fff) != 0) {
                return null; // a bad header, or a later fragment: no transport header here
            }
            transport = ip + ihl;
        } else if (type == ETHERTYPE_IPV6) {
            if (n < ip + 40 || (f[ip] & 0xff) >> 4 != 6) {
                return null;
            }
            version = 6;
            int payload = u16(f, ip + 4);
            ipLength = 40 + payload;
            src = slice(f, ip + 8, 16);
            dst = slice(f, ip + 24, 16);
            if (fs.on()) fs.add("IPv6", "version", ip, 1, "6");
            if (fs.on()) fs.add("IPv6", "traffic class/flow label", ip, 4, String.format("0x%08x", u32(f, ip) & 0x0fffffffL));
            if (fs.on()) fs.add("IPv6", "payload length", ip + 4, 2, Integer.toString(payload));
            int next = f[ip + 6] & 0xff;
            if (fs.on()) fs.add("IPv6", "next header", ip + 6, 1, next + protocolName(next));
            if (fs.on()) fs.add("IPv6", "hop limit", ip + 7, 1, Integer.toString(f[ip + 7] & 0xff));
            if (fs.on()) fs.add("IPv6", "source", ip + 8, 16, Endpoint.ipv6Text(src));
            if (fs.on()) fs.add("IPv6", "destination", ip + 24, 16, Endpoint.ipv6Text(dst));
            transport = ip + 40;
            // hop-by-hop, routing and destination options: skip to the transport header
            while ((next == 0 || next == 43 || next == 60) && n >= transport + 8) {
                int len = ((f[transport + 1] & 0xff) + 1) * 8;
                if (fs.on()) fs.add("IPv6", "extension header " + next, transport, len, "next " + (f[transport] & 0xff));
                next = f[transport] & 0xff;
                transport += len;
            }
            protocol = next;
        } else {
            return null;
        }
        int ipEnd = ip + ipLength;
        if (protocol == Packet.TCP) {
            return tcp(f, n, fs, version, src, dst, ipLength, transport, ipEnd);
        }
        if (protocol == Packet.UDP) {
            if (n < transport + 8) {
                return null;
            }
            int sport = u16(f, transport);
            int dport = u16(f, transport + 2);
            int udpLength = u16(f, transport + 4);
            if (fs.on()) fs.add("UDP", "source port", transport, 2, Integer.toString(sport));
            if (fs.on()) fs.add("UDP", "destination port", transport + 2, 2, Integer.toString(dport));
            if (fs.on()) fs.add("UDP", "length", transport + 4, 2, Integer.toString(udpLength));
            if (fs.on()) fs.add("UDP", "checksum", transport + 6, 2, String.format("0x%04x", u16(f, transport + 6)));
            return new Packet(version, Packet.UDP, new Endpoint(src, sport), new Endpoint(dst, dport), ipLength,
                    0, 0, 0, 0, TcpOptions.NONE, Math.max(0, udpLength - 8), udpLength, transport + 8);
        }
        return null;
    }

    private static Packet tcp(byte[] f, int n, Fields fs, int version, byte[] src, byte[] dst, int ipLength,
                              int t, int ipEnd) {
        if (n < t + 20) {
            return null;
        }
        int sport = u16(f, t);
        int dport = u16(f, t + 2);
        long seq = u32(f, t + 4);
        long ack = u32(f, t + 8);
        int dataOffset = ((f[t + 12] & 0xff) >> 4) * 4;
        int flags = f[t + 13] & 0xff;
        int window = u16(f, t + 14);
        if (fs.on()) fs.add("TCP", "source port", t, 2, Integer.toString(sport));
        if (fs.on()) fs.add("TCP", "destination port", t + 2, 2, Integer.toString(dport));
        if (fs.on()) fs.add("TCP", "sequence number", t + 4, 4, Long.toString(seq));
        if (fs.on()) fs.add("TCP", "acknowledgment number", t + 8, 4, Long.toString(ack));
        if (fs.on()) fs.add("TCP", "data offset", t + 12, 1, dataOffset + " bytes");
        if (fs.on()) fs.add("TCP", "flags", t + 13, 1, TcpFlags.text(flags));
        if (fs.on()) fs.add("TCP", "window", t + 14, 2, Integer.toString(window));
        if (fs.on()) fs.add("TCP", "checksum", t + 16, 2, String.format("0x%04x", u16(f, t + 16)));
        if (fs.on()) fs.add("TCP", "urgent pointer", t + 18, 2, Integer.toString(u16(f, t + 18)));
        if (dataOffset < 20) {
            return null;
        }
        TcpOptions options = options(f, Math.min(n, t + dataOffset), t + 20, fs);
        int payload = Math.max(0, ipEnd - (t + dataOffset));
        return new Packet(version, Packet.TCP, new Endpoint(src, sport), new Endpoint(dst, dport), ipLength,
                seq, ack, flags, window, options, payload, -1, t + dataOffset);
    }

    private static TcpOptions options(byte[] f, int end, int at, Fields fs) {
        int mss = -1;
        int ws = -1;
        boolean sack = false;
        long tsVal = -1;
        long tsEcr = -1;
        int i = at;
        while (i < end) {
            int kind = f[i] & 0xff;
            if (kind == 0) {
                if (fs.on()) fs.add("TCP option", "end of options", i, 1, "");
                break;
            }
            if (kind == 1) {
                if (fs.on()) fs.add("TCP option", "NOP", i, 1, "");
                i++;
                continue;
            }
            if (i + 1 >= end) {
                break;
            }
            int len = f[i + 1] & 0xff;
            if (len < 2 || i + len > end) {
                break; // a malformed option ends the list, as the kernel treats it
            }
            switch (kind) {
                case 2 -> {
                    if (len == 4) {
                        mss = u16(f, i + 2);
                        if (fs.on()) fs.add("TCP option", "MSS", i, len, Integer.toString(mss));
                    }
                }
                case 3 -> {
                    if (len == 3) {
                        ws = f[i + 2] & 0xff;
                        if (fs.on()) fs.add("TCP option", "window scale", i, len, ws + " (x" + (1 << Math.min(ws, 14)) + ")");
                    }
                }
                case 4 -> {
                    sack = true;
                    if (fs.on()) fs.add("TCP option", "SACK permitted", i, len, "");
                }
                case 5 -> { if (fs.on()) fs.add("TCP option", "SACK", i, len, sackBlocks(f, i + 2, i + len)); }
                case 8 -> {
                    if (len == 10) {
                        tsVal = u32(f, i + 2);
                        tsEcr = u32(f, i + 6);
                        if (fs.on()) fs.add("TCP option", "timestamps", i, len, "TSval " + tsVal + " TSecr " + tsEcr);
                    }
                }
                default -> { if (fs.on()) fs.add("TCP option", "kind " + kind, i, len, ""); }
            }
            i += len;
        }
        return new TcpOptions(mss, ws, sack, tsVal, tsEcr);
    }

    private static String sackBlocks(byte[] f, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i + 8 <= to; i += 8) {
            b.append(b.length() > 0 ? " " : "").append(u32(f, i)).append('-').append(u32(f, i + 4));
        }
        return b.toString();
    }

    private static String protocolName(int p) {
        return p == Packet.TCP ? " TCP" : p == Packet.UDP ? " UDP" : "";
    }

    private static String mac(byte[] f, int at) {
        StringBuilder b = new StringBuilder();
        for (int i = at; i < at + 6; i++) {
            b.append(i > at ? ":" : "").append(String.format("%02x", f[i] & 0xff));
        }
        return b.toString();
    }

    static int u16(byte[] f, int at) {
        return ((f[at] & 0xff) << 8) | (f[at + 1] & 0xff);
    }

    static long u32(byte[] f, int at) {
        return ((long) (f[at] & 0xff) << 24) | ((f[at + 1] & 0xff) << 16) | ((f[at + 2] & 0xff) << 8) | (f[at + 3] & 0xff);
    }

    private static byte[] slice(byte[] f, int at, int len) {
        byte[] b = new byte[len];
        System.arraycopy(f, at, b, 0, len);
        return b;
    }

    /**
     * Collects fields only when asked (the capture's walk builds no text: {@link #on()} guards each one),
     * and only those that lie within the captured bytes.
     */
    private record Fields(byte[] frame, List<HeaderField> out) {
        boolean on() {
            return out != null;
        }

        void add(String layer, String name, int offset, int length, String value) {
            if (out != null && offset + length <= frame.length) {
                out.add(new HeaderField(layer, name, offset, length, value));
            }
        }
    }
}
