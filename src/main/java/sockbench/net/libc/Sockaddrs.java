package sockbench.net.libc;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes and decodes {@code struct sockaddr_in}, {@code sockaddr_in6} and {@code sockaddr_un}
 * (ip(7), ipv6(7), unix(7)) in native memory: family in host order, port in network order.
 */
public final class Sockaddrs {
    /** Size of {@code struct sockaddr_storage}: room for any address. */
    public static final int STORAGE_SIZE = 128;
    /** Size of {@code sun_path} (the NUL included). */
    public static final int UNIX_PATH_MAX = 108;
    private static final int AF_UNIX = 1;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;

    private Sockaddrs() {}

    /** A decoded socket address: raw address bytes, port, scope id, or a unix path (bytes). */
    public record Raw(int family, byte[] address, int port, int scopeId, byte[] path) {}

    /** A native copy of an address and its length, the (addr, addrlen) pair of bind/connect/sendto. */
    public record Native(Memory memory, int length) {}

    public static Native inet(byte[] address4, int port) {
        Memory m = new Memory(16);
        m.clear();
        m.setShort(0, (short) AF_INET);
        m.setByte(2, (byte) (port >>> 8));
        m.setByte(3, (byte) port);
        m.write(4, address4, 0, 4);
        return new Native(m, 16);
    }

    public static Native inet6(byte[] address16, int port, int scopeId) {
        Memory m = new Memory(28);
        m.clear();
        m.setShort(0, (short) AF_INET6);
        m.setByte(2, (byte) (port >>> 8));
        m.setByte(3, (byte) port);
        m.write(8, address16, 0, 16);
        m.setInt(24, scopeId);
        return new Native(m, 28);
    }

    /**
     * A unix address; a path whose first byte is NUL is Linux's abstract namespace, and its length
     * counts exactly its bytes (no terminating NUL).
     */
    public static Native unix(byte[] path) {
        if (path.length >= UNIX_PATH_MAX + (path.length > 0 && path[0] == 0 ? 1 : 0)) {
            throw new IllegalArgumentException("unix path of " + path.length + " bytes is longer than sun_path ("
                    + (UNIX_PATH_MAX - 1) + " bytes and a NUL)");
        }
        Memory m = new Memory(2 + UNIX_PATH_MAX);
        m.clear();
        m.setShort(0, (short) AF_UNIX);
        m.write(2, path, 0, path.length);
        boolean abstractName = path.length > 0 && path[0] == 0;
        return new Native(m, 2 + path.length + (abstractName ? 0 : 1));
    }

    /** Decodes {@code length} bytes at {@code p}, as accept/recvfrom/getsockname filled them. */
    public static Raw decode(Pointer p, int length) {
        int family = length >= 2 ? p.getShort(0) & 0xffff : 0;
        switch (family) {
            case AF_INET: {
                int port = ((p.getByte(2) & 0xff) << 8) | (p.getByte(3) & 0xff);
                return new Raw(family, p.getByteArray(4, 4), port, 0, null);
            }
            case AF_INET6: {
                int port = ((p.getByte(2) & 0xff) << 8) | (p.getByte(3) & 0xff);
                return new Raw(family, p.getByteArray(8, 16), port, p.getInt(24), null);
            }
            case AF_UNIX: {
                byte[] path = length > 2 ? p.getByteArray(2, length - 2) : new byte[0];
                if (path.length > 0 && path[0] != 0) {
                    int nul = 0;
                    while (nul < path.length && path[nul] != 0) {
                        nul++;
                    }
                    path = Arrays.copyOf(path, nul);
                }
                return new Raw(family, null, 0, 0, path);
            }
            default:
                return new Raw(family, null, 0, 0, null);
        }
    }

    /** A readable form of a path's bytes: abstract names start with '@', as ss(8) shows them. */
    public static String pathText(byte[] path) {
        if (path.length > 0 && path[0] == 0) {
            return "@" + new String(path, 1, path.length - 1, StandardCharsets.ISO_8859_1);
        }
        return new String(path, StandardCharsets.ISO_8859_1);
    }

    // ---- struct sockaddr_ll (packet(7)): the Wire view's capture socket

    /** Size of {@code struct sockaddr_ll}. */
    public static final int LINK_SIZE = 20;

    /**
     * A {@code sockaddr_ll} for bind(2): family {@code AF_PACKET} (given: no platform numbers here),
     * protocol in network order, interface index; the rest zero.
     */
    public static Native link(int afPacket, int protocol, int ifindex) {
        Memory m = new Memory(LINK_SIZE);
        m.clear();
        m.setShort(0, (short) afPacket);
        m.setByte(2, (byte) (protocol >>> 8));
        m.setByte(3, (byte) protocol);
        m.setInt(4, ifindex);
        return new Native(m, LINK_SIZE);
    }

    /** {@code sll_ifindex} of a {@code sockaddr_ll} that recvfrom filled. */
    public static int linkIndex(Pointer p) {
        return p.getInt(4);
    }

    /** {@code sll_pkttype} of a {@code sockaddr_ll}: PACKET_HOST, PACKET_OUTGOING ... */
    public static int linkPacketType(Pointer p) {
        return p.getByte(10) & 0xff;
    }
}
