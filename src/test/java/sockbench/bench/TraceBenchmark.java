package sockbench.bench;

import com.sun.jna.Memory;
import java.util.concurrent.atomic.AtomicLong;
import sockbench.net.Constants;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SyscallTrace;
import sockbench.net.libc.LibC;

/**
 * What the syscall trace costs: 1 GiB over loopback TCP with 64 KiB send-all/receive!, with no
 * listener ever attached, with a listener (trace on), and after it is removed (trace off); beside a
 * loop of bare JNA send/recv calls (copying to and from the heap, as the engine does) that has no
 * trace code at all. Not a test: run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.TraceBenchmark"}.
 */
public final class TraceBenchmark {
    private static final long TOTAL = 1L << 30;
    private static final int CHUNK = 64 * 1024;
    private static final int ROUNDS = 5;

    private TraceBenchmark() {}

    public static void main(String[] args) throws Exception {
        run("warm-up", TraceBenchmark::engine);
        double[] none = new double[ROUNDS];
        double[] on = new double[ROUNDS];
        double[] off = new double[ROUNDS];
        double[] raw = new double[ROUNDS];
        AtomicLong seen = new AtomicLong();
        for (int r = 0; r < ROUNDS; r++) {
            raw[r] = run("bare JNA, no trace code", TraceBenchmark::bare);
            none[r] = run("engine, no listener", TraceBenchmark::engine);
            try (AutoCloseable t = SyscallTrace.listen(e -> seen.incrementAndGet())) {
                on[r] = run("engine, trace on", TraceBenchmark::engine);
            }
            off[r] = run("engine, trace off again", TraceBenchmark::engine);
        }
        System.out.printf("%nmedian MB/s: bare %.0f | no listener %.0f | trace on %.0f | trace off %.0f%n",
                median(raw), median(none), median(on), median(off));
        System.out.printf("no listener vs bare JNA: %.1f%%; trace on vs no listener: %.1f%%; events seen %d%n",
                100 * (median(none) / median(raw) - 1), 100 * (median(on) / median(none) - 1), seen.get());
    }

    interface Transfer {
        void run(Socket sender, Socket receiver) throws Exception;
    }

    private static double run(String label, Transfer transfer) throws Exception {
        Socket listener = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        listener.bind(SockAddr.inet("127.0.0.1", 0));
        listener.listen(1);
        Socket client = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        client.connect(listener.name());
        Socket server = listener.accept();
        listener.close();
        long t0 = System.nanoTime();
        try {
            transfer.run(client, server);
        } finally {
            client.closeQuietly();
            server.closeQuietly();
        }
        double mbs = TOTAL / 1e6 / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("%-28s %8.0f MB/s%n", label, mbs);
        return mbs;
    }

    private static void engine(Socket sender, Socket receiver) throws Exception {
        Thread writer = new Thread(() -> {
            byte[] buf = new byte[CHUNK];
            try (Parameter.Scope s = Parameters.SEND_SIZE.bind(CHUNK)) {
                for (long sent = 0; sent < TOTAL; sent += CHUNK) {
                    sender.sendAll(buf);
                }
            }
        });
        writer.start();
        byte[] buf = new byte[CHUNK];
        long got = 0;
        while (got < TOTAL) {
            got += receiver.receive(buf);
        }
        writer.join();
    }

    /** The same transfer with bare poll/send/recv calls on the same fds: the floor. */
    private static void bare(Socket sender, Socket receiver) throws Exception {
        int out = sender.fileno();
        int in = receiver.fileno();
        Thread writer = new Thread(() -> {
            Memory buf = new Memory(CHUNK);
            Memory pfd = new Memory(8);
            byte[] heap = new byte[CHUNK];
            long sent = 0;
            while (sent < TOTAL) {
                buf.write(0, heap, 0, CHUNK);
                long r = LibC.send(out, buf, Math.min(CHUNK, TOTAL - sent), 0x4000);
                if (r > 0) {
                    sent += r;
                } else {
                    waitFor(pfd, out, 4);
                }
            }
        });
        writer.start();
        Memory buf = new Memory(CHUNK);
        Memory pfd = new Memory(8);
        byte[] heap = new byte[CHUNK];
        long got = 0;
        while (got < TOTAL) {
            long r = LibC.recv(in, buf, CHUNK, 0);
            if (r > 0) {
                buf.read(0, heap, 0, (int) r);
                got += r;
            } else {
                waitFor(pfd, in, 1);
            }
        }
        writer.join();
    }

    private static void waitFor(Memory pfd, int fd, int events) {
        pfd.setInt(0, fd);
        pfd.setShort(4, (short) events);
        pfd.setShort(6, (short) 0);
        LibC.poll(pfd, 1, 1000);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
