package sockbench.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** What the window benchmarks measure with: the live heap, percentiles of pulse intervals, a call on the FX thread. */
final class WindowProbe {
    private WindowProbe() {}

    /**
     * The heap that survives a full GC: the least of three readings, each right after System.gc()
     * (the streaming threads allocate between the collection and the reading).
     */
    static long liveHeap() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Runtime r = Runtime.getRuntime();
            long used = r.totalMemory() - r.freeMemory();
            if (used > 0) { // the two readings are not atomic: a heap resized between them gives nonsense
                least = Math.min(least, used);
            }
            Thread.sleep(20);
        }
        return least;
    }

    /** The p-th percentile of sorted nanosecond intervals, in milliseconds. */
    static double percentileMillis(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Runs on the FX thread and waits for the value. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS); // a loaded machine builds the window slowly
    }

    /** Polls {@code probe} every 20 ms until it gives a value, for up to 10 s. */
    static <T> T waitFor(Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            T v = probe.call();
            if (v != null) {
                return v;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out");
    }

    /** Ends a window benchmark: the clock stopped, the model's sockets closed, the toolkit and the JVM gone. */
    static void exit(sockbench.ui.workbench.WorkbenchModel model, java.util.concurrent.ExecutorService engine,
                     PulseClock clock, int status) throws InterruptedException {
        Platform.runLater(() -> {
            if (clock != null) {
                clock.stop();
            }
            model.dispose();
            model.closeAllSockets();
        });
        Thread.sleep(300);
        engine.shutdownNow();
        Platform.exit();
        System.exit(status);
    }

    /** A benchmark's body, which may throw anything. */
    interface Body {
        void run() throws Exception;
    }

    /** Runs a window benchmark; a failure prints and exits 2 (the toolkit's threads would keep a failed run alive). */
    static void main(Body body) {
        try {
            body.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    /**
     * Starts the toolkit and opens the whole window at 1280x800 in the light theme, showing {@code view},
     * its engine calls on {@code engine}: the model it drives.
     */
    static sockbench.ui.workbench.WorkbenchModel openWindow(java.util.concurrent.ExecutorService engine, String view)
            throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        return onFx(() -> {
            sockbench.ui.workbench.Theme.install(false);
            sockbench.ui.workbench.WorkbenchModel m = new sockbench.ui.workbench.WorkbenchModel(
                    sockbench.ui.async.Threads.fx(engine), sockbench.ui.ConsoleEvaluator.UNAVAILABLE);
            sockbench.ui.workbench.Workbench w = new sockbench.ui.workbench.Workbench(m);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(w, sockbench.ui.WorkbenchApp.WIDTH, sockbench.ui.WorkbenchApp.HEIGHT));
            stage.show();
            w.show(view);
            return m;
        });
    }
}
