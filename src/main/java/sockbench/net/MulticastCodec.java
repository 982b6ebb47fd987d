package sockbench.net;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The membership structs: {@code struct ip_mreq} (8 bytes), {@code struct ip_mreqn} (12) and
 * {@code struct ipv6_mreq} (20). Addresses are in network order, the index in host order.
 */
public final class MulticastCodec implements StructCodec<MulticastRequest> {
    public static final MulticastCodec IP_MREQ = new MulticastCodec("struct ip_mreq", 4, false);
    public static final MulticastCodec IP_MREQN = new MulticastCodec("struct ip_mreqn", 4, true);
    public static final MulticastCodec IPV6_MREQ = new MulticastCodec("struct ipv6_mreq", 16, true);

    private final String cName;
    private final int addressSize;
    private final boolean withIndex;

    private MulticastCodec(String cName, int addressSize, boolean withIndex) {
        this.cName = cName;
        this.addressSize = addressSize;
        this.withIndex = withIndex;
    }

    private boolean v6() {
        return addressSize == 16;
    }

    @Override public String cName() { return cName; }
    @Override public Class<MulticastRequest> valueType() { return MulticastRequest.class; }

    @Override
    public int size() {
        return v6() ? 20 : withIndex ? 12 : 8;
    }

    @Override
    public List<StructField> layout() {
        if (v6()) {
            return List.of(new StructField("ipv6mr_multiaddr", "struct in6_addr", 0, 16, true),
                    new StructField("ipv6mr_interface", "unsigned int", 16, 4, false));
        }
        StructField group = new StructField("imr_multiaddr", "struct in_addr", 0, 4, true);
        if (!withIndex) {
            return List.of(group, new StructField("imr_interface", "struct in_addr", 4, 4, true));
        }
        return List.of(group, new StructField("imr_address", "struct in_addr", 4, 4, true),
                new StructField("imr_ifindex", "int", 8, 4, false));
    }

    @Override
    public byte[] encode(MulticastRequest r) {
        byte[] b = new byte[size()];
        ByteBuffer buf = StructCodec.nativeBuffer(b);
        buf.put(addressBytes(r.group(), "group"));
        if (!v6()) {
            buf.put(addressBytes(r.interfaceAddress() == null ? "0.0.0.0" : r.interfaceAddress(), "interface address"));
        }
        if (withIndex) {
            buf.putInt(r.interfaceIndex());
        }
        return b;
    }

    @Override
    public MulticastRequest decode(byte[] bytes) {
        StructCodec.checkSize(cName, bytes, size());
        ByteBuffer buf = StructCodec.nativeBuffer(bytes);
        byte[] group = new byte[addressSize];
        buf.get(group);
        String local = "0.0.0.0";
        if (!v6()) {
            byte[] a = new byte[4];
            buf.get(a);
            local = text(a);
        }
        int index = withIndex ? buf.getInt() : 0;
        return new MulticastRequest(text(group), v6() ? "::" : local, index);
    }

    private byte[] addressBytes(String text, String what) {
        if (text == null) {
            throw Errors.badArgument(cName, "no " + what + " given");
        }
        SockAddr a = SockAddr.inet(text, 0);
        if (a.family() != Constants.require(v6() ? "af/inet6" : "af/inet")) {
            throw Errors.badArgument(cName, what + " \"" + text + "\" is not an " + (v6() ? "IPv6" : "IPv4") + " address");
        }
        return a.rawAddress();
    }

    private static String text(byte[] address) {
        return address.length == 4
                ? (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff)
                : Ipv6Text.format(address);
    }
}
