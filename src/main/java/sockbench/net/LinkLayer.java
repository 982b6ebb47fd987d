package sockbench.net;

import sockbench.net.libc.LibC;
import sockbench.net.libc.Sockaddrs;

/**
 * Binding an {@code af/packet} socket to one interface (packet(7)): what the Wire view's capture needs
 * beyond the egg. The socket is an ordinary engine socket, so these calls show in the trace.
 */
public final class LinkLayer {
    private LinkLayer() {}

    /** if_nametoindex(3): the interface's index; an unknown name is a clear error. */
    public static int interfaceIndex(String name) {
        if (name == null || name.isEmpty() || name.length() >= 16) {
            throw Errors.badArgument("interface-index", "interface name " + name + " is not 1..15 characters");
        }
        int index = LibC.if_nametoindex(name);
        if (index == 0) {
            throw Errors.badArgument("interface-index", "no network interface named " + name);
        }
        return index;
    }

    /** bind(2) of an {@code af/packet} socket to the interface, receiving {@code protocol} (host order, eth-p/all). */
    public static void bind(Socket socket, String interfaceName, int protocol) {
        int afPacket = Constants.require("af/packet");
        if (socket.family() != afPacket) {
            throw Errors.badArgument("bind-link", socket + " is not an af/packet socket");
        }
        if (protocol < 0 || protocol > 0xffff) {
            throw Errors.badArgument("bind-link", "protocol " + protocol + " is outside 0..65535");
        }
        int index = interfaceIndex(interfaceName);
        Sockaddrs.Native sa = Sockaddrs.link(afPacket, protocol, index);
        int fd = socket.enter("bind-link");
        try {
            Sys.bindLink(fd, sa, "{sa_family=AF_PACKET, sll_protocol=htons(0x" + Integer.toHexString(protocol)
                    + "), sll_ifindex=if_nametoindex(\"" + interfaceName + "\")}");
        } finally {
            socket.leave();
        }
    }

    /** htons(3) for a 16-bit protocol number: what {@code socket(af/packet, sock/raw, htons(ETH_P_ALL))} needs. */
    public static int htons(int value) {
        return ((value & 0xff) << 8) | ((value >>> 8) & 0xff);
    }

    /**
     * SO_ATTACH_FILTER with a classic BPF program that keeps only frames of one packet type, cut to
     * {@code snapLength} bytes (socket(7), filter(2) of the kernel's networking docs): the kernel drops the
     * rest before they are queued, so the capture thread never receives them. Loopback's incoming copies
     * then cost nothing.
     */
    public static void keepOnly(Socket socket, int packetType, int snapLength) {
        // ld [pkttype] (an ancillary load: SKF_AD_OFF + SKF_AD_PKTTYPE); jeq #type, keep, drop; keep: ret #snap; drop: ret #0
        int[][] program = {{0x20, 0, 0, 0xfffff000 + 4}, {0x15, 0, 1, packetType}, {0x06, 0, 0, snapLength}, {0x06, 0, 0, 0}};
        com.sun.jna.Memory filter = new com.sun.jna.Memory(8L * program.length);
        for (int i = 0; i < program.length; i++) {
            filter.setShort(8L * i, (short) program[i][0]);
            filter.setByte(8L * i + 2, (byte) program[i][1]);
            filter.setByte(8L * i + 3, (byte) program[i][2]);
            filter.setInt(8L * i + 4, program[i][3]);
        }
        java.nio.ByteBuffer fprog = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.nativeOrder());
        fprog.putShort(0, (short) program.length).putLong(8, com.sun.jna.Pointer.nativeValue(filter));
        int fd = socket.enter("attach-filter");
        try {
            int r = Sys.setsockopt(fd, Constants.require("sol/socket"), Constants.require("so/attach-filter"), fprog.array(),
                    "SO_ATTACH_FILTER");
            if (r < 0) {
                throw Errors.syscall("setsockopt", -r);
            }
        } finally {
            socket.leave();
            java.lang.ref.Reference.reachabilityFence(filter); // the kernel read the program during the call
        }
    }

    /**
     * {@code PACKET_IGNORE_OUTGOING} (Linux 4.20): the kernel hands this socket no outgoing frame at
     * all, where a filter would drop each one only after the kernel had cloned it for the socket. On
     * loopback every frame also arrives as incoming, so nothing is lost. False where the kernel does
     * not know the option; the filter and the check on each frame then do the same, at a cost.
     */
    public static boolean ignoreOutgoing(Socket socket) {
        int fd = socket.enter("ignore-outgoing");
        try {
            byte[] one = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder()).putInt(0, 1).array();
            return Sys.setsockopt(fd, Constants.require("sol/packet"), (int) Constants.internal("PACKET_IGNORE_OUTGOING"), one,
                    "PACKET_IGNORE_OUTGOING") == 0;
        } finally {
            socket.leave();
        }
    }
}
