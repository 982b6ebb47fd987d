package sockbench.net.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/** File send (byte-exact, by checksum) and receive saving, with python3 and JDK peers. */
class FileTransferTest {
    private static final int SHUT_WR = Constants.require("shut/wr");
    @TempDir
    Path dir;

    private Path randomFile(int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return Files.write(dir.resolve("data.bin"), data);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static final String SHA_SERVER = String.join("\n",
            "import socket, hashlib",
            "s = socket.socket(); s.settimeout(20); s.bind(('127.0.0.1', 0)); s.listen(1)",
            "print(s.getsockname()[1])",
            "c, _ = s.accept(); c.settimeout(20); h = hashlib.sha256(); n = 0",
            "while True:",
            "    d = c.recv(65536)",
            "    if not d: break",
            "    h.update(d); n += len(d)",
            "print(n, h.hexdigest())");

    @Test
    void sends_a_file_byte_exact_over_tcp_to_python() throws Exception {
        Path file = randomFile(3 * FileSender.CHUNK + 1234);
        try (Python server = new Python(SHA_SERVER)) {
            Socket s = Socket.create(Sockets.INET, Sockets.STREAM);
            try {
                s.connect(SockAddr.inet("127.0.0.1", Integer.parseInt(server.line())));
                FileSender f = FileSender.start(s, file);
                assertThat(f.await(20_000)).isTrue();
                assertThat(f.failure()).isNull();
                assertThat(f.sent()).isEqualTo(Files.size(file));
                assertThat(f.progress()).isEqualTo(1.0);
                s.shutdown(SHUT_WR);
                assertThat(server.line()).isEqualTo(Files.size(file) + " " + sha256(Files.readAllBytes(file)));
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void sends_a_file_byte_exact_over_unix_to_a_jdk_channel() throws Exception {
        Path file = randomFile(200_001);
        Path address = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(address));
            Socket s = Socket.create(Sockets.UNIX, Sockets.STREAM);
            try {
                s.connect(SockAddr.unix(address.toString()));
                FileSender f = FileSender.start(s, file);
                try (SocketChannel peer = server.accept()) {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    ByteBuffer buf = ByteBuffer.allocate(8192);
                    long n = 0;
                    boolean shut = false;
                    while (true) {
                        if (!shut && !f.isRunning()) {
                            s.shutdown(SHUT_WR);
                            shut = true;
                        }
                        int r = peer.read(buf);
                        if (r < 0) {
                            break;
                        }
                        n += r;
                        md.update(buf.flip());
                        buf.clear();
                        if (n == Files.size(file) && !shut) {
                            assertThat(f.await(10_000)).isTrue();
                        }
                    }
                    assertThat(n).isEqualTo(Files.size(file));
                    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(sha256(Files.readAllBytes(file)));
                }
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void cancel_stops_a_send_blocked_on_a_peer_that_does_not_read() throws Exception {
        Path file = randomFile(64 * 1024 * 1024);
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Socket s = Socket.create(Sockets.INET, Sockets.STREAM);
            try {
                s.connect(SockAddr.inet("127.0.0.1", server.getLocalPort()));
                FileSender f = FileSender.start(s, file);
                Eventually.until("some bytes sent", () -> f.sent() > 0);
                f.stop();
                assertThat(f.await(10_000)).isTrue();
                assertThat(f.failure()).isNull();
                assertThat(f.sent()).isLessThan(f.total());
                assertThat(s.isClosed()).isFalse();
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void a_missing_file_sends_nothing() {
        Socket s = Socket.create(Sockets.INET, Sockets.STREAM);
        try {
            assertThatThrownBy(() -> FileSender.start(s, dir.resolve("nope.bin")))
                    .hasMessageContaining("send-file: no such file: " + dir.resolve("nope.bin"));
            assertThatThrownBy(() -> FileSender.start(s, dir)).hasMessageContaining("not a readable file");
        } finally {
            s.closeQuietly();
        }
    }

    @Test
    void saves_a_stream_raw_until_the_peer_ends() throws Exception {
        Socket server = Sockets.listener();
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", Sockets.port(server))) {
            Socket accepted = server.accept();
            try {
                Path out = dir.resolve("got.bin");
                ReceiveSaver saver = ReceiveSaver.start(accepted, out, ReceiveSaver.Format.RAW, 0);
                c.getOutputStream().write(new byte[] {0, (byte) 0xff, 'a'});
                c.getOutputStream().write("bc".getBytes(StandardCharsets.ISO_8859_1));
                c.shutdownOutput();
                assertThat(saver.await(10_000)).isTrue();
                assertThat(Files.readAllBytes(out)).isEqualTo(new byte[] {0, (byte) 0xff, 'a', 'b', 'c'});
                assertThat(saver.bytes()).isEqualTo(5);
            } finally {
                accepted.closeQuietly();
            }
        } finally {
            server.closeQuietly();
        }
    }

    @Test
    void saves_datagrams_as_a_hex_log_with_number_size_time_and_source() throws Exception {
        Socket s = Sockets.datagram();
        try (java.net.DatagramSocket peer = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            Path out = dir.resolve("log.txt");
            ReceiveSaver saver = ReceiveSaver.start(s, out, ReceiveSaver.Format.HEX, 2);
            java.net.InetSocketAddress to = new java.net.InetSocketAddress("127.0.0.1", Sockets.port(s));
            peer.send(new java.net.DatagramPacket("abc".getBytes(StandardCharsets.ISO_8859_1), 3, to));
            byte[] big = new byte[20];
            big[19] = 0x7f;
            peer.send(new java.net.DatagramPacket(big, 20, to));
            assertThat(saver.await(10_000)).isTrue();
            String log = Files.readString(out, StandardCharsets.ISO_8859_1);
            String from = "from 127.0.0.1:" + peer.getLocalPort();
            assertThat(log).matches("(?s)# block 1  received  3 bytes  \\+0\\.000000 s  \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z  " + from + "\n"
                    + "0000  61 62 63 {41}abc\n"
                    + "# block 2  received  20 bytes  \\+\\d\\.\\d{6} s  [0-9T:.Z-]+  " + from + "\n"
                    + "0000  (00 ){16} \\.{16}\n0010  00 00 00 7f {38}\\.\\.\\.\\.\n");
        } finally {
            s.closeQuietly();
        }
    }
}
