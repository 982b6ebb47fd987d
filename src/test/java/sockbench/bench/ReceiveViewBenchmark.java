package sockbench.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import sockbench.net.Socket;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transfer.TransferViewModel;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * The receive view under a flood: the whole window at 1280x800 shows a loopback pair in the transfer
 * view; the server receives live (64 KiB calls) while a plain thread sends 64 KiB send-alls from the
 * client at a target rate for a while. An AnimationTimer records every pulse interval. Reports the
 * rate reached, the pulse interval percentiles, the heap after GC as it goes, and whether the view's
 * byte counter equals the bytes sent, exactly.
 *
 * <p>Not a test. Needs a display: under Xvfb ({@code DISPLAY=:99}), or headless with the surefire
 * configuration's Monocle properties ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw}). Run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.ReceiveViewBenchmark"};
 * {@code -Dseconds=30 -Drate=150} (MB/s, 0: as fast as it goes) change the run; {@code -Dview=false}
 * drains the bytes with a plain thread instead (the baseline: what the streaming alone costs the FX thread).
 */
public final class ReceiveViewBenchmark {
    private static final int CHUNK = 64 * 1024;
    /** -Dview=false: a plain thread drains the server instead of the live receive view (the baseline). */
    private static final boolean VIEW = Boolean.parseBoolean(System.getProperty("view", "true"));

    private ReceiveViewBenchmark() {}

    public static void main(String[] args) {
        WindowProbe.main(() -> run());
    }

    private static void run() throws Exception {
        int seconds = Integer.getInteger("seconds", 30);
        int warmUp = Integer.getInteger("warmup", 5);
        int rate = Integer.getInteger("rate", 150);
        ExecutorService engine = Threads.enginePool();
        WorkbenchModel model = WindowProbe.openWindow(engine, Workbench.TRANSFER);

        // a loopback pair side by side; the server (right) receives live in 64 KiB calls
        CompletableFuture<Socket> pair = WindowProbe.onFx(() -> model.sockets().loopbackPair());
        Socket client = pair.get(120, TimeUnit.SECONDS);
        SocketRow server = WindowProbe.waitFor(() -> WindowProbe.onFx(() -> model.transfers().rightProperty().get()));
        TransferViewModel receiver = WindowProbe.onFx(() -> {
            TransferViewModel vm = model.transfers().of(server);
            vm.receiveLengthProperty().set(CHUNK);
            vm.liveProperty().set(VIEW);
            return vm;
        });
        if (!VIEW) {
            // the baseline: the same bytes drained by a plain thread, the view idle, to tell the view's
            // cost from the CPU the two streaming threads take from the FX thread
            Thread drain = new Thread(() -> {
                byte[] buf = new byte[CHUNK];
                try {
                    while (server.socket().receive(buf, 0, null, 0) > 0) {
                        // discard
                    }
                } catch (RuntimeException e) {
                    // closed at the end
                }
            }, "benchmark drain");
            drain.setDaemon(true);
            drain.start();
        }

        PulseClock clock = new PulseClock(seconds);

        // the sender: 64 KiB send-alls, paced to the target rate
        AtomicLong sent = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            byte[] block = new byte[CHUNK];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (' ' + i % 95);
            }
            long start = System.nanoTime();
            while (sending.get()) {
                client.sendAll(block);
                long total = sent.addAndGet(block.length);
                if (rate > 0) {
                    long due = start + total * 1000L / rate; // ns at which total bytes are due: bytes / (MB/s) = us
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
            }
        }, "benchmark sender");

        long heapBefore = WindowProbe.liveHeap();
        // the JIT compiles the hot paths in the first seconds: those are streamed but not measured
        sender.start();
        Thread.sleep(warmUp * 1000L);
        long warmBytes = sent.get();
        long t0 = System.nanoTime();
        clock.measure(true);
        StringBuilder heapLog = new StringBuilder();
        HeapWatch heap = new HeapWatch();
        for (int s = 5; s <= seconds; s += 5) {
            Thread.sleep(4940);
            heapLog.append(heap.interval(s));
        }
        long rest = seconds % 5;
        Thread.sleep(rest * 1000);
        sending.set(false);
        sender.join();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        clock.measure(false);
        heap.close();
        long total = sent.get();
        long measuredBytes = total - warmBytes;

        // the counter must come to exactly what was sent
        long deadline = System.nanoTime() + 20_000_000_000L;
        long shown;
        do {
            Thread.sleep(50);
            shown = WindowProbe.onFx(() -> receiver.bytesReceivedProperty().get());
        } while (shown != total && System.nanoTime() < deadline);
        String lastBlocks = WindowProbe.onFx(() -> String.valueOf(receiver.receiveCallsProperty().get()));
        long heapAfter = WindowProbe.liveHeap();

        long[] sorted = clock.sorted();
        int n = sorted.length;
        System.out.printf("ReceiveViewBenchmark: %d s measured after %d s of warm-up, target %s%n", seconds, warmUp,
                rate == 0 ? "as fast as it goes" : rate + " MB/s");
        System.out.printf("  streamed %,d bytes in the %.1f s measured: %.1f MB/s; %,d bytes in all, in %s receive calls%n",
                measuredBytes, elapsed, measuredBytes / elapsed / 1e6, total, lastBlocks);
        System.out.printf("  FX pulses: %d; interval p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", n,
                WindowProbe.percentileMillis(sorted, 50), WindowProbe.percentileMillis(sorted, 90), WindowProbe.percentileMillis(sorted, 99), sorted.length == 0 ? 0 : sorted[n - 1] / 1e6);
        System.out.printf("  heap after a full GC: before %.1f MB, after %.1f MB; the lowest after the JVM's own GCs, every 5 s:%s%n",
                heapBefore / 1e6, heapAfter / 1e6, heapLog);
        System.out.printf("  byte counter %,d vs sent %,d: %s%n", shown, total, shown == total ? "EXACT" : "MISMATCH");

        WindowProbe.exit(model, engine, clock, shown == total ? 0 : 1);
    }

}
