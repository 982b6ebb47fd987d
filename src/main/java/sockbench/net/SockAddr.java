package sockbench.net;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import sockbench.net.libc.LibC;
import sockbench.net.libc.Sockaddrs;

/**
 * The egg's {@code sockaddr}: an IPv4 or IPv6 address and port (with its scope id), or a UNIX path.
 * Immutable; printed as {@code #<sockaddr "[::1]:22">}.
 */
public final class SockAddr {
    private final int family;
    private final byte[] address;
    private final int port;
    private final int scopeId;
    private final byte[] path;

    private SockAddr(int family, byte[] address, int port, int scopeId, byte[] path) {
        this.family = family;
        this.address = address;
        this.port = port;
        this.scopeId = scopeId;
        this.path = path;
    }

    /**
     * {@code (inet-address addr port)}: addr a numeric IPv4 or IPv6 string (with {@code %scope}) or
     * null for the unspecified address; port an integer, a numeric string or null for 0.
     */
    public static SockAddr inet(String addr, Object port) {
        if (addr == null && (port == null || Boolean.FALSE.equals(port))) {
            throw Errors.network("inet-address", "invalid internet address: address and port are both unspecified (#f)");
        }
        int p = parsePort("inet-address", port);
        if (addr == null) {
            List<AddrInfo> any = Resolver.addressInformation(null, p, null, Constants.require("sock/stream"), null,
                    Constants.require("ai/passive") | Constants.value("ai/numericserv").orElse(0));
            if (any.isEmpty()) {
                throw Errors.net("inet-address: the resolver gave no unspecified address");
            }
            return any.get(0).address();
        }
        if (addr.indexOf('\0') >= 0) {
            // inet_pton would stop at the NUL and accept the text before it
            throw Errors.network("inet-address", "invalid internet address \"" + addr.replace("\0", "\\0")
                    + "\" (contains a NUL byte)");
        }
        byte[] v4 = new byte[4];
        if (!addr.contains(":") && LibC.inet_pton(Constants.require("af/inet"), addr, v4) == 1) {
            return new SockAddr(Constants.require("af/inet"), v4, p, 0, null);
        }
        int percent = addr.indexOf('%');
        String host = percent < 0 ? addr : addr.substring(0, percent);
        byte[] v6 = new byte[16];
        if (host.contains(":") && LibC.inet_pton(Constants.require("af/inet6"), host, v6) == 1) {
            int scope = percent < 0 ? 0 : parseScope(addr.substring(percent + 1));
            return new SockAddr(Constants.require("af/inet6"), v6, p, scope, null);
        }
        throw Errors.network("inet-address", "invalid internet address \"" + addr + "\" (a numeric IPv4 or IPv6 address)");
    }

    /**
     * {@code (unix-address path)}. A path starting with NUL names Linux's abstract namespace; the
     * path must fit {@code sun_path} (107 bytes and the NUL, or 108 bytes for an abstract name).
     */
    public static SockAddr unix(String path) {
        if (path == null) {
            throw Errors.badArgument("unix-address", "no path given");
        }
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(path)) {
            throw Errors.badArgument("unix-address", "path has characters outside ISO-8859-1 (strings are bytes)");
        }
        byte[] bytes = path.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == 0) {
            throw Errors.badArgument("unix-address", "empty path");
        }
        boolean abstractName = bytes[0] == 0;
        for (int i = 1; i < bytes.length; i++) {
            if (bytes[i] == 0 && !abstractName) {
                throw Errors.badArgument("unix-address", "path contains a NUL byte at " + i);
            }
        }
        int max = abstractName ? Sockaddrs.UNIX_PATH_MAX : Sockaddrs.UNIX_PATH_MAX - 1;
        if (bytes.length > max) {
            throw Errors.badArgument("unix-address", "path of " + bytes.length + " bytes is too long for sun_path (at most "
                    + max + ")");
        }
        return new SockAddr(Constants.require("af/unix"), null, 0, 0, bytes);
    }

    /** An address the kernel or resolver filled in. */
    static SockAddr fromRaw(Sockaddrs.Raw raw) {
        return new SockAddr(raw.family(), raw.address(), raw.port(), raw.scopeId(), raw.path());
    }

    static int parsePort(String procedure, Object port) {
        if (port == null || Boolean.FALSE.equals(port)) {
            return 0;
        }
        long value;
        if (port instanceof Number n) {
            if (n instanceof Double || n instanceof Float) {
                // the egg: (exact? port) or a domain error
                throw Errors.domain(procedure, "port must be a numeric value or #f, got " + port);
            }
            value = n.longValue();
        } else if (port instanceof String s && s.matches("[0-9]{1,9}")) {
            value = Long.parseLong(s);
        } else {
            if (!(port instanceof String)) {
                throw Errors.domain(procedure, "port must be a numeric value or #f, got " + port);
            }
            throw Errors.network(procedure, "invalid port \"" + port + "\" (an integer 0..65535 or a numeric string)");
        }
        if (value < 0 || value > 65535) {
            throw Errors.network(procedure, "port " + value + " is outside 0..65535");
        }
        return (int) value;
    }

    private static int parseScope(String scope) {
        if (scope.matches("[0-9]{1,9}")) {
            return Integer.parseInt(scope);
        }
        int index = scope.isEmpty() ? 0 : LibC.if_nametoindex(scope);
        if (index == 0) {
            throw Errors.network("inet-address", "invalid internet address: unknown interface \"" + scope + "\" in scope id");
        }
        return index;
    }

    /** {@code sockaddr-family}: the address family constant. */
    public int family() { return family; }

    public boolean isInet() { return address != null; }

    public boolean isUnix() { return path != null; }

    /** {@code sockaddr-address}: the IP address as text (with {@code %scope}), or a UNIX path. */
    public String address() {
        if (isUnix()) {
            return Sockaddrs.pathText(path);
        }
        if (address == null) {
            return "";
        }
        return address.length == 4 ? ipv4Text(address) : Ipv6Text.format(address) + scopeText();
    }

    /** {@code sockaddr-port}: the port of an Internet address; an error for any other. */
    public int port() {
        if (!isInet()) {
            throw Errors.network("sockaddr-port", "unable to obtain port for socket address " + this);
        }
        return port;
    }

    /** {@code sockaddr-path}: the path of a UNIX address; an error for any other. */
    public String path() {
        if (!isUnix()) {
            throw Errors.network("sockaddr-path", "unable to obtain path for socket address " + this);
        }
        return Sockaddrs.pathText(path);
    }

    /** The text of a raw IPv4 (4 bytes) or IPv6 (16 bytes) address, as inet_ntop writes it. */
    public static String addressText(byte[] raw) {
        if (raw == null || (raw.length != 4 && raw.length != 16)) {
            throw Errors.badArgument("address", "expected 4 or 16 address bytes, got " + (raw == null ? "none" : raw.length));
        }
        return raw.length == 4 ? ipv4Text(raw) : Ipv6Text.format(raw);
    }

    /** The network-order bytes of a numeric address, which must be IPv4 (size 4) or IPv6 (size 16). */
    public static byte[] addressBytes(String text, int size) {
        SockAddr a = inet(text, 0);
        if (a.address == null || a.address.length != size) {
            throw Errors.badArgument("inet-address", "\"" + text + "\" is not an " + (size == 4 ? "IPv4" : "IPv6") + " address");
        }
        return a.rawAddress();
    }

    /** A copy of the raw address bytes (4 or 16), network order. */
    byte[] rawAddress() {
        return address == null ? new byte[0] : address.clone();
    }

    /** The IPv6 scope id (interface index), 0 when none. */
    public int scopeId() { return scopeId; }

    /** {@code sockaddr->string}: "address" when the port is 0, else "a:port" or "[a]:port". */
    public String toEggString() {
        if (!isInet()) {
            return address();
        }
        if (port == 0) {
            return address();
        }
        return address.length == 4 ? address() + ":" + port : "[" + address() + "]:" + port;
    }

    /** The native struct for bind/connect/sendto. */
    Sockaddrs.Native toNative() {
        if (isUnix()) {
            return Sockaddrs.unix(path);
        }
        if (address == null) {
            throw Errors.badArgument("sockaddr", "address of family " + Constants.describe("af", family) + " is not supported");
        }
        return address.length == 4 ? Sockaddrs.inet(address, port) : Sockaddrs.inet6(address, port, scopeId);
    }

    /**
     * Writes the native struct at {@code into} ({@code sockaddr_storage} room) and answers its
     * length: what sendto uses, with the thread's scratch struct, so a datagram costs no allocation.
     */
    int writeNative(com.sun.jna.Pointer into) {
        if (isUnix()) {
            return Sockaddrs.writeUnix(into, path);
        }
        if (address == null) {
            throw Errors.badArgument("sockaddr", "address of family " + Constants.describe("af", family) + " is not supported");
        }
        return address.length == 4 ? Sockaddrs.writeInet(into, address, port) : Sockaddrs.writeInet6(into, address, port, scopeId);
    }

    /** The address as strace shows a struct sockaddr. */
    String toC() {
        if (isUnix()) {
            return "{sa_family=AF_UNIX, sun_path=" + (path.length > 0 && path[0] == 0 ? "@\"" + address().substring(1)
                    : "\"" + address()) + "\"}";
        }
        if (address == null) {
            return "{sa_family=" + family + "}";
        }
        if (address.length == 4) {
            return "{sa_family=AF_INET, sin_port=htons(" + port + "), sin_addr=inet_addr(\"" + address() + "\")}";
        }
        return "{sa_family=AF_INET6, sin6_port=htons(" + port + "), sin6_flowinfo=0, inet_pton(AF_INET6, \""
                + Ipv6Text.format(address) + "\"), sin6_scope_id=" + scopeId + "}";
    }

    private String scopeText() {
        if (scopeId == 0) {
            return "";
        }
        String name = LibC.if_indextoname(scopeId, new byte[64]);
        return "%" + (name != null ? name : Integer.toString(scopeId));
    }

    private static String ipv4Text(byte[] a) {
        return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SockAddr s && s.family == family && s.port == port && s.scopeId == scopeId
                && Arrays.equals(s.address, address) && Arrays.equals(s.path, path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, port, scopeId, Arrays.hashCode(address), Arrays.hashCode(path));
    }

    /** The egg's printed form: {@code #<sockaddr "127.0.0.1:80">}. */
    @Override
    public String toString() {
        return "#<sockaddr \"" + toEggString() + "\">";
    }
}
