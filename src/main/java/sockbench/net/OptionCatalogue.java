package sockbench.net;

import static sockbench.net.OptionType.BOOLEAN;
import static sockbench.net.OptionType.INTEGER;
import static sockbench.net.OptionType.STRING;
import static sockbench.net.OptionType.STRUCT;
import static sockbench.net.SocketOption.Access.READ_ONLY;
import static sockbench.net.SocketOption.Access.READ_WRITE;
import static sockbench.net.SocketOption.Access.WRITE_ONLY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of socket options: the spec's accessors, the struct options its author meant to add,
 * and the Linux options a class wants to see. Everything else (engine accessors, console bindings,
 * options panel) is driven from here.
 */
public final class OptionCatalogue {
    private static final List<SocketOption> ALL = new ArrayList<>();
    private static final Map<String, SocketOption> BY_ACCESSOR = new LinkedHashMap<>();
    private static final Map<String, SocketOption> BY_SYMBOL = new LinkedHashMap<>();

    static {
        String sol = "sol/socket";
        add("so-reuse-address?", "so/reuseaddr", sol, BOOLEAN, READ_WRITE, "bind to an address in TIME_WAIT");
        add("so-debug?", "so/debug", sol, BOOLEAN, READ_WRITE, "kernel debugging (needs CAP_NET_ADMIN)");
        add("so-keep-alive?", "so/keepalive", sol, BOOLEAN, READ_WRITE, "send keep-alive probes on idle connections");
        add("so-dont-route?", "so/dontroute", sol, BOOLEAN, READ_WRITE, "send only to directly connected hosts");
        add("so-broadcast?", "so/broadcast", sol, BOOLEAN, READ_WRITE, "allow datagrams to broadcast addresses");
        add("so-oob-inline?", "so/oobinline", sol, BOOLEAN, READ_WRITE, "urgent data stays in the normal stream");
        add("so-accept-connections?", "so/acceptconn", sol, BOOLEAN, READ_ONLY, "the socket is listening");
        add("so-send-buffer", "so/sndbuf", sol, INTEGER, READ_WRITE, "send buffer size (the kernel doubles it)");
        add("so-receive-buffer", "so/rcvbuf", sol, INTEGER, READ_WRITE, "receive buffer size (the kernel doubles it)");
        add("so-send-low-water", "so/sndlowat", sol, INTEGER, READ_WRITE, "bytes of room before send is ready");
        add("so-receive-low-water", "so/rcvlowat", sol, INTEGER, READ_WRITE, "bytes waiting before receive is ready");
        register(new SocketOption("so-error", "so/error", sol, INTEGER, READ_ONLY, null, "pending error, cleared by reading", true));
        add("so-type", "so/type", sol, INTEGER, READ_ONLY, "the socket type");
        add("so-reuse-port?", "so/reuseport", sol, BOOLEAN, READ_WRITE, "several sockets share one port");
        add("so-use-loopback?", "so/useloopback", sol, BOOLEAN, READ_WRITE, "bypass hardware when possible (BSD)");
        struct("so-linger", "so/linger", sol, READ_WRITE, LingerCodec.INSTANCE, "what close does with unsent data");
        struct("so-receive-timeout", "so/rcvtimeo", sol, READ_WRITE, TimevalCodec.INSTANCE, "blocking receive timeout");
        struct("so-send-timeout", "so/sndtimeo", sol, READ_WRITE, TimevalCodec.INSTANCE, "blocking send timeout");

        String tcp = "ipproto/tcp";
        add("tcp-no-delay?", "tcp/nodelay", tcp, BOOLEAN, READ_WRITE, "send small segments at once (no Nagle)");
        add("tcp-no-push?", "tcp/nopush", tcp, BOOLEAN, READ_WRITE, "hold partial segments (BSD)");
        add("tcp-no-options?", "tcp/noopt", tcp, BOOLEAN, READ_WRITE, "send no TCP options (BSD)");
        add("tcp-keep-alive", "tcp/keepalive", tcp, INTEGER, READ_WRITE, "idle seconds before keep-alive (macOS)");
        add("tcp-max-segment-size", "tcp/maxseg", tcp, INTEGER, READ_WRITE, "maximum segment size");
        add("tcp-cork?", "tcp/cork", tcp, BOOLEAN, READ_WRITE, "hold partial segments until uncorked");
        add("tcp-keep-idle", "tcp/keepidle", tcp, INTEGER, READ_WRITE, "idle seconds before the first probe");
        add("tcp-keep-interval", "tcp/keepintvl", tcp, INTEGER, READ_WRITE, "seconds between probes");
        add("tcp-keep-count", "tcp/keepcnt", tcp, INTEGER, READ_WRITE, "probes before the connection drops");
        add("tcp-user-timeout", "tcp/user-timeout", tcp, INTEGER, READ_WRITE, "ms unacknowledged data may wait");
        add("tcp-not-sent-low-water", "tcp/notsent-lowat", tcp, INTEGER, READ_WRITE, "unsent bytes before send is ready");
        add("tcp-congestion", "tcp/congestion", tcp, STRING, READ_WRITE, "congestion control algorithm");
        struct("tcp-info", "tcp/info", tcp, READ_ONLY, TcpInfoCodec.INSTANCE, "the connection as TCP sees it");

        String ip = "ipproto/ip";
        add("ip-header-included?", "ip/hdrincl", ip, BOOLEAN, READ_WRITE, "raw socket supplies the IP header");
        add("ip-type-of-service", "ip/tos", ip, INTEGER, READ_WRITE, "the TOS / DSCP byte");
        add("ip-time-to-live", "ip/ttl", ip, INTEGER, READ_WRITE, "hops before a packet dies");
        add("ip-multicast-ttl", "ip/multicast-ttl", ip, INTEGER, READ_WRITE, "hops for multicast datagrams");
        add("ip-multicast-loop?", "ip/multicast-loop", ip, BOOLEAN, READ_WRITE, "loop multicast back to this host");
        struct("ip-add-membership", "ip/add-membership", ip, WRITE_ONLY, MulticastCodec.IP_MREQN, "join a multicast group");
        struct("ip-drop-membership", "ip/drop-membership", ip, WRITE_ONLY, MulticastCodec.IP_MREQN, "leave a multicast group");

        String ipv6 = "ipproto/ipv6";
        add("ipv6-v6-only?", "ipv6/v6only", ipv6, BOOLEAN, READ_WRITE, "refuse IPv4-mapped peers");
        add("ipv6-multicast-hops", "ipv6/multicast-hops", ipv6, INTEGER, READ_WRITE, "hops for multicast datagrams");
        add("ipv6-multicast-loop?", "ipv6/multicast-loop", ipv6, BOOLEAN, READ_WRITE, "loop multicast back to this host");
        struct("ipv6-join-group", "ipv6/join-group", ipv6, WRITE_ONLY, MulticastCodec.IPV6_MREQ, "join a multicast group");
        struct("ipv6-leave-group", "ipv6/leave-group", ipv6, WRITE_ONLY, MulticastCodec.IPV6_MREQ, "leave a multicast group");
    }

    private OptionCatalogue() {}

    private static void add(String accessor, String symbol, String level, OptionType type, SocketOption.Access access,
                            String summary) {
        register(new SocketOption(accessor, symbol, level, type, access, null, summary, false));
    }

    private static void struct(String accessor, String symbol, String level, SocketOption.Access access,
                               StructCodec<?> codec, String summary) {
        register(new SocketOption(accessor, symbol, level, STRUCT, access, codec, summary, false));
    }

    private static void register(SocketOption o) {
        ALL.add(o);
        BY_ACCESSOR.put(o.accessor(), o);
        BY_SYMBOL.put(o.symbol(), o);
    }

    /** Every option, grouped by level in catalogue order. */
    public static List<SocketOption> all() {
        return List.copyOf(ALL);
    }

    /** The option whose accessor is {@code so-reuse-address?}. */
    public static Optional<SocketOption> byAccessor(String accessor) {
        return Optional.ofNullable(BY_ACCESSOR.get(accessor));
    }

    /** The option whose constant is {@code so/reuseaddr}. */
    public static Optional<SocketOption> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** The option for a level and name number on this platform. */
    public static Optional<SocketOption> byNumber(int level, int name) {
        return ALL.stream().filter(o -> o.levelNumber().orElse(-1) == level && o.number().orElse(-1) == name).findFirst();
    }
}
