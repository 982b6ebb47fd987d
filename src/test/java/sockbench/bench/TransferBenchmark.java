package sockbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import sockbench.net.Constants;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Loopback TCP in one run, sockbench against blocking {@link SocketChannel}: bulk transfer of 1 GiB
 * in 64 KiB {@code sendAll}/{@code receive(buf)} (write/read of a 64 KiB heap buffer for NIO), and a
 * 1-byte ping-pong of 100,000 round trips. Each measurement is taken {@value #ROUNDS} times,
 * alternating the two (each first in half the rounds), after a warm-up; the verdict is the median of the paired
 * ratios (a shared machine's load drifts; a pair run back to back sees the same load). Bulk is also
 * paired with a C send/recv loop (src/test/resources/bench/bulk.c, built with the machine's gcc).
 * Targets: throughput at least 1.0x NIO and 0.9x C, round trip at most 1.1x NIO.
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.TransferBenchmark"</pre>
 *
 * Optional arguments: bulk MiB, round trips, rounds.
 */
public final class TransferBenchmark {
    private static final int CHUNK = 64 * 1024;
    private static final int ROUNDS = 5;
    private static final int AF_INET = Constants.require("af/inet");
    private static final int SOCK_STREAM = Constants.require("sock/stream");

    private TransferBenchmark() {}

    /** One way to move bytes: a connected pair and the two loops. */
    interface Transport extends AutoCloseable {
        void sendAll(byte[] buf) throws IOException;

        int receive(byte[] buf) throws IOException;

        /** The other end's twin of this transport. */
        Transport peer();

        @Override
        void close() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        long bulkBytes = (args.length > 0 ? Long.parseLong(args[0]) : 1024L) << 20;
        int roundTrips = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : ROUNDS;
        System.out.printf(Locale.ROOT, "loopback TCP, %d MiB bulk in %d KiB calls, %d round trips of 1 byte, %d paired rounds%n",
                bulkBytes >> 20, CHUNK / 1024, roundTrips, rounds);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-peer");
            t.setDaemon(true);
            return t;
        });
        try (Parameter.Scope size = Parameters.SEND_SIZE.bind(CHUNK);
             Parameter.Scope noTimeout = Parameters.RECEIVE_TIMEOUT.bind(false);
             Parameter.Scope noSendTimeout = Parameters.SEND_TIMEOUT.bind(false)) {
            // warm-up: JIT and kernel buffers
            bulk(sockbench(), bulkBytes / 8, pool);
            bulk(nio(), bulkBytes / 8, pool);
            pingPong(sockbench(), roundTrips / 10, pool);
            pingPong(nio(), roundTrips / 10, pool);

            java.nio.file.Path c = CLoop.build();
            double[] bulkSb = new double[rounds];
            double[] bulkNio = new double[rounds];
            double[] bulkC = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) { // each goes first in half the rounds: no order bias in the pairs
                    bulkSb[r] = bulk(sockbench(), bulkBytes, pool);
                    bulkNio[r] = bulk(nio(), bulkBytes, pool);
                } else {
                    bulkNio[r] = bulk(nio(), bulkBytes, pool);
                    bulkSb[r] = bulk(sockbench(), bulkBytes, pool);
                }
                bulkC[r] = c == null ? Double.NaN : CLoop.run(c, bulkBytes >> 20);
                System.out.printf(Locale.ROOT, "  bulk round %d: sockbench %8.1f MB/s   nio %8.1f MB/s   C %8.1f MB/s   ratios %.2fx nio, %.2fx C%n",
                        r + 1, bulkSb[r], bulkNio[r], bulkC[r], bulkSb[r] / bulkNio[r], bulkSb[r] / bulkC[r]);
            }
            double[] rtSb = new double[rounds];
            double[] rtNio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    rtSb[r] = pingPong(sockbench(), roundTrips, pool);
                    rtNio[r] = pingPong(nio(), roundTrips, pool);
                } else {
                    rtNio[r] = pingPong(nio(), roundTrips, pool);
                    rtSb[r] = pingPong(sockbench(), roundTrips, pool);
                }
                System.out.printf(Locale.ROOT, "  ping-pong round %d: sockbench %6.2f us   nio %6.2f us   ratio %.2fx%n",
                        r + 1, rtSb[r], rtNio[r], rtSb[r] / rtNio[r]);
            }
            double tput = medianRatio(bulkSb, bulkNio);
            double tputC = medianRatio(bulkSb, bulkC);
            double rt = medianRatio(rtSb, rtNio);
            System.out.printf(Locale.ROOT, "bulk       best: sockbench %8.1f MB/s   nio %8.1f MB/s   (%.2fx)%n",
                    max(bulkSb), max(bulkNio), max(bulkSb) / max(bulkNio));
            System.out.printf(Locale.ROOT, "round trip best: sockbench %8.2f us     nio %8.2f us     (%.2fx)%n",
                    min(rtSb), min(rtNio), min(rtSb) / min(rtNio));
            System.out.printf(Locale.ROOT, "throughput ratio vs NIO (median of paired rounds) %.2fx, target >= 1.00x: %s%n",
                    tput, tput >= 1.0 ? "OK" : "MISSED");
            System.out.printf(Locale.ROOT, "throughput ratio vs C (median of paired rounds) %.2fx, target >= 0.90x: %s%n",
                    tputC, tputC >= 0.9 ? "OK" : "MISSED");
            System.out.printf(Locale.ROOT, "round-trip ratio (median of paired rounds) %.2fx, target <= 1.10x: %s%n",
                    rt, rt <= 1.1 ? "OK" : "MISSED");
        } finally {
            pool.shutdownNow();
        }
        try (Parameter.Scope noTimeout = Parameters.RECEIVE_TIMEOUT.bind(false)) {
            double sb16 = bulk(sockbench(), bulkBytes / 4, pool0());
            System.out.printf(Locale.ROOT, "(with the default socket-send-size of 16384, sockbench bulk: %.1f MB/s)%n", sb16);
        }
    }

    /** The median of a[i] / b[i]: rounds run back to back, so each pair saw the same machine load. */
    private static double medianRatio(double[] a, double[] b) {
        double[] q = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            q[i] = a[i] / b[i];
        }
        java.util.Arrays.sort(q);
        return q.length % 2 == 1 ? q[q.length / 2] : (q[q.length / 2 - 1] + q[q.length / 2]) / 2;
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static ExecutorService pool0() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-peer-default");
            t.setDaemon(true);
            return t;
        });
    }

    /** MB/s (10^6 bytes) of {@code total} bytes from one end to the other. */
    private static double bulk(Transport sender, long total, ExecutorService pool) throws Exception {
        Transport receiver = sender.peer();
        try (sender; receiver) {
            byte[] out = new byte[CHUNK];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) i;
            }
            Future<Long> got = pool.submit((Callable<Long>) () -> {
                byte[] in = new byte[CHUNK];
                long n = 0;
                while (n < total) {
                    int r = receiver.receive(in);
                    if (r <= 0) {
                        throw new IllegalStateException("end of stream after " + n);
                    }
                    n += r;
                }
                return n;
            });
            long t0 = System.nanoTime();
            for (long sent = 0; sent < total; sent += CHUNK) {
                sender.sendAll(out);
            }
            long n = got.get();
            long t = System.nanoTime() - t0;
            return n / (t / 1e9) / 1e6;
        }
    }

    /** Microseconds per 1-byte round trip. */
    private static double pingPong(Transport client, int trips, ExecutorService pool) throws Exception {
        Transport server = client.peer();
        try (client; server) {
            Future<?> echo = pool.submit((Callable<Void>) () -> {
                byte[] b = new byte[1];
                for (int i = 0; i < trips; i++) {
                    if (server.receive(b) != 1) {
                        throw new IllegalStateException("end of stream");
                    }
                    server.sendAll(b);
                }
                return null;
            });
            byte[] b = {42};
            long t0 = System.nanoTime();
            for (int i = 0; i < trips; i++) {
                client.sendAll(b);
                if (client.receive(b) != 1) {
                    throw new IllegalStateException("end of stream");
                }
            }
            long t = System.nanoTime() - t0;
            echo.get();
            return t / 1e3 / trips;
        }
    }

    // ---- sockbench

    private static Transport sockbench() {
        Socket listener = Socket.create(AF_INET, SOCK_STREAM);
        listener.bind(SockAddr.inet("127.0.0.1", 0));
        listener.listen(1);
        Socket client = Socket.create(AF_INET, SOCK_STREAM);
        client.connect(listener.name());
        Socket server = listener.accept();
        listener.close();
        return sockbench(client, sockbench(server, null));
    }

    private static Transport sockbench(Socket s, Transport peer) {
        return new Transport() {
            @Override public void sendAll(byte[] buf) { s.sendAll(buf); }
            @Override public int receive(byte[] buf) { return s.receive(buf); }
            @Override public Transport peer() { return peer; }
            @Override public void close() { s.closeQuietly(); }
        };
    }

    // ---- NIO

    private static Transport nio() throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            SocketChannel client = SocketChannel.open(listener.getLocalAddress());
            SocketChannel server = listener.accept();
            return nio(client, nio(server, null));
        }
    }

    private static Transport nio(SocketChannel ch, Transport peer) {
        return new Transport() {
            @Override public void sendAll(byte[] buf) throws IOException {
                ByteBuffer b = wrap(buf);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }

            @Override public int receive(byte[] buf) throws IOException {
                return ch.read(wrap(buf));
            }

            private ByteBuffer wrap(byte[] buf) {
                return ByteBuffer.wrap(buf);
            }

            @Override public Transport peer() { return peer; }

            @Override public void close() {
                try {
                    ch.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The C loop: compiled once per run from the test resource into a temporary directory. */
    private static final class CLoop {
        static java.nio.file.Path build() throws Exception {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sockbench-bench");
            java.nio.file.Path src = dir.resolve("bulk.c");
            try (var in = TransferBenchmark.class.getResourceAsStream("/bench/bulk.c")) {
                java.nio.file.Files.copy(in, src);
            }
            java.nio.file.Path exe = dir.resolve("bulk");
            Process p = new ProcessBuilder("gcc", "-O2", "-pthread", "-o", exe.toString(), src.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                System.out.println("(no C loop: gcc failed)");
                return null;
            }
            return exe;
        }

        static double run(java.nio.file.Path exe, long mib) throws Exception {
            Process p = new ProcessBuilder(exe.toString(), Long.toString(mib)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            p.waitFor();
            return Double.parseDouble(out);
        }
    }
}
