package sockbench.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;

/**
 * Each per-syscall explanation against a real call that fails with it on loopback: the engine's
 * exception names that syscall and errno, and the window explains it with the sentence written for
 * that call, not the errno's general one. The last test checks that every entry was exercised.
 */
class SyscallMeaningsTest {
    private static final Set<String> EXERCISED = new HashSet<>();
    private final List<Socket> sockets = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void closeSockets() {
        sockets.forEach(Socket::closeQuietly);
    }

    @AfterAll
    static void everyEntryWasProducedByARealCall() {
        assertThat(EXERCISED).containsExactlyInAnyOrderElementsOf(SyscallMeanings.keys());
    }

    // ---- socket, connect, bind, listen, accept

    @Test
    void should_explain_a_protocol_that_does_not_fit_the_type() {
        explains("socket", "EPROTONOSUPPORT", () -> Socket.create(c("af/inet"), c("sock/stream"), c("ipproto/udp")),
                "does not go with this family and type");
    }

    @Test
    void should_explain_a_refused_connect() {
        Socket bound = inet("sock/stream");
        bound.bind(loopback(0)); // bound, never listening: the kernel refuses the handshake
        Socket client = inet("sock/stream");
        explains("connect", "ECONNREFUSED", () -> client.connect(bound.name()), "nobody listens there");
    }

    @Test
    void should_explain_a_unix_connect_to_a_path_nobody_bound() {
        Socket client = open(Socket.create(c("af/unix"), c("sock/stream")));
        explains("connect", "ENOENT", () -> client.connect(SockAddr.unix(dir.resolve("nobody.sock").toString())),
                "no UNIX socket at that path");
    }

    @Test
    void should_explain_a_second_connect_of_a_connected_socket() {
        Socket[] pair = connectedPair();
        explains("connect", "EISCONN", () -> pair[0].connect(pair[2].name()), "already connected");
    }

    @Test
    void should_explain_an_address_in_use() {
        Socket first = inet("sock/stream");
        first.bind(loopback(0));
        Socket second = inet("sock/stream");
        explains("bind", "EADDRINUSE", () -> second.bind(first.name()), "already holds that address and port");
    }

    @Test
    void should_explain_a_unix_path_in_use_with_the_same_entry() throws Exception {
        Path path = dir.resolve("taken.sock");
        Files.writeString(path, "");
        Socket s = open(Socket.create(c("af/unix"), c("sock/stream")));
        explains("bind", "EADDRINUSE", () -> s.bind(SockAddr.unix(path.toString())), "a file already exists at the path");
    }

    @Test
    void should_explain_einval_from_bind_as_already_bound() {
        Socket s = inet("sock/stream");
        s.bind(loopback(0));
        explains("bind", "EINVAL", () -> s.bind(loopback(0)), "already bound");
    }

    @Test
    void should_explain_an_address_of_no_interface() {
        Socket s = inet("sock/stream");
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): on no interface of a machine; bind sends nothing
        explains("bind", "EADDRNOTAVAIL", () -> s.bind(SockAddr.inet("192.0.2.1", 0)), "belongs to no interface");
    }

    @Test
    void should_explain_listen_on_a_datagram_socket() {
        Socket s = inet("sock/dgram");
        explains("listen", "EOPNOTSUPP", () -> s.listen(4), "only stream");
    }

    @Test
    void should_explain_einval_from_listen_on_a_connected_socket() {
        Socket[] pair = connectedPair();
        explains("listen", "EINVAL", () -> pair[1].listen(4), "already connected");
    }

    @Test
    void should_explain_einval_from_accept_as_not_listening() {
        Socket s = inet("sock/stream");
        s.bind(loopback(0));
        explains("accept", "EINVAL", s::accept, "not listening");
    }

    @Test
    void should_explain_accept_on_a_datagram_socket() {
        Socket s = inet("sock/dgram");
        explains("accept", "EOPNOTSUPP", s::accept, "no connections to accept");
    }

    // ---- receive and send

    @Test
    void should_explain_receive_on_an_unconnected_socket() {
        Socket s = inet("sock/stream");
        explains("recv", "ENOTCONN", () -> s.receive(new byte[8], 0, null, 0), "not connected");
    }

    @Test
    void should_explain_eagain_from_a_receive_that_must_not_wait() {
        Socket[] pair = connectedPair();
        explains("recv", "EAGAIN", () -> pair[1].receive(new byte[8], 0, null, c("msg/dontwait")), "msg/dontwait");
    }

    @Test
    void should_explain_eagain_from_a_datagram_receive_that_must_not_wait() {
        Socket s = inet("sock/dgram");
        s.bind(loopback(0));
        explains("recvfrom", "EAGAIN", () -> s.receiveFrom(new byte[8], 0, null, c("msg/dontwait")), "no datagram is waiting");
    }

    @Test
    void should_explain_a_reset_connection() {
        Socket[] pair = connectedPair();
        pair[1].send("unread".getBytes());
        pair[2].close(); // closing with unread bytes resets the connection (RFC 2525, 2.17)
        explains("recv", "ECONNRESET", () -> pair[1].receive(new byte[8], 0, null, 0), "reset the connection");
    }

    @Test
    void should_explain_a_send_after_shutting_down_the_write_side() {
        Socket[] pair = connectedPair();
        pair[1].shutdown(c("shut/wr"));
        explains("send", "EPIPE", () -> pair[1].send("late".getBytes()), "can no longer send");
    }

    @Test
    void should_explain_a_datagram_without_a_destination() {
        Socket s = inet("sock/dgram");
        explains("send", "EDESTADDRREQ", () -> s.send("where to?".getBytes()), "needs a destination");
    }

    @Test
    void should_explain_eagain_from_a_send_into_a_full_buffer() {
        Socket[] pair = connectedPair();
        byte[] chunk = new byte[64 * 1024];
        int dontwait = c("msg/dontwait");
        // the server never reads: both buffers fill within a few MB (bounded: at most 64 MiB tried)
        explains("send", "EAGAIN", () -> {
            for (int i = 0; i < 1024; i++) {
                pair[1].send(chunk, 0, null, dontwait);
            }
        }, "send buffer is full");
    }

    @Test
    void should_explain_a_datagram_too_large() {
        Socket to = inet("sock/dgram");
        to.bind(loopback(0));
        Socket s = inet("sock/dgram");
        explains("sendto", "EMSGSIZE", () -> s.sendTo(new byte[70_000], to.name(), 0, null, 0), "65,507 bytes");
    }

    // ---- options

    @Test
    void should_explain_einval_from_setsockopt_with_a_short_length_as_the_length() {
        Socket s = inet("sock/stream");
        // SO_RCVBUF is an int: one byte is too short
        Explanation x = explains("setsockopt", "EINVAL",
                () -> SocketOptions.setSocketOption(s, c("sol/socket"), c("so/rcvbuf"), new byte[] {1}), "length does not fit the option");
        assertThat(x.meaning()).doesNotContain("state");
    }

    @Test
    void should_explain_a_tcp_option_on_a_udp_socket_when_set() {
        Socket s = inet("sock/dgram");
        explains("setsockopt", "ENOPROTOOPT",
                () -> SocketOptions.setSocketOption(s, c("ipproto/tcp"), c("tcp/nodelay"), 1), "a TCP option on a UDP socket");
    }

    @Test
    void should_explain_a_tcp_option_on_a_udp_socket_when_read() {
        Socket s = inet("sock/dgram");
        explains("getsockopt", "EOPNOTSUPP",
                () -> SocketOptions.getSocketOption(s, c("ipproto/tcp"), c("tcp/nodelay"), null), "a TCP option on a UDP socket");
    }

    @Test
    void should_fall_back_to_the_general_meaning_for_a_pair_not_written_per_call() {
        Socket s = open(Socket.create(c("af/unix"), c("sock/dgram")));
        // sendto's ENOENT has no sentence of its own: the errno's general one serves
        NetException e = catchThrowableOfType(() -> s.sendTo("x".getBytes(),
                SockAddr.unix(dir.resolve("nobody.sock").toString()), 0, null, 0), NetException.class);
        assertThat(e.syscall()).isEqualTo("sendto");
        assertThat(SyscallMeanings.of("sendto", e.errnoSymbol())).isNull();
        assertThat(ErrorExplainer.explain(e).meaning()).isEqualTo(ErrorExplainer.meaning("ENOENT")).isNotNull();
    }

    // ---- helpers

    /** Runs the call, which must fail in {@code syscall} with {@code symbol}; the explanation is the per-call one. */
    private static Explanation explains(String syscall, String symbol, ThrowingRunnable call, String says) {
        NetException e = catchThrowableOfType(call::run, NetException.class);
        assertThat(e).as("%s should fail with %s", syscall, symbol).isNotNull();
        assertThat(e.syscall()).isEqualTo(syscall);
        assertThat(e.errnoSymbol()).isEqualTo(symbol);
        Explanation x = ErrorExplainer.explain(e);
        assertThat(x.symbol()).isEqualTo(symbol);
        assertThat(x.meaning()).isEqualTo(SyscallMeanings.of(syscall, symbol)).contains(says);
        EXERCISED.add(syscall + " " + symbol);
        return x;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static int c(String name) {
        return Constants.require(name);
    }

    private static SockAddr loopback(int port) {
        return SockAddr.inet("127.0.0.1", port);
    }

    private Socket inet(String type) {
        return open(Socket.create(c("af/inet"), c(type)));
    }

    private Socket open(Socket s) {
        sockets.add(s);
        return s;
    }

    /** A listener, a client connected to it, and the accepted server: {listener, client, server}. */
    private Socket[] connectedPair() {
        Socket listener = inet("sock/stream");
        listener.bind(loopback(0));
        listener.listen(4);
        Socket client = inet("sock/stream");
        client.connect(listener.name());
        Socket server = open(listener.accept());
        return new Socket[] {listener, client, server};
    }
}
