package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockbench.net.wire.Capture;
import sockbench.net.wire.PacketStatistics;
import sockbench.net.wire.CaptureNotPermitted;
import sockbench.net.wire.CaptureOptions;
import sockbench.net.wire.PcapWriter;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpFlags;

/**
 * The Wire capture for real (as root, as CI runs): a handshake, data both ways and the close between one
 * of our sockets and a python3 peer, checked segment by segment, and against tcpdump's reading of our pcap.
 */
class WireCaptureTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ECHO_ONCE = String.join("\n",
            "import socket",
            "s = socket.socket()",
            "s.bind(('127.0.0.1', 0))",
            "s.listen(1)",
            "print(s.getsockname()[1])",
            "c, _ = s.accept()",
            "data = b''",
            "while len(data) < 5:",
            "    data += c.recv(5 - len(data))",
            "c.sendall(data.upper())",
            "c.close()",
            "s.close()");

    private Capture capture;

    @BeforeEach
    void start() {
        try {
            capture = Capture.start(CaptureOptions.DEFAULT);
        } catch (CaptureNotPermitted e) {
            assumeTrue(false, "no CAP_NET_RAW here: " + e.getMessage());
        }
    }

    @AfterEach
    void stop() {
        if (capture != null) {
            capture.stop();
        }
    }

    @Test
    void handshake_data_and_close_against_python_are_captured_segment_by_segment(@TempDir Path dir) throws Exception {
        Socket client = Socket.create(Net.INET, Net.STREAM);
        try (Peer peer = Peer.python(ECHO_ONCE)) {
            int port = Integer.parseInt(peer.readLine(WAIT));
            client.connect(SockAddr.inet("127.0.0.1", port));
            client.sendAll("hello".getBytes(StandardCharsets.ISO_8859_1));
            byte[] got = new byte[5];
            int n = 0;
            while (n < 5) {
                n += client.receive(got, n, 5, 0);
            }
            assertThat(new String(got, StandardCharsets.ISO_8859_1)).isEqualTo("HELLO");
            assertThat(client.receive(new byte[1])).isZero(); // the peer's FIN
            client.close();
            assertThat(peer.waitFor(WAIT)).isZero();

            // the last segment: the peer acknowledges our FIN (seq 6, so ack 7)
            List<Segment> all = awaitSegment(s -> s.sender() == null && s.has(TcpFlags.ACK) && s.ack() == 7
                    && !s.has(TcpFlags.FIN));
            List<Segment> ours = all.stream().filter(s -> s.source().port() == port || s.destination().port() == port).toList();
            List<Segment> fromUs = ours.stream().filter(s -> s.destination().port() == port).toList();
            List<Segment> fromPeer = ours.stream().filter(s -> s.source().port() == port).toList();

            // the handshake, in order, relative to each side's ISN
            assertThat(ours.get(0).flags()).isEqualTo(TcpFlags.SYN);
            assertThat(ours.get(0).seq()).isZero();
            assertThat(ours.get(0).options().mss()).isPositive();
            assertThat(ours.get(0).sender()).isSameAs(client);
            assertThat(ours.get(1).flags()).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
            assertThat(ours.get(1).seq()).isZero();
            assertThat(ours.get(1).ack()).isEqualTo(1);
            assertThat(ours.get(1).sender()).isNull();
            assertThat(ours.get(2).flags()).isEqualTo(TcpFlags.ACK);
            assertThat(ours.get(2).seq()).isEqualTo(1);
            assertThat(ours.get(2).ack()).isEqualTo(1);
            assertThat(ours.get(2).length()).isZero();
            assertThat(ours.get(2).label()).isEqualTo("ACK ack=1");

            // each payload once (loopback's second copy left out), at the right place in each stream
            List<Segment> ourData = fromUs.stream().filter(s -> s.length() > 0).toList();
            assertThat(ourData).hasSize(1);
            assertThat(ourData.get(0).seq()).isEqualTo(1);
            assertThat(ourData.get(0).length()).isEqualTo(5);
            assertThat(ourData.get(0).label()).startsWith("PSH|ACK seq=1:6 len=5");
            List<Segment> peerData = fromPeer.stream().filter(s -> s.length() > 0).toList();
            assertThat(peerData).hasSize(1);
            assertThat(peerData.get(0).seq()).isEqualTo(1);
            assertThat(peerData.get(0).ack()).isEqualTo(6);

            // the close: the peer's FIN first (seq 6), acknowledged by ours with ack 7, then our FIN (seq 6)
            List<Segment> peerFin = fromPeer.stream().filter(s -> s.has(TcpFlags.FIN)).toList();
            List<Segment> ourFin = fromUs.stream().filter(s -> s.has(TcpFlags.FIN)).toList();
            assertThat(peerFin).hasSize(1);
            assertThat(ourFin).hasSize(1);
            assertThat(peerFin.get(0).seq()).isEqualTo(6);
            assertThat(ourFin.get(0).seq()).isEqualTo(6);
            assertThat(ourFin.get(0).ack()).isEqualTo(7);
            assertThat(peerFin.get(0).index()).isLessThan(ourFin.get(0).index());
            assertThat(ours).allMatch(s -> s.sender() == (s.source().port() == port ? null : client));
            assertThat(ours).noneMatch(s -> s.has(TcpFlags.RST));

            // tcpdump reads our pcap: the same segments, flags, raw seq and lengths
            Path pcap = dir.resolve("capture.pcap");
            try (PcapWriter w = new PcapWriter(Files.newOutputStream(pcap), capture.options().snapLength())) {
                for (Segment s : ours) {
                    w.write(s);
                }
            }
            List<String> lines = tcpdump(pcap);
            assertThat(lines).hasSize(ours.size());
            for (int i = 0; i < ours.size(); i++) {
                Segment s = ours.get(i);
                assertThat(lines.get(i))
                        .contains("IP " + s.source().toString().replace(':', '.') + " > " + s.destination().toString().replace(':', '.') + ":")
                        .contains("Flags [" + tcpdumpFlags(s.flags()) + "]")
                        .contains("length " + s.length());
                if (s.length() > 0 || s.has(TcpFlags.SYN) || s.has(TcpFlags.FIN)) {
                    assertThat(lines.get(i)).containsPattern("seq " + s.rawSeq() + "[,:]");
                }
            }
        } finally {
            client.closeQuietly();
        }
    }

    @Test
    void a_loopback_pair_is_seen_once_per_segment_with_both_ends_ours() throws Exception {
        Socket[] pair = Loopback.tcpPair();
        try {
            pair[0].sendAll(new byte[100]);
            byte[] buf = new byte[100];
            int n = 0;
            while (n < 100) {
                n += pair[1].receive(buf, n, 100, 0);
            }
            int clientPort = pair[0].name().port();
            List<Segment> all = awaitSegment(s -> s.source().port() == clientPort && s.length() == 100);
            List<Segment> pairSegs = all.stream().filter(s -> s.source().port() == clientPort
                    || s.destination().port() == clientPort).toList();
            assertThat(pairSegs.stream().filter(s -> s.length() == 100)).hasSize(1);
            assertThat(pairSegs.stream().filter(s -> s.has(TcpFlags.SYN))).hasSize(2);
            // the data came from the client, which is ours; the SYN|ACK from the listener (or what it accepted)
            assertThat(pairSegs.stream().filter(s -> s.length() == 100).findFirst().orElseThrow().sender()).isSameAs(pair[0]);
            assertThat(pairSegs).allMatch(s -> s.sender() != null);
        } finally {
            Loopback.closeAll(pair);
        }
        // our own capture socket was an engine socket with af/packet
        assertThat(capture.socket().family()).isEqualTo(Constants.require("af/packet"));
    }

    @Test
    void datagrams_carry_their_udp_length_and_the_packet_statistics_count_what_the_kernel_queued() throws Exception {
        Socket a = Loopback.udp("127.0.0.1");
        Socket b = Loopback.udp("127.0.0.1");
        try {
            a.sendTo("datagram".getBytes(StandardCharsets.ISO_8859_1), b.name(), 0, null, 0);
            b.receive(new byte[64]);
            int port = a.name().port();
            List<Segment> all = awaitSegment(s -> !s.isTcp() && s.source().port() == port);
            Segment d = all.stream().filter(s -> !s.isTcp() && s.source().port() == port).findFirst().orElseThrow();
            assertThat(d.length()).isEqualTo(8);
            assertThat(d.packet().udpLength()).isEqualTo(16);
            assertThat(d.label()).isEqualTo("UDP len=8");
            assertThat(d.sender()).isSameAs(a);
        } finally {
            Loopback.closeAll(a, b);
        }
        capture.stop();
        // every frame the kernel queued was received (kept + duplicates + others): tp_packets counts the
        // frames that passed the filter, drops included (packet(7)); other processes' loopback traffic on a
        // loaded machine may fill the buffer and be dropped, but nothing queued is lost after the stop
        PacketStatistics st = capture.statistics();
        assertThat(st.packets() - st.drops()).isEqualTo(capture.frames());
    }

    @Test
    void a_segment_sent_just_before_the_stop_is_kept() throws Exception {
        capture.stop();
        // the kernel hands the block it fills over only after 300 ms: the stop comes long before
        capture = Capture.start(CaptureOptions.DEFAULT.withBlockTimeout(300));
        Socket[] pair = Loopback.tcpPair();
        try {
            pair[0].sendAll(new byte[42]);
            pair[1].receive(new byte[42]);
            int clientPort = pair[0].name().port();
            // the kernel is still filling the ring's block with it: the stop takes that block too
            capture.stop();
            assertThat(capture.ring().snapshot()).anyMatch(s -> s.source().port() == clientPort && s.length() == 42);
            assertThat(capture.isRunning()).isFalse();
        } finally {
            Loopback.closeAll(pair);
        }
    }

    @Test
    void frames_are_read_from_the_mapped_ring_without_a_call_per_frame() throws Exception {
        capture.stop();
        List<TraceEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        Socket[] pair = null;
        try (AutoCloseable t = SyscallTrace.listen(events::add)) {
            capture = Capture.start(CaptureOptions.DEFAULT);
            int fd = capture.socket().fileno();
            pair = Loopback.tcpPair(); // after the start: the capture knows the ports of the sockets made since
            SocketOptions.setSocketOption(pair[0], Constants.require("ipproto/tcp"), Constants.require("tcp/nodelay"), true);
            byte[] one = new byte[1];
            for (int i = 0; i < 200; i++) {
                pair[0].send(one);
            }
            int clientPort = pair[0].name().port();
            byte[] buf = new byte[200];
            int n = 0;
            while (n < 200) {
                n += pair[1].receive(buf, n, 200, 0);
            }
            awaitSegment(s -> s.source().port() == clientPort && s.length() > 0 && s.seq() + s.length() == 201);
            capture.stop();
            List<TraceEvent> mine = events.stream().filter(e -> e.fd() == fd).toList();
            assertThat(mine).extracting(TraceEvent::syscall).contains("mmap", "munmap").doesNotContain("recvfrom", "recv", "ioctl");
            long polls = mine.stream().filter(e -> e.syscall().equals("poll")).count();
            long dataSegments = capture.ring().snapshot().stream().filter(s -> s.source().port() == clientPort && s.length() > 0).count();
            assertThat(dataSegments).isGreaterThan(1);
            // a wait per block the kernel hands over, not per frame: the 200 sends took a few blocks
            assertThat(polls).as("polls for %d frames", capture.frames()).isLessThan(capture.frames() / 2);
        } finally {
            if (pair != null) {
                Loopback.closeAll(pair);
            }
        }
    }

    private List<Segment> awaitSegment(Predicate<Segment> last) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
        try (AutoCloseable l = capture.listen(s -> {
            if (last.test(s)) {
                seen.countDown();
            }
        })) {
            if (capture.ring().snapshot().stream().noneMatch(last)) {
                assertThat(seen.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS))
                        .as("the expected segment within %s; captured: %s", WAIT, capture.ring().snapshot()).isTrue();
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IllegalStateException(e);
        }
        return capture.ring().snapshot();
    }

    private static String tcpdumpFlags(int flags) {
        StringBuilder b = new StringBuilder();
        if ((flags & TcpFlags.SYN) != 0) b.append('S');
        if ((flags & TcpFlags.FIN) != 0) b.append('F');
        if ((flags & TcpFlags.PSH) != 0) b.append('P');
        if ((flags & TcpFlags.RST) != 0) b.append('R');
        if ((flags & TcpFlags.URG) != 0) b.append('U');
        if ((flags & TcpFlags.ECE) != 0) b.append('E');
        if ((flags & TcpFlags.CWR) != 0) b.append('W');
        if ((flags & TcpFlags.ACK) != 0) b.append('.');
        return b.toString();
    }

    private static List<String> tcpdump(Path pcap) throws Exception {
        Process p = new ProcessBuilder("tcpdump", "-r", pcap.toString(), "-nn", "-S", "-tt").redirectErrorStream(false).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("tcpdump -r of our pcap: %s", new String(p.getErrorStream().readAllBytes())).isZero();
        return lines;
    }
}
