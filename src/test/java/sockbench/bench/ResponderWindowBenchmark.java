package sockbench.bench;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.explore.PayloadLibrary;
import sockbench.net.explore.Responder;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.WorkbenchApp;
import sockbench.ui.async.Threads;
import sockbench.ui.explorer.ExplorerView;
import sockbench.ui.explorer.ExplorerViewModel;
import sockbench.ui.workbench.Theme;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * The explorer's responder under a flood, as issue 14 asks: a UDP echo responder started from the
 * explorer view (1280x800, its client table live, beside the window that drives the pulse) under a
 * {@link DatagramFlood} at a target rate (default 100,000 a second) from {@code sources} ports. An AnimationTimer records
 * every FX pulse interval. Reports the rate reached, what the responder received and answered, the
 * pulse interval percentiles and the heap after GC every 5 s.
 *
 * <p>Not a test. Needs a display (Xvfb, {@code DISPLAY=:99}) or Monocle headless
 * ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}). Run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.ResponderWindowBenchmark"};
 * {@code -Dseconds=30 -Drate=100000 -Dsources=200} change the run; {@code -Dview=false} runs the same
 * responder under the same flood without the explorer's window (the baseline the view's cost is read against).
 */
public final class ResponderWindowBenchmark {
    private ResponderWindowBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 30);
        int warmUp = Integer.getInteger("warmup", 5);
        int rate = Integer.getInteger("rate", 100_000);
        int sourceCount = Integer.getInteger("sources", 200);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        ExecutorService engine = Threads.enginePool();
        WorkbenchModel model = WindowProbe.onFx(() -> new WorkbenchModel(Threads.fx(engine), ConsoleEvaluator.UNAVAILABLE));
        Socket server = Socket.create(Constants.require("af/inet"), Constants.require("sock/dgram"));
        server.bind(SockAddr.inet("127.0.0.1", 0));
        ExplorerViewModel explorer = WindowProbe.onFx(() -> {
            Theme.install(false);
            ExplorerViewModel vm = new ExplorerViewModel(model.runner(), model.sockets(), model.pulse(), PayloadLibrary.shared());
            // the window (it drives the pulse; its sockets table lists the server), and the explorer view beside it
            Stage window = new Stage();
            window.setScene(new Scene(new Workbench(model), WorkbenchApp.WIDTH, WorkbenchApp.HEIGHT));
            window.show();
            if (Boolean.parseBoolean(System.getProperty("view", "true"))) {
                Stage stage = new Stage();
                stage.setScene(new Scene(new ExplorerView(vm), WorkbenchApp.WIDTH, WorkbenchApp.HEIGHT));
                stage.show();
            }
            vm.socketProperty().set(model.sockets().rowFor(server));
            vm.replyModeProperty().set("echo");
            return vm;
        });
        CompletableFuture<Responder> starting = WindowProbe.onFx(explorer::startResponder);
        Responder responder = starting.get(10, TimeUnit.SECONDS);

        PulseClock clock = new PulseClock(seconds);

        InetSocketAddress to = new InetSocketAddress("127.0.0.1", server.name().port());
        long heapBefore = WindowProbe.liveHeap();
        DatagramFlood flood = new DatagramFlood(to, rate, sourceCount);
        Thread.sleep(warmUp * 1000L);
        long sent0 = flood.sent();
        long in0 = responder.blocksIn();
        long t0 = System.nanoTime();
        clock.measure(true);
        StringBuilder heapLog = new StringBuilder();
        HeapWatch heap = new HeapWatch();
        for (int s = 5; s <= seconds; s += 5) {
            Thread.sleep(4940);
            heapLog.append(heap.interval(s));
        }
        clock.measure(false);
        heap.close();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long sentN = flood.sent() - sent0;
        long inN = responder.blocksIn() - in0;
        String shown = WindowProbe.onFx(() -> explorer.clients().size() + " client rows, status \"" + explorer.responderStatusProperty().get() + "\"");
        long heapAfter = WindowProbe.liveHeap(); // the flood still on: what the window keeps under it
        flood.close();

        long[] sorted = clock.sorted();
        int n = sorted.length;
        System.out.printf("ResponderWindowBenchmark: %d s measured after %d s of warm-up, %d sources, target %,d datagrams/s, "
                        + (Boolean.parseBoolean(System.getProperty("view", "true")) ? "the explorer view shown" : "no explorer view (baseline)") + "%n",
                seconds, warmUp, sourceCount, rate);
        System.out.printf("  sent %,.0f/s, the responder received %,.0f/s (%.1f%%) and answered %,d in all%n",
                sentN / elapsed, inN / elapsed, 100.0 * inN / Math.max(1, sentN), responder.replies());
        System.out.printf("  window: %s%n", shown);
        System.out.printf("  FX pulses: %d; interval p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 33 ms)%n", n,
                WindowProbe.percentileMillis(sorted, 50), WindowProbe.percentileMillis(sorted, 90), WindowProbe.percentileMillis(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1e6);
        System.out.printf("  heap after a full GC: before %.1f MB, after (flood still on) %.1f MB; the lowest after the JVM's own GCs, every 5 s:%s%n",
                heapBefore / 1e6, heapAfter / 1e6, heapLog);

        CompletableFuture<Void> stopped = WindowProbe.onFx(explorer::stopResponder);
        stopped.get(10, TimeUnit.SECONDS);
        server.closeQuietly();
        WindowProbe.exit(model, engine, clock, 0);
    }
}
