package sockbench.ui.wire;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import sockbench.net.wire.Segment;
import sockbench.net.KernelQueues;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;
import sockbench.net.TcpInfo;
import sockbench.ui.async.Pulse;

/**
 * The Wire view's plots of one socket over time: {@code tcpi_rtt}, {@code tcpi_snd_cwnd}, bytes in flight
 * ({@code tcpi_unacked}), the kernel's receive and send queues beside SO_RCVBUF/SO_SNDBUF, and throughput
 * (bytes the send queue and the peer's acknowledgments moved, from {@code tcpi_bytes_acked}). Sampled ten
 * times a second on a thread of its own, never on the ui thread; drained once per pulse; bounded.
 */
public final class WirePlotsViewModel {
    static final int MAX_POINTS = 300;
    private static final long PERIOD_MILLIS = 100;

    /** A segment of the shown conversation at its instant on the samples' clock; {@code kind} as the ladder colours it. */
    public record Mark(double t, String kind, String label) {}

    static final int MAX_MARKS = 200;

    /** One sample: seconds since sampling began and the readings. */
    public record Sample(double t, double rttMillis, long cwnd, long unacked, int receiveQueue, int sendQueue,
                         int receiveBuffer, int sendBuffer, double throughputMiBs) {}

    /** Which socket to sample: asked on the ui thread (it reads the view model's conversations), never on the sampler's. */
    private final Supplier<Socket> target;
    /** The target as last asked, for the sampler thread. */
    private volatile Socket sampled;
    private final Supplier<List<Segment>> segments;
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    /** {@link System#nanoTime()} when sampling began: the plots' zero, and the marks'. */
    private volatile long origin;
    private final BooleanProperty sampling = new SimpleBooleanProperty(false);
    /** Counts the drains that added samples: the charts fit their axes after each. */
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();
    private final ConcurrentLinkedQueue<Sample> pending = new ConcurrentLinkedQueue<>();
    private final List<Sample> kept = new ArrayList<>();
    final XYChart.Series<Number, Number> rtt = series("tcpi_rtt (ms)");
    final XYChart.Series<Number, Number> cwnd = series("tcpi_snd_cwnd (segments)");
    final XYChart.Series<Number, Number> unacked = series("unacked (segments)");
    final XYChart.Series<Number, Number> receiveQueue = series("receive queue (KiB)");
    final XYChart.Series<Number, Number> sendQueue = series("send queue (KiB)");
    final XYChart.Series<Number, Number> receiveBuffer = series("SO_RCVBUF (KiB)");
    final XYChart.Series<Number, Number> sendBuffer = series("SO_SNDBUF (KiB)");
    final XYChart.Series<Number, Number> throughput = series("throughput (MiB/s)");
    private ScheduledExecutorService sampler;
    private ScheduledFuture<?> task;

    public WirePlotsViewModel(Pulse pulse, Supplier<Socket> target) {
        this(pulse, target, List::of);
    }

    /** With the segments to mark: those of the conversation the socket is in, read on the ui thread. */
    public WirePlotsViewModel(Pulse pulse, Supplier<Socket> target, Supplier<List<Segment>> segments) {
        this.target = target;
        this.segments = segments;
        sampling.addListener((o, was, on) -> {
            if (on) {
                begin();
            } else {
                end();
            }
        });
        // the charts take the samples in batches, four times a second: a chart's layout (its axes' ticks,
        // every series) is most of what a plot costs the frame, whatever the number of new points
        pulse.every(Pulse.READOUT_MILLIS, now -> drain());
    }

    private void begin() {
        if (sampler == null) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wire-plots");
                t.setDaemon(true);
                return t;
            });
        }
        sampled = target.get();
        long t0 = System.nanoTime();
        origin = t0;
        long[] last = {-1, t0};
        task = sampler.scheduleAtFixedRate(() -> sample(t0, last), 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sample(long t0, long[] last) {
        Socket s = sampled;
        if (s == null || s.isClosed()) {
            return;
        }
        try {
            // housekeeping: the trace shows the class's calls, not ten getsockopt and ioctl a second of the plots'
            Object[] read = sockbench.ui.async.Housekeeping.call(() -> new Object[] {
                SocketOptions.get(s, OptionCatalogue.bySymbol("tcp/info").orElseThrow()), KernelQueues.of(s)});
            TcpInfo info = (TcpInfo) read[0];
            KernelQueues q = (KernelQueues) read[1];
            long now = System.nanoTime();
            Long acked = info.fields().get("tcpi_bytes_acked");
            double mibs = 0;
            if (acked != null) {
                if (last[0] >= 0) {
                    mibs = (acked - last[0]) / ((now - last[1]) / 1e9) / (1 << 20);
                }
                last[0] = acked;
                last[1] = now;
            }
            pending.add(new Sample((now - t0) / 1e9, info.rtt() / 1000.0, info.sndCwnd(), info.unacked(),
                    q.receiveQueued(), q.sendQueued(), q.receiveBuffer(), q.sendBuffer(), Math.max(0, mibs)));
        } catch (Exception e) {
            // not a TCP socket, or closed meanwhile: nothing to plot this time
        }
    }

    private void end() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** Takes the sampler's readings into the charts and asks again which socket to sample (ui thread, four times a second). */
    void drain() {
        sampled = target.get();
        List<Sample> fresh = new ArrayList<>();
        for (Sample s; (s = pending.poll()) != null; ) {
            fresh.add(s);
        }
        if (fresh.isEmpty()) {
            return;
        }
        kept.addAll(fresh);
        mark();
        if (kept.size() > MAX_POINTS) {
            kept.subList(0, kept.size() - MAX_POINTS).clear();
        }
        add(rtt, fresh, Sample::rttMillis);
        add(cwnd, fresh, s -> s.cwnd());
        add(unacked, fresh, s -> s.unacked());
        add(receiveQueue, fresh, s -> s.receiveQueue() / 1024.0);
        add(sendQueue, fresh, s -> s.sendQueue() / 1024.0);
        add(receiveBuffer, fresh, s -> s.receiveBuffer() / 1024.0);
        add(sendBuffer, fresh, s -> s.sendBuffer() / 1024.0);
        add(throughput, fresh, Sample::throughputMiBs);
        revision.set(revision.get() + 1);
    }

    /** Changes after each drain that added samples. */
    public javafx.beans.value.ObservableIntegerValue revision() {
        return revision;
    }

    /** Seconds of the oldest and newest sample kept; {0, 0} before the first. */
    double[] span() {
        return kept.isEmpty() ? new double[] {0, 0} : new double[] {kept.get(0).t(), kept.get(kept.size() - 1).t()};
    }

    private static void add(XYChart.Series<Number, Number> series, List<Sample> fresh,
                            java.util.function.ToDoubleFunction<Sample> value) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(fresh.size());
        for (Sample s : fresh) {
            points.add(new XYChart.Data<>(s.t(), value.applyAsDouble(s)));
        }
        series.getData().addAll(points);
        int over = series.getData().size() - MAX_POINTS;
        if (over > 0) {
            series.getData().remove(0, over);
        }
    }

    /** The segments within the samples' span, on their clock; the newest {@value #MAX_MARKS} when more. */
    private void mark() {
        if (kept.isEmpty()) {
            return;
        }
        double from = kept.get(0).t();
        double to = kept.get(kept.size() - 1).t();
        long t0 = origin;
        List<Mark> in = new ArrayList<>();
        for (Segment s : segments.get()) {
            double t = (s.timeNanos() - t0) / 1e9;
            if (t >= from && t <= to) {
                in.add(new Mark(t, LadderView.kind(s), s.label()));
            }
        }
        List<Mark> now = in.size() > MAX_MARKS ? in.subList(in.size() - MAX_MARKS, in.size()) : in;
        if (!now.equals(marks)) {
            marks.setAll(now);
        }
    }

    /** The marks the charts draw, oldest first. */
    public ObservableList<Mark> marks() {
        return marks;
    }

    /** The samples kept, as CSV with a header line. */
    public void writeCsv(Writer out) throws IOException {
        out.write("t_s,rtt_ms,snd_cwnd,unacked,receive_queue,send_queue,so_rcvbuf,so_sndbuf,throughput_mib_s\n");
        for (Sample s : List.copyOf(kept)) {
            out.write(String.format(java.util.Locale.ROOT, "%.3f,%.3f,%d,%d,%d,%d,%d,%d,%.3f%n", s.t(), s.rttMillis(), s.cwnd(),
                    s.unacked(), s.receiveQueue(), s.sendQueue(), s.receiveBuffer(), s.sendBuffer(), s.throughputMiBs()));
        }
    }

    public List<Sample> samples() {
        return List.copyOf(kept);
    }

    public BooleanProperty samplingProperty() {
        return sampling;
    }

    public void dispose() {
        end();
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
