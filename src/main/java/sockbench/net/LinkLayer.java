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
            // The first SIOCGSTAMPNS turns the kernel's frame stamps on (it answers ENOENT now): from here
            // on each frame carries the time it crossed the interface, which receiveLink reports.
            Sys.stamp(fd);
        } finally {
            socket.leave();
        }
    }

    /** htons(3) for a 16-bit protocol number: what {@code socket(af/packet, sock/raw, htons(ETH_P_ALL))} needs. */
    public static int htons(int value) {
        return ((value & 0xff) << 8) | ((value >>> 8) & 0xff);
    }
}
