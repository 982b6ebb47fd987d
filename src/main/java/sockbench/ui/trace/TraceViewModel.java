package sockbench.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import sockbench.net.Socket;
import sockbench.net.SocketEvents;
import sockbench.net.SyscallTrace;
import sockbench.net.TraceEvent;
import sockbench.ui.async.DroppingQueue;
import sockbench.ui.async.Housekeeping;
import sockbench.ui.async.Pulse;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.SocketsViewModel;

/**
 * The syscall trace as a live table: the engine's events (on whichever thread made the call) go into a
 * bounded queue, drained once per pulse into at most {@link #MAX_ROWS} rows. Recording listens to the
 * engine only while it is on, so a paused trace costs the engine nothing. The filter shows one
 * socket's calls.
 */
public final class TraceViewModel {
    /** Rows kept; older ones go. */
    public static final int MAX_ROWS = 2000;
    /** Events queued between two pulses at most; beyond that the oldest are dropped (and counted). */
    static final int MAX_PENDING = 4096;

    /**
     * One native call.
     *
     * @param seconds since recording began
     * @param socket  the name of the socket whose fd it was, or "" when none
     */
    public record Row(double seconds, int fd, String socket, String syscall, String arguments, long result, String errno,
                      double micros) {

        /** As strace prints it: {@code send(7, "hello", 5, MSG_NOSIGNAL) = 5}. */
        public String call() {
            return syscall + "(" + arguments + ") = " + result + (errno != null ? " " + errno : "");
        }
    }

    private final SocketsViewModel sockets;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final ObjectProperty<SocketRow> filter = new SimpleObjectProperty<>();
    private final BooleanProperty recording = new SimpleBooleanProperty(false);
    private final BooleanProperty hideHousekeeping = new SimpleBooleanProperty(true);
    private final SimpleLongProperty recorded = new SimpleLongProperty();
    private final SimpleLongProperty dropped = new SimpleLongProperty();

    private final DroppingQueue<TraceEvent> pending = new DroppingQueue<>(MAX_PENDING);
    private final AtomicLong heard = new AtomicLong();
    private final AtomicLong droppedCount = new AtomicLong();
    private volatile boolean hiding = true;
    /** Which socket holds each fd, as the engine announces them (before the table row exists). */
    private final Map<Integer, Socket> byFd = new ConcurrentHashMap<>();
    private final AutoCloseable socketEvents;
    private AutoCloseable subscription;
    private long origin = System.nanoTime();
    private int filterFd = -1;

    public TraceViewModel(SocketsViewModel sockets, Pulse pulse) {
        this.sockets = sockets;
        recording.addListener((o, was, on) -> {
            if (on) {
                if (rows.isEmpty()) {
                    origin = System.nanoTime();
                }
                subscription = SyscallTrace.listen(this::heard);
            } else {
                unsubscribe();
            }
        });
        hideHousekeeping.addListener((o, a, b) -> hiding = b);
        filter.addListener((o, a, row) -> {
            filterFd = row == null || row.socket().isClosed() ? -1 : row.socket().fileno();
            shown.setPredicate(row == null ? null : r -> r.fd() == filterFd);
        });
        pulse.add(now -> drain());
        socketEvents = SocketEvents.listen(e -> {
            if (e.kind() == SocketEvents.Kind.CREATED) {
                byFd.put(e.socket().fileno(), e.socket());
            }
        });
    }

    /** The rows the table shows (the filter applied). */
    public ObservableList<Row> shown() { return shown; }
    /** Every row kept. */
    public ObservableList<Row> rows() { return FXCollections.unmodifiableObservableList(rows); }
    /** One socket's calls only, or null for all. */
    public ObjectProperty<SocketRow> filterProperty() { return filter; }
    /** Listening to the engine; off is pause. */
    public BooleanProperty recordingProperty() { return recording; }
    /** Leaves out the window's own polling (lamps, queues, tcp_info). */
    public BooleanProperty hideHousekeepingProperty() { return hideHousekeeping; }
    /** Calls heard since the trace opened. */
    public ReadOnlyLongProperty recordedProperty() { return recorded; }
    /** Calls that came faster than the table takes them and were not shown. */
    public ReadOnlyLongProperty droppedProperty() { return dropped; }

    public void clear() {
        rows.clear();
        origin = System.nanoTime();
    }

    /** Stops listening (the window closes). */
    public void dispose() {
        recording.set(false);
        unsubscribe();
        try {
            socketEvents.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the queued events into rows (ui thread, once per pulse). */
    void drain() {
        if (pending.isEmpty()) {
            recorded.set(heard.get());
            return;
        }
        List<Row> fresh = new ArrayList<>();
        for (TraceEvent e; (e = pending.poll()) != null; ) {
            fresh.add(new Row((e.startNanos() - origin) / 1e9, e.fd(), nameOf(e.fd()), e.syscall(),
                    e.arguments(), e.result(), e.errno(), e.durationNanos() / 1e3));
        }
        if (fresh.size() > MAX_ROWS) {
            droppedCount.addAndGet(fresh.size() - MAX_ROWS);
            fresh = fresh.subList(fresh.size() - MAX_ROWS, fresh.size());
        }
        int over = rows.size() + fresh.size() - MAX_ROWS;
        if (over > 0) {
            rows.remove(0, Math.min(over, rows.size()));
        }
        rows.addAll(fresh);
        recorded.set(heard.get());
        dropped.set(droppedCount.get());
    }

    private String nameOf(int fd) {
        Socket s = fd < 0 ? null : byFd.get(fd);
        return s == null ? "" : sockets.names().nameOf(s);
    }

    /** The engine's listener: any thread, must not block. */
    private void heard(TraceEvent e) {
        if (hiding && Housekeeping.active()) {
            return;
        }
        heard.incrementAndGet();
        if (pending.offer(e)) {
            droppedCount.incrementAndGet();
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            subscription = null;
        }
    }
}
