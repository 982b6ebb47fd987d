package sockbench.ui.errors;

import java.util.Map;

/**
 * What an errno means from one system call: the same number tells different stories (EINVAL from
 * bind is "already bound", from setsockopt most often "wrong length", from accept "not listening").
 * Keyed by syscall and errno symbol; {@link ErrorExplainer} falls back to the errno's general
 * meaning for pairs not here. Each entry is tested against a real call that produces it
 * (SyscallMeaningsTest), so add one only with its test.
 */
final class SyscallMeanings {
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            e("socket", "EPROTONOSUPPORT", "that protocol does not go with this family and type (tcp is a stream protocol, udp a datagram one); 0 picks the usual one"),

            e("connect", "ECONNREFUSED", "nobody listens there: the peer's kernel answered the handshake with a reset"
                    + " (for a UNIX socket: the path is a socket nobody listens on)"),
            e("connect", "ENOENT", "no UNIX socket at that path: nobody bound one there, or its file was removed"),
            e("connect", "EISCONN", "this socket is already connected: a stream socket connects once; make a new socket for another peer"),

            e("bind", "EADDRINUSE", "another socket already holds that address and port, or a closed connection on it still waits"
                    + " in TIME_WAIT (set so/reuseaddr before binding); for a UNIX socket, a file already exists at the path"),
            e("bind", "EINVAL", "this socket is already bound: a socket gets its address once"),
            e("bind", "EADDRNOTAVAIL", "that address belongs to no interface of this machine; bind to one of its own (127.0.0.1, or 0.0.0.0 for all)"),

            e("listen", "EOPNOTSUPP", "this type of socket cannot listen: only stream (and seqpacket) sockets take connections; datagram sockets just receive"),
            e("listen", "EINVAL", "this socket cannot listen now: it is already connected (listen comes after bind, on a socket that never connected)"),

            e("accept", "EINVAL", "the socket is not listening: call socket-listen on it before accepting"),
            e("accept", "EOPNOTSUPP", "this type of socket has no connections to accept: datagrams arrive with socket-receive-from"),

            e("recv", "ENOTCONN", "the socket is not connected, so there is no peer to receive from: connect (or accept) first"),
            e("recv", "EAGAIN", "nothing has arrived yet, and msg/dontwait said not to wait for it"),
            e("recv", "ECONNRESET", "the peer reset the connection: it closed while bytes it had not read were waiting, or aborted;"
                    + " whatever was still in flight is lost"),
            e("recvfrom", "EAGAIN", "no datagram is waiting, and msg/dontwait said not to wait for one"),

            e("send", "EPIPE", "this side can no longer send: it shut down its write side, the connection is closed, or it never connected"),
            e("send", "EDESTADDRREQ", "a datagram needs a destination: connect the socket first, or use socket-send-to with an address"),
            e("send", "EAGAIN", "the socket's send buffer is full (the peer reads slower than this side writes), and msg/dontwait said not to wait"),
            e("sendto", "EMSGSIZE", "the datagram is larger than the socket can send in one piece (over IPv4 UDP at most 65,507 bytes);"
                    + " datagrams are never split: send less"),

            e("setsockopt", "EINVAL", "the kernel refused the value: most often its length does not fit the option (an int option"
                    + " takes 4 bytes, struct linger 8, struct timeval 16), or the number is out of the option's range"),
            e("setsockopt", "ENOPROTOOPT", "the kernel knows no such option at that level for this socket (a TCP option on a UDP socket,"
                    + " or a number that names no option)"),
            e("getsockopt", "EOPNOTSUPP", "this kind of socket has no such option to read (a TCP option on a UDP socket)"));

    private SyscallMeanings() {}

    /** The meaning of the errno from this call, or null when only the general one applies. */
    static String of(String syscall, String symbol) {
        return syscall == null || symbol == null ? null : MEANINGS.get(syscall + " " + symbol);
    }

    /** Every "syscall SYMBOL" pair written here (the test checks each was produced by a real call). */
    static java.util.Set<String> keys() {
        return MEANINGS.keySet();
    }

    private static Map.Entry<String, String> e(String syscall, String symbol, String meaning) {
        return Map.entry(syscall + " " + symbol, meaning);
    }
}
