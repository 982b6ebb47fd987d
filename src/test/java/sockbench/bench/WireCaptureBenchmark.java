package sockbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.wire.Capture;
import sockbench.net.wire.CaptureOptions;
import sockbench.net.wire.PacketStatistics;

/**
 * The Wire capture under loopback bulk: 1 GiB in 64 KiB {@code send-all} calls over a TCP pair, with
 * the capture running and without, {@value #ROUNDS} paired rounds (one of each, back to back, each first in half the rounds, so both see
 * the same load of a shared machine); the verdict is the median ratio of the two times (target: at most
 * 1.10). For each captured round it checks the capture lost nothing it reports: the segments kept plus
 * the loopback duplicates and other frames it received equal the frames the kernel counted for the
 * socket (PACKET_STATISTICS), and the kernel dropped none.
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.WireCaptureBenchmark"</pre>
 *
 * Needs CAP_NET_RAW (root). Optional arguments: MiB per round, rounds; {@code -Dpeer=tcpdump} adds, to each
 * round, the transfer beside {@code tcpdump -i lo -s 256 -Q in -w /dev/null} (the peer, in the same run);
 * {@code -DframeRing=MiB} and/or {@code -DblockTimeout=ms} add a capture with those options to each round,
 * so two settings are compared under the same load rather than in runs minutes apart.
 */
public final class WireCaptureBenchmark {
    private static final int CHUNK = 64 * 1024;
    private static final int ROUNDS = 5;
    /** {@code -Dpeer=tcpdump}: each round also moves the bytes beside tcpdump (it must be installed). */
    private static final boolean PEER = "tcpdump".equals(System.getProperty("peer"));
    private static final List<String> TCPDUMP = List.of("tcpdump", "-i", "lo", "-s", "256", "-Q", "in", "-w", "/dev/null");

    /** The variant capture's options, or null when neither property is given. */
    private static final CaptureOptions VARIANT = variant();

    private WireCaptureBenchmark() {}

    private static CaptureOptions variant() {
        Integer ring = Integer.getInteger("frameRing");
        Integer timeout = Integer.getInteger("blockTimeout");
        if (ring == null && timeout == null) {
            return null;
        }
        CaptureOptions d = CaptureOptions.DEFAULT;
        return new CaptureOptions(d.interfaceName(), d.ringCapacity(), d.snapLength(),
                ring == null ? d.frameRing() : ring << 20, timeout == null ? d.blockTimeout() : timeout);
    }

    public static void main(String[] args) throws Exception {
        long bytes = (args.length > 0 ? Long.parseLong(args[0]) : 1024L) << 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : ROUNDS;
        System.out.printf(Locale.ROOT, "loopback TCP, %d MiB in %d KiB send-all calls, with and without the wire capture, %d paired rounds%n",
                bytes >> 20, CHUNK / 1024, rounds);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            transfer(pool, bytes / 4); // warm-up: the transfer's code, then the capture's (tcpdump's is compiled already)
            Capture warm = Capture.start(CaptureOptions.DEFAULT);
            try {
                transfer(pool, bytes / 4);
            } finally {
                warm.stop();
            }
            List<Double> ratios = new ArrayList<>();
            List<Double> peerRatios = new ArrayList<>();
            List<Double> variantRatios = new ArrayList<>();
            boolean lossless = true;
            for (int i = 0; i < rounds; i++) {
                // each goes first in half the rounds: the second transfer of a pair ran faster or slower than
                // the first more often than load explains (the same held for the transfer benchmark's pairs)
                boolean plainFirst = i % 2 == 0;
                double plain = plainFirst ? transfer(pool, bytes) : 0;
                Capture capture = Capture.start(CaptureOptions.DEFAULT);
                Thread reading = captureThread();
                double captured;
                long cpu;
                try {
                    captured = transfer(pool, bytes);
                } finally {
                    cpu = cpuNanos(reading);
                    capture.stop();
                }
                if (!plainFirst) {
                    plain = transfer(pool, bytes);
                }
                PacketStatistics st = capture.statistics();
                long received = capture.kept() + capture.duplicates() + capture.others();
                boolean ok = st.drops() == 0 && received == st.packets() && capture.failure() == null;
                lossless &= ok;
                ratios.add(captured / plain);
                System.out.printf(Locale.ROOT, "round %d: without %.3f s (%.0f MiB/s), with %.3f s (%.0f MiB/s), ratio %.3f;"
                                + " kept %d segments (ring %d), duplicates %d, others %d; kernel: %d frames, %d dropped%s%n",
                        i + 1, plain, (bytes >> 20) / plain, captured, (bytes >> 20) / captured, captured / plain,
                        capture.kept(), capture.ring().capacity(), capture.duplicates(), capture.others(), st.packets(), st.drops(),
                        ok ? "" : "  <-- frames lost");
                System.out.printf(Locale.ROOT, "         the capture thread took %.0f ms of cpu in %.3f s (%.1f%% of a core), %.2f us per frame%n",
                        cpu / 1e6, captured, 100 * cpu / 1e9 / captured, cpu / 1e3 / Math.max(1, received));
                if (VARIANT != null) {
                    Capture other = Capture.start(VARIANT);
                    double varied;
                    try {
                        varied = transfer(pool, bytes);
                    } finally {
                        other.stop();
                    }
                    variantRatios.add(varied / plain);
                    System.out.printf(Locale.ROOT, "         with %s %.3f s (%.0f MiB/s), ratio %.3f%n",
                            VARIANT, varied, (bytes >> 20) / varied, varied / plain);
                }
                if (PEER) {
                    double dumped = besideTcpdump(pool, bytes);
                    peerRatios.add(dumped / plain);
                    System.out.printf(Locale.ROOT, "         beside tcpdump %.3f s (%.0f MiB/s), ratio %.3f%n",
                            dumped, (bytes >> 20) / dumped, dumped / plain);
                }
            }
            ratios.sort(null);
            double median = ratios.get(ratios.size() / 2);
            System.out.printf(Locale.ROOT, "median slowdown %.3f (target <= 1.10): %s; every frame the kernel queued was received: %s%n",
                    median, median <= 1.10 ? "met" : "NOT met", lossless ? "yes" : "NO");
            if (VARIANT != null) {
                variantRatios.sort(null);
                System.out.printf(Locale.ROOT, "median slowdown with %s: %.3f%n", VARIANT, variantRatios.get(variantRatios.size() / 2));
            }
            if (PEER) {
                peerRatios.sort(null);
                System.out.printf(Locale.ROOT, "median slowdown beside the peer, %s: %.3f%n", String.join(" ", TCPDUMP),
                        peerRatios.get(peerRatios.size() / 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same transfer while tcpdump reads loopback into nothing: the peer, capturing what the capture
     * keeps (incoming frames, 256 bytes of each), started and listening before the clock starts.
     */
    private static double besideTcpdump(ExecutorService pool, long bytes) throws Exception {
        Process p = new ProcessBuilder(TCPDUMP).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = err.readLine()) != null && !line.contains("listening on")) {
                // tcpdump says where it listens once its ring is set up
            }
            if (line == null) {
                throw new IllegalStateException("tcpdump ended before it listened (exit " + p.waitFor() + ")");
            }
            pool.submit(() -> err.transferTo(java.io.Writer.nullWriter())); // its final counts: read, not kept
            return transfer(pool, bytes);
        } finally {
            p.destroy();
            p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Seconds to move {@code bytes} from one end of a fresh pair to the other. */
    private static double transfer(ExecutorService pool, long bytes) throws Exception {
        int inet = Constants.require("af/inet");
        int stream = Constants.require("sock/stream");
        Socket listener = Socket.create(inet, stream);
        listener.bind(SockAddr.inet("127.0.0.1", 0));
        listener.listen(1);
        Socket client = Socket.create(inet, stream);
        client.connect(listener.name());
        Socket server = listener.accept();
        listener.close();
        try {
            Future<Long> reader = pool.submit(() -> {
                byte[] buf = new byte[CHUNK];
                long got = 0;
                while (got < bytes) {
                    int n = server.receive(buf);
                    if (n == 0) {
                        break;
                    }
                    got += n;
                }
                return got;
            });
            byte[] chunk = new byte[CHUNK];
            long t0 = System.nanoTime();
            for (long sent = 0; sent < bytes; sent += CHUNK) {
                client.sendAll(chunk);
            }
            long got = reader.get();
            double s = (System.nanoTime() - t0) / 1e9;
            if (got != bytes) {
                throw new IllegalStateException("the reader got " + got + " of " + bytes + " bytes");
            }
            return s;
        } finally {
            client.closeQuietly();
            server.closeQuietly();
        }
    }

    /** The capture's reading thread, just started. */
    private static Thread captureThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("wire-capture")).findFirst().orElse(null);
    }

    /** The cpu time a thread has used, 0 when unknown. */
    private static long cpuNanos(Thread t) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long n = t == null ? -1 : mx.getThreadCpuTime(t.getId());
        return Math.max(0, n);
    }
}
