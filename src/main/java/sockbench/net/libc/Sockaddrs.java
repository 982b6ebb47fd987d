package sockbench.net.libc;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes and decodes {@code struct sockaddr_in}, {@code sockaddr_in6} and {@code sockaddr_un}
 * (ip(7), ipv6(7), unix(7)) in native memory, port in network order. The header of the struct
 * differs by platform: Linux has a 16-bit {@code sa_family}; the BSDs and macOS a {@code sa_len}
 * byte and an 8-bit {@code sa_family}. One {@link Layout} of each sits behind this factory, chosen
 * by the platform table ({@code HAS_SIN_LEN}); family numbers come from the table too.
 */
public final class Sockaddrs {
    /** Size of {@code struct sockaddr_storage}: room for any address. */
    public static final int STORAGE_SIZE = 128;
    /** Size of {@code sun_path} (the NUL included), from the platform table. */
    public static final int UNIX_PATH_MAX = (int) (long) ConstantTable.current().internals().get("UNIX_PATH_MAX");
    private static final Layout LAYOUT = Layout.of(ConstantTable.current());

    private Sockaddrs() {}

    /** A decoded socket address: raw address bytes, port, scope id, or a unix path (bytes). */
    public record Raw(int family, byte[] address, int port, int scopeId, byte[] path) {}

    /** A native copy of an address and its length, the (addr, addrlen) pair of bind/connect/sendto. */
    public record Native(Memory memory, int length) {}

    public static Native inet(byte[] address4, int port) {
        return LAYOUT.inet(address4, port);
    }

    public static Native inet6(byte[] address16, int port, int scopeId) {
        return LAYOUT.inet6(address16, port, scopeId);
    }

    /**
     * A unix address; a path whose first byte is NUL is Linux's abstract namespace, and its length
     * counts exactly its bytes (no terminating NUL).
     */
    public static Native unix(byte[] path) {
        return LAYOUT.unix(path);
    }

    /** Writes an inet address into {@code into} (at least {@link #STORAGE_SIZE} bytes); its length. */
    public static int writeInet(Pointer into, byte[] address4, int port) {
        return LAYOUT.writeInet(into, address4, port);
    }

    /** Writes an inet6 address into {@code into}; its length. */
    public static int writeInet6(Pointer into, byte[] address16, int port, int scopeId) {
        return LAYOUT.writeInet6(into, address16, port, scopeId);
    }

    /** Writes a unix address into {@code into}; its length (see {@link #unix}). */
    public static int writeUnix(Pointer into, byte[] path) {
        return LAYOUT.writeUnix(into, path);
    }

    /** Decodes {@code length} bytes at {@code p}, as accept/recvfrom/getsockname filled them. */
    public static Raw decode(Pointer p, int length) {
        return LAYOUT.decode(p, length);
    }

    /** A readable form of a path's bytes: abstract names start with '@', as ss(8) shows them. */
    public static String pathText(byte[] path) {
        if (path.length > 0 && path[0] == 0) {
            return "@" + new String(path, 1, path.length - 1, StandardCharsets.ISO_8859_1);
        }
        return new String(path, StandardCharsets.ISO_8859_1);
    }

    /** One platform's sockaddr header: where the family sits, and whether a length byte precedes it. */
    public static final class Layout {
        private final boolean sinLen;
        private final int afUnix;
        private final int afInet;
        private final int afInet6;
        private final int unixPathMax;

        /** {@code sinLen}: the BSD header (length byte, 8-bit family); else Linux's 16-bit family. */
        public Layout(boolean sinLen, int afUnix, int afInet, int afInet6, int unixPathMax) {
            this.sinLen = sinLen;
            this.afUnix = afUnix;
            this.afInet = afInet;
            this.afInet6 = afInet6;
            this.unixPathMax = unixPathMax;
        }

        static Layout of(ConstantTable t) {
            return new Layout(t.internals().getOrDefault("HAS_SIN_LEN", 0L) != 0, t.constants().get("af/unix"),
                    t.constants().get("af/inet"), t.constants().get("af/inet6"), (int) (long) t.internals().get("UNIX_PATH_MAX"));
        }

        public Native inet(byte[] address4, int port) {
            Memory m = new Memory(16);
            return new Native(m, writeInet(m, address4, port));
        }

        public Native inet6(byte[] address16, int port, int scopeId) {
            Memory m = new Memory(28);
            return new Native(m, writeInet6(m, address16, port, scopeId));
        }

        public Native unix(byte[] path) {
            Memory m = new Memory(2 + unixPathMax);
            return new Native(m, writeUnix(m, path));
        }

        /** A {@code sockaddr_in} written at {@code m}: its 16 bytes. */
        public int writeInet(Pointer m, byte[] address4, int port) {
            header(m, 16, afInet);
            m.setByte(2, (byte) (port >>> 8));
            m.setByte(3, (byte) port);
            m.write(4, address4, 0, 4);
            return 16;
        }

        /** A {@code sockaddr_in6} written at {@code m}: its 28 bytes. */
        public int writeInet6(Pointer m, byte[] address16, int port, int scopeId) {
            header(m, 28, afInet6);
            m.setByte(2, (byte) (port >>> 8));
            m.setByte(3, (byte) port);
            m.write(8, address16, 0, 16);
            m.setInt(24, scopeId);
            return 28;
        }

        /** A {@code sockaddr_un} written at {@code m} ({@code 2 + UNIX_PATH_MAX} bytes of room): its length. */
        public int writeUnix(Pointer m, byte[] path) {
            if (path.length >= unixPathMax + (path.length > 0 && path[0] == 0 ? 1 : 0)) {
                throw new IllegalArgumentException("unix path of " + path.length + " bytes is longer than sun_path ("
                        + (unixPathMax - 1) + " bytes and a NUL)");
            }
            boolean abstractName = path.length > 0 && path[0] == 0;
            int length = 2 + path.length + (abstractName ? 0 : 1);
            header(m, 2 + unixPathMax, afUnix);
            if (sinLen) {
                m.setByte(0, (byte) length);
            }
            m.write(2, path, 0, path.length);
            return length;
        }

        public Raw decode(Pointer p, int length) {
            int family = length < 2 ? 0 : sinLen ? p.getByte(1) & 0xff : p.getShort(0) & 0xffff;
            if (family == afInet && length >= 8) {
                int port = ((p.getByte(2) & 0xff) << 8) | (p.getByte(3) & 0xff);
                return new Raw(family, p.getByteArray(4, 4), port, 0, null);
            }
            if (family == afInet6 && length >= 28) {
                int port = ((p.getByte(2) & 0xff) << 8) | (p.getByte(3) & 0xff);
                return new Raw(family, p.getByteArray(8, 16), port, p.getInt(24), null);
            }
            if (family == afUnix) {
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
            return new Raw(family, null, 0, 0, null);
        }

        /** Zeroes {@code size} bytes at {@code m} and sets the family (and, on BSD, the length). */
        private void header(Pointer m, int size, int family) {
            m.setMemory(0, size, (byte) 0);
            if (sinLen) {
                m.setByte(0, (byte) size);
                m.setByte(1, (byte) family);
            } else {
                m.setShort(0, (short) family);
            }
        }
    }

    // ---- struct sockaddr_ll (packet(7)): the Wire view's capture socket

    /** Size of {@code struct sockaddr_ll}. */
    public static final int LINK_SIZE = 20;
    /** Offset of {@code sll_ifindex} in it. */
    public static final int LINK_IFINDEX = 4;
    /** Offset of {@code sll_pkttype} in it: PACKET_HOST, PACKET_OUTGOING ... */
    public static final int LINK_PKTTYPE = 10;

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
        m.setInt(LINK_IFINDEX, ifindex);
        return new Native(m, LINK_SIZE);
    }
}
