package sockbench.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import sockbench.ui.async.Threads;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * A long lesson's sockets: the whole window at 1280x800 shows the transfer view (so every new socket,
 * selected on creation, gets its transfer pane) while 10,000 sockets are created and closed one after
 * another through the window's model, each a Create and a Close as the buttons do. Reports the heap
 * after GC before, every 2,500 sockets, and after the transcript (bounded at its 5,000 entries) is
 * cleared; the table's rows and the process's open descriptors at the end.
 *
 * <p>Not a test. Needs a display (Xvfb, or Monocle's headless properties as in surefire's
 * configuration). Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> sockbench.bench.SocketChurnBenchmark};
 * {@code -Dsockets=10000} changes the count; {@code -Dview=sockets} shows another view (the hidden
 * transfer view then makes no panes).
 */
public final class SocketChurnBenchmark {
    private SocketChurnBenchmark() {}

    public static void main(String[] args) {
        WindowProbe.main(() -> run());
    }

    private static void run() throws Exception {
        int count = Integer.getInteger("sockets", 10_000);
        ExecutorService engine = Threads.enginePool();
        WorkbenchModel model = WindowProbe.openWindow(engine, System.getProperty("view", Workbench.TRANSFER));

        // a few rounds first: the classes load and the JIT warms before the first reading
        churn(model, 200);
        long fdsBefore = openFds();
        long before = WindowProbe.liveHeap();
        StringBuilder log = new StringBuilder();
        long t0 = System.nanoTime();
        int step = Math.max(1, count / 4);
        for (int done = 0; done < count; done += step) {
            churn(model, Math.min(step, count - done));
            log.append(String.format(" %,d:%.1fMB", done + Math.min(step, count - done), WindowProbe.liveHeap() / 1e6));
            System.out.printf("  ... %,d sockets, %.0f s%n", done + Math.min(step, count - done), (System.nanoTime() - t0) / 1e9);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int rows = WindowProbe.onFx(() -> model.sockets().rows().size());
        int entries = WindowProbe.onFx(() -> model.transcript().entries().size());
        WindowProbe.onFx(() -> {
            model.transcript().clear();
            return null;
        });
        long cleared = WindowProbe.liveHeap();
        long fdsAfter = openFds();

        System.out.printf("SocketChurnBenchmark: %,d sockets created and closed through the window's model in %.1f s (%.0f/s)%n",
                count, seconds, count / seconds);
        System.out.printf("  heap after GC: before %.1f MB; after each quarter:%s; transcript (%,d entries) cleared: %.1f MB%n",
                before / 1e6, log, entries, cleared / 1e6);
        System.out.printf("  table rows at the end: %d; open fds before %d, after %d%n", rows, fdsBefore, fdsAfter);

        WindowProbe.exit(model, engine, null, 0);
    }

    /** {@code n} times: Create (it selects the new socket), then Close it; each waits for the one before. */
    private static void churn(WorkbenchModel model, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            CompletableFuture<?> created = WindowProbe.onFx(() -> model.sockets().create());
            created.get(30, TimeUnit.SECONDS);
            CompletableFuture<?> closed = WindowProbe.onFx(() -> model.sockets().close());
            closed.get(30, TimeUnit.SECONDS);
        }
        // the table hears the closes through socket events on the next pulses
        WindowProbe.onFx(() -> null);
        Thread.sleep(100);
    }

    private static long openFds() {
        String[] fds = new java.io.File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

}
