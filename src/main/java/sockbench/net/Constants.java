package sockbench.net;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sockbench.net.libc.ConstantTable;

/**
 * The egg's integer constants with this platform's values. Every name of the spec's lists is known
 * here; one the platform lacks has no value ({@code #f} in the console), never a guessed number.
 */
public final class Constants {
    /** Every name the spec lists (and the Linux extras this project adds), in the spec's order. */
    private static final List<String> NAMES = List.of(
            "af/inet", "af/inet6", "af/unix", "af/unspec",
            "sock/stream", "sock/dgram", "sock/raw", "sock/seqpacket",
            "ipproto/tcp", "ipproto/udp", "ipproto/ip", "ipproto/ipv6", "ipproto/icmp", "ipproto/icmpv6",
            "sol/socket",
            "ai/numerichost", "ai/passive", "ai/canonname", "ai/numericserv", "ai/v4mapped", "ai/all",
            "ai/addrconfig",
            "ni/numerichost", "ni/numericserv", "ni/dgram", "ni/namereqd", "ni/nofqdn",
            "shut/rd", "shut/wr", "shut/rdwr",
            "so/reuseaddr", "so/debug", "so/acceptconn", "so/keepalive", "so/dontroute", "so/broadcast",
            "so/linger", "so/oobinline", "so/sndbuf", "so/rcvbuf", "so/sndlowat", "so/rcvlowat",
            "so/sndtimeo", "so/rcvtimeo", "so/error", "so/type", "so/useloopback", "so/reuseport",
            "so/timestamp", "so/exclusiveaddruse", "so/protocol", "so/domain",
            "tcp/nodelay", "tcp/nopush", "tcp/noopt", "tcp/keepalive", "tcp/maxseg",
            "tcp/cork", "tcp/keepidle", "tcp/keepintvl", "tcp/keepcnt", "tcp/info", "tcp/congestion",
            "tcp/user-timeout", "tcp/notsent-lowat",
            "ip/options", "ip/hdrincl", "ip/tos", "ip/ttl", "ip/mtu", "ip/mtu-discover", "ip/pktinfo",
            "ip/recverr", "ip/recvtos", "ip/recvttl", "ip/router-alert", "ip/recvopts", "ip/recvretopts",
            "ip/retopts", "ip/recvdstaddr", "ip/multicast-if", "ip/multicast-ttl", "ip/multicast-loop",
            "ip/add-membership", "ip/drop-membership",
            "ipv6/v6only", "ipv6/unicast-hops", "ipv6/multicast-if", "ipv6/multicast-hops",
            "ipv6/multicast-loop", "ipv6/join-group", "ipv6/leave-group",
            "msg/oob", "msg/peek", "msg/dontroute", "msg/trunc", "msg/dontwait", "msg/eor",
            "msg/waitall", "msg/nosignal", "msg/more");

    private static final Map<String, Integer> TABLE = ConstantTable.current().constants();

    private Constants() {}

    /** Every constant name, in order; {@link #value} says which this platform has. */
    public static List<String> names() {
        return NAMES;
    }

    /** Name to value for every name; the value is null where the platform lacks it. */
    public static Map<String, Integer> all() {
        Map<String, Integer> all = new LinkedHashMap<>();
        NAMES.forEach(n -> all.put(n, TABLE.get(n)));
        return Collections.unmodifiableMap(all);
    }

    /** The value of a constant, empty when this platform lacks it. */
    public static Optional<Integer> value(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    /** The value of a constant the engine relies on; unsupported if the platform lacks it. */
    public static int require(String name) {
        Integer v = TABLE.get(name);
        if (v == null) {
            throw Errors.unsupported(name);
        }
        return v;
    }

    /** The symbol of a value within one prefix ({@code "af"}, 2 -> {@code af/inet}), or empty. */
    public static Optional<String> symbol(String prefix, int value) {
        String start = prefix + "/";
        for (String n : NAMES) {
            Integer v = TABLE.get(n);
            if (n.startsWith(start) && v != null && v == value) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** A value's symbol within a prefix, or the number itself as text (how printed forms show it). */
    public static String describe(String prefix, int value) {
        return symbol(prefix, value).orElse(Integer.toString(value));
    }

    // The six integer<->symbol conversions of the spec.

    public static Optional<String> integerToAddressFamily(int value) { return symbol("af", value); }
    public static Optional<Integer> addressFamilyToInteger(String symbol) { return prefixed("af", symbol); }
    public static Optional<String> integerToSocketType(int value) { return symbol("sock", value); }
    public static Optional<Integer> socketTypeToInteger(String symbol) { return prefixed("sock", symbol); }
    public static Optional<String> integerToProtocolType(int value) { return symbol("ipproto", value); }
    public static Optional<Integer> protocolTypeToInteger(String symbol) { return prefixed("ipproto", symbol); }

    private static Optional<Integer> prefixed(String prefix, String symbol) {
        return symbol.startsWith(prefix + "/") ? value(symbol) : Optional.empty();
    }

    /** An engine-internal number (O_NONBLOCK, POLLIN ...) from the platform table. */
    static long internal(String name) {
        Long v = ConstantTable.current().internals().get(name);
        if (v == null) {
            throw Errors.unsupported(name);
        }
        return v;
    }

    /** An errno number by its symbol ({@code EAGAIN}) from the platform table. */
    static int errno(String symbol) {
        for (var e : ConstantTable.current().errnoNames().entrySet()) {
            if (e.getValue().equals(symbol)) {
                return e.getKey();
            }
        }
        throw Errors.unsupported(symbol);
    }
}
