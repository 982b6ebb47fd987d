package sockbench.net.wire;

import java.util.Arrays;
import sockbench.net.SockAddr;

/** One end of a conversation as a header names it: an IPv4 or IPv6 address and a port. */
public record Endpoint(byte[] address, int port) {
    public Endpoint {
        address = address.clone();
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    public boolean isIpv6() {
        return address.length == 16;
    }

    /** {@code 127.0.0.1:5000} or {@code [::1]:5000}, as {@code sockaddr->string} writes them. */
    @Override
    public String toString() {
        return isIpv6() ? "[" + ipv6Text(address) + "]:" + port : ipv4Text(address) + ":" + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && e.port == port && Arrays.equals(e.address, address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + port;
    }

    static String ipv4Text(byte[] a) {
        return SockAddr.addressText(a);
    }

    static String ipv6Text(byte[] a) {
        return SockAddr.addressText(a);
    }

    /**
     * The endpoint of an Internet socket address; a v4-mapped IPv6 address ({@code ::ffff:127.0.0.1}) is
     * the IPv4 address the wire carries.
     */
    public static Endpoint of(SockAddr a) {
        String text = a.address();
        int percent = text.indexOf('%');
        String host = percent < 0 ? text : text.substring(0, percent);
        byte[] raw = SockAddr.addressBytes(host, host.contains(":") ? 16 : 4);
        if (raw.length == 16 && isV4Mapped(raw)) {
            raw = java.util.Arrays.copyOfRange(raw, 12, 16);
        }
        return new Endpoint(raw, a.port());
    }

    private static boolean isV4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    }
}
