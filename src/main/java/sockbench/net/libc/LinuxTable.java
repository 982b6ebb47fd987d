package sockbench.net.libc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linux numbers (glibc headers, the asm-generic socket numbers of x86, ARM and RISC-V).
 * Names the egg lists that Linux lacks ({@code so/useloopback}, {@code tcp/nopush} ...) are left out.
 */
final class LinuxTable implements ConstantTable {
    private final Map<String, Integer> constants = new LinkedHashMap<>();
    private final Map<Integer, String> errno = new LinkedHashMap<>();
    private final Map<Integer, String> gai = new LinkedHashMap<>();
    private final Map<String, Long> internals = new LinkedHashMap<>();

    LinuxTable() {
        c("af/unspec", 0); c("af/unix", 1); c("af/inet", 2); c("af/inet6", 10);
        c("sock/stream", 1); c("sock/dgram", 2); c("sock/raw", 3); c("sock/seqpacket", 5);
        c("sol/socket", 1);
        c("ipproto/ip", 0); c("ipproto/icmp", 1); c("ipproto/tcp", 6); c("ipproto/udp", 17);
        c("ipproto/ipv6", 41); c("ipproto/icmpv6", 58);

        c("so/reuseaddr", 2); c("so/debug", 1); c("so/acceptconn", 30); c("so/keepalive", 9);
        c("so/dontroute", 5); c("so/broadcast", 6); c("so/linger", 13); c("so/oobinline", 10);
        c("so/sndbuf", 7); c("so/rcvbuf", 8); c("so/sndlowat", 19); c("so/rcvlowat", 18);
        c("so/sndtimeo", 21); c("so/rcvtimeo", 20); c("so/error", 4); c("so/type", 3);
        c("so/reuseport", 15); c("so/timestamp", 29); c("so/protocol", 38); c("so/domain", 39);

        c("tcp/nodelay", 1); c("tcp/maxseg", 2); c("tcp/cork", 3); c("tcp/keepidle", 4);
        c("tcp/keepintvl", 5); c("tcp/keepcnt", 6); c("tcp/info", 11); c("tcp/congestion", 13);
        c("tcp/user-timeout", 18); c("tcp/notsent-lowat", 25);

        c("ip/options", 4); c("ip/hdrincl", 3); c("ip/tos", 1); c("ip/ttl", 2); c("ip/mtu", 14);
        c("ip/mtu-discover", 10); c("ip/pktinfo", 8); c("ip/recverr", 11); c("ip/recvtos", 13);
        c("ip/recvttl", 12); c("ip/router-alert", 5); c("ip/recvopts", 6); c("ip/recvretopts", 7);
        c("ip/retopts", 7); c("ip/multicast-if", 32); c("ip/multicast-ttl", 33);
        c("ip/multicast-loop", 34); c("ip/add-membership", 35); c("ip/drop-membership", 36);

        c("ipv6/unicast-hops", 16); c("ipv6/multicast-if", 17); c("ipv6/multicast-hops", 18);
        c("ipv6/multicast-loop", 19); c("ipv6/join-group", 20); c("ipv6/leave-group", 21);
        c("ipv6/v6only", 26);

        c("ai/passive", 0x1); c("ai/canonname", 0x2); c("ai/numerichost", 0x4); c("ai/v4mapped", 0x8);
        c("ai/all", 0x10); c("ai/addrconfig", 0x20); c("ai/numericserv", 0x400);

        c("ni/numerichost", 1); c("ni/numericserv", 2); c("ni/nofqdn", 4); c("ni/namereqd", 8);
        c("ni/dgram", 16);

        c("shut/rd", 0); c("shut/wr", 1); c("shut/rdwr", 2);

        c("msg/oob", 0x1); c("msg/peek", 0x2); c("msg/dontroute", 0x4); c("msg/trunc", 0x20);
        c("msg/dontwait", 0x40); c("msg/eor", 0x80); c("msg/waitall", 0x100);
        c("msg/nosignal", 0x4000); c("msg/more", 0x8000);

        String[] names = {null, "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC",
            "EBADF", "ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST",
            "EXDEV", "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY",
            "EFBIG", "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE", "EDOM", "ERANGE"};
        for (int i = 1; i < names.length; i++) {
            errno.put(i, names[i]);
        }
        e(36, "ENAMETOOLONG"); e(38, "ENOSYS"); e(40, "ELOOP"); e(61, "ENODATA"); e(71, "EPROTO");
        e(75, "EOVERFLOW"); e(88, "ENOTSOCK"); e(89, "EDESTADDRREQ"); e(90, "EMSGSIZE");
        e(91, "EPROTOTYPE"); e(92, "ENOPROTOOPT"); e(93, "EPROTONOSUPPORT"); e(94, "ESOCKTNOSUPPORT");
        e(95, "EOPNOTSUPP"); e(96, "EPFNOSUPPORT"); e(97, "EAFNOSUPPORT"); e(98, "EADDRINUSE");
        e(99, "EADDRNOTAVAIL"); e(100, "ENETDOWN"); e(101, "ENETUNREACH"); e(102, "ENETRESET");
        e(103, "ECONNABORTED"); e(104, "ECONNRESET"); e(105, "ENOBUFS"); e(106, "EISCONN");
        e(107, "ENOTCONN"); e(108, "ESHUTDOWN"); e(110, "ETIMEDOUT"); e(111, "ECONNREFUSED");
        e(112, "EHOSTDOWN"); e(113, "EHOSTUNREACH"); e(114, "EALREADY"); e(115, "EINPROGRESS");

        g(-1, "EAI_BADFLAGS"); g(-2, "EAI_NONAME"); g(-3, "EAI_AGAIN"); g(-4, "EAI_FAIL");
        g(-5, "EAI_NODATA"); g(-6, "EAI_FAMILY"); g(-7, "EAI_SOCKTYPE"); g(-8, "EAI_SERVICE");
        g(-9, "EAI_ADDRFAMILY"); g(-10, "EAI_MEMORY"); g(-11, "EAI_SYSTEM"); g(-12, "EAI_OVERFLOW");

        i("F_GETFL", 3); i("O_NONBLOCK", 04000); i("SOCK_NONBLOCK", 04000);
        i("SOCK_CLOEXEC", 02000000); i("POLLIN", 0x1); i("POLLPRI", 0x2); i("POLLOUT", 0x4);
        i("POLLERR", 0x8); i("POLLHUP", 0x10); i("POLLNVAL", 0x20);
        i("SIOCINQ", 0x541B); i("SIOCOUTQ", 0x5411); i("UNIX_PATH_MAX", 108); i("HAS_SIN_LEN", 0);
        i("EFD_NONBLOCK", 04000); i("EFD_CLOEXEC", 02000000);
        i("NI_MAXHOST", 1025); i("NI_MAXSERV", 32);

        // The Wire view's capture: packet(7), netlink(7), sock_diag(7) (linux/if_ether.h, if_packet.h).
        c("af/packet", 17); c("af/netlink", 16); c("sol/packet", 263); c("eth-p/all", 0x0003);
        c("eth-p/ip", 0x0800); c("eth-p/ipv6", 0x86DD); c("packet/statistics", 6);
        c("packet/host", 0); c("packet/outgoing", 4); c("so/rcvbufforce", 33);
        c("netlink/sock-diag", 4); c("sock-diag/by-family", 20);
        c("so/attach-filter", 26);
        // its frame ring: packet(7) PACKET_MMAP (linux/if_packet.h), mmap(2) (sys/mman.h)
        i("PACKET_VERSION", 10); i("PACKET_RX_RING", 5); i("TPACKET_V3", 2); i("TP_STATUS_USER", 1);
        i("PACKET_IGNORE_OUTGOING", 23);
        i("PROT_READ", 1); i("PROT_WRITE", 2); i("MAP_SHARED", 1);
    }

    private void c(String name, int value) { constants.put(name, value); }
    private void e(int number, String name) { errno.put(number, name); }
    private void g(int code, String name) { gai.put(code, name); }
    private void i(String name, long value) { internals.put(name, value); }

    @Override public Map<String, Integer> constants() { return constants; }
    @Override public Map<Integer, String> errnoNames() { return errno; }
    @Override public Map<Integer, String> gaiNames() { return gai; }
    @Override public Map<String, Long> internals() { return internals; }
    @Override public String name() { return "Linux"; }
}
