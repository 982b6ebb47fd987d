package sockbench.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import sockbench.net.Constants;
import sockbench.net.Socket;
import sockbench.net.SocketState;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.WorkbenchApp;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.Theme;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * The Wire view while its capture is busy: the whole window at 1280x800 shows the Wire view (its
 * capture running, the ladder following the newest rows, the plots sampling), a loopback pair made by
 * the window streams 64 KiB send-alls at a target rate from one plain thread to another, and an
 * AnimationTimer records every pulse interval. Reports the pulse percentiles (target: p99 at most
 * 33 ms), the bytes streamed, the capture's counts as the view shows them, and the heap after GC.
 *
 * <p>Not a test. Needs CAP_NET_RAW (root) and a display (Xvfb, {@code DISPLAY=:93}). Run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.WireViewBenchmark"};
 * {@code -Dseconds=20 -Dwarmup=5 -Drate=150} (MB/s, 0: as fast as they go) change the run;
 * {@code -Dview=sockets} measures the same load with another view shown once the capture runs (the
 * machine's own pulse under that load: the baseline the Wire view's cost is read against).
 */
public final class WireViewBenchmark {
    private static final int CHUNK = 64 * 1024;

    private WireViewBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 20);
        int warmUp = Integer.getInteger("warmup", 5);
        int rate = Integer.getInteger("rate", 150); // MB/s, 0: as fast as it goes
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        ExecutorService engine = Threads.enginePool();
        Stage[] stage = new Stage[1];
        Workbench[] workbench = new Workbench[1];
        WorkbenchModel model = WindowProbe.onFx(() -> {
            Theme.install(false);
            WorkbenchModel m = new WorkbenchModel(Threads.fx(engine), ConsoleEvaluator.UNAVAILABLE);
            Workbench w = new Workbench(m);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(w, WorkbenchApp.WIDTH, WorkbenchApp.HEIGHT));
            stage[0].show();
            w.show(Workbench.WIRE);
            workbench[0] = w;
            return m;
        });
        Scene scene = stage[0].getScene();
        // the view's controls are in the scene once its wrapper's skin is made, at the first pulse after show
        waitUntil("the capture runs", () -> WindowProbe.onFx(() -> scene.lookup("#wire-capture") instanceof ToggleButton t
                && (t.isSelected() || ((Label) scene.lookup("#wire-message")).getText().contains("CAP_NET_RAW"))));
        String message = WindowProbe.onFx(() -> ((Label) scene.lookup("#wire-message")).getText());
        if (message.contains("CAP_NET_RAW")) {
            System.out.println("WireViewBenchmark: no capture here: " + message);
            System.exit(2);
        }

        // a loopback pair made by the window: the ladder follows its conversation
        Socket client = WindowProbe.onFx(() -> model.sockets().loopbackPair()).get(10, TimeUnit.SECONDS);
        int stream = Constants.require("sock/stream");
        Socket server = WindowProbe.waitFor(() -> WindowProbe.onFx(() -> model.sockets().rows().stream().map(SocketRow::socket)
                .filter(s -> s != client && s.type() == stream && s.state() == SocketState.CONNECTED).findFirst().orElse(null)));
        WindowProbe.onFx(() -> {
            ((ToggleButton) scene.lookup("#wire-plots-sample")).fire();
            return null;
        });

        String view = System.getProperty("view", Workbench.WIRE);
        if (!view.equals(Workbench.WIRE)) {
            WindowProbe.onFx(() -> {
                workbench[0].show(view);
                return null;
            });
        }
        PulseClock clock = new PulseClock(seconds);

        AtomicBoolean streaming = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        Thread sender = new Thread(() -> {
            byte[] block = new byte[CHUNK];
            long start = System.nanoTime();
            while (streaming.get()) {
                client.sendAll(block);
                long total = sent.addAndGet(CHUNK);
                if (rate > 0) {
                    long wait = start + total * 1000L / rate - System.nanoTime(); // bytes / (MB/s) = us
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            }
            client.shutdown(Constants.require("shut/wr"));
        }, "benchmark sender");
        Thread reader = new Thread(() -> {
            byte[] buf = new byte[CHUNK];
            for (int n; (n = server.receive(buf)) > 0; ) {
                received.addAndGet(n);
            }
        }, "benchmark reader");
        reader.start();
        sender.start();
        Thread.sleep(warmUp * 1000L);
        long bytes0 = received.get();
        long t0 = System.nanoTime();
        clock.measure(true);
        // the ladder must keep drawing segments, not calls alone, while it streams: counted each second
        int[] labels = new int[seconds];
        for (int i = 0; i < seconds; i++) {
            Thread.sleep(1000L);
            labels[i] = view.equals(Workbench.WIRE) ? WindowProbe.onFx(() -> segmentLabels(scene)) : -1;
        }
        clock.measure(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (!view.equals(Workbench.WIRE)) { // its counts are read where it shows them
            WindowProbe.onFx(() -> {
                workbench[0].show(Workbench.WIRE);
                return null;
            });
            waitUntil("the Wire view is back", () -> WindowProbe.onFx(() -> scene.lookup("#wire-counts") != null));
        }
        long bytes = received.get() - bytes0;
        String counts = WindowProbe.onFx(() -> ((Label) scene.lookup("#wire-counts")).getText());
        String status = WindowProbe.onFx(() -> model.statusProperty().get());
        int ladderNodes = WindowProbe.onFx(() -> segmentLabels(scene));
        java.util.Arrays.sort(labels);
        streaming.set(false);
        sender.join(10_000);
        reader.join(10_000);
        long heap = WindowProbe.liveHeap();

        long[] sorted = clock.sorted();
        int n = sorted.length;
        System.out.printf("WireViewBenchmark: %d s measured after %d s of warm-up, loopback 64 KiB send-alls, target %s, %s view shown%n",
                seconds, warmUp, rate == 0 ? "as fast as they go" : rate + " MB/s", view);
        System.out.printf("  streamed %,d bytes in %.1f s: %.1f MiB/s under the capture%n", bytes, elapsed, bytes / elapsed / (1 << 20));
        System.out.printf("  FX pulses: %d; interval p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 33 ms: %s)%n", n,
                WindowProbe.percentileMillis(sorted, 50), WindowProbe.percentileMillis(sorted, 90), WindowProbe.percentileMillis(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1e6,
                WindowProbe.percentileMillis(sorted, 99) <= 33 ? "met" : "NOT met");
        System.out.printf("  the view: %s; %d segment labels on the ladder at the end%s; heap after GC %.1f MB%n", counts, ladderNodes,
                labels[0] < 0 ? "" : String.format(" (each second while measured: min %d, median %d)", labels[0], labels[labels.length / 2]),
                heap / 1e6);
        System.out.printf("  the window's status line: %s%n", status);

        WindowProbe.exit(model, engine, clock, 0);
    }

    /** The segment labels the ladder draws now (its arrows in and near the viewport). */
    private static int segmentLabels(Scene scene) {
        return (int) scene.getRoot().lookupAll(".wire-label").stream().filter(Node::isVisible).count();
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> probe) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!probe.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

}
