package sockbench.ui.buffering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.PortEvent;
import sockbench.net.PortEvents;
import sockbench.net.Socket;
import sockbench.net.SocketPorts;
import sockbench.net.SocketState;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.async.EngineTask;
import sockbench.ui.async.Pulse;
import sockbench.ui.errors.ErrorExplainer;
import sockbench.ui.loops.PortReader;
import sockbench.ui.loops.PortWriter;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transfer.Payload;
import sockbench.ui.transfer.TransfersViewModel;

/**
 * The buffering view of the selected socket: its i/o ports opened with chosen sizes, what the person
 * writes and reads through them, every buffering step of the ports (heard from {@link PortEvents} on
 * engine threads, queued, drained once per pulse) with the buffers' fills, and beside it the kernel's
 * queues and tcp_info for the socket and its other end, polled a few times a second.
 */
public final class BufferingViewModel {
    /** Steps the timeline keeps. */
    public static final int TIMELINE = 40;

    private final ActionRunner runner;
    private final TransfersViewModel transfers;
    private final ObjectProperty<SocketRow> socket = new SimpleObjectProperty<>();
    private final ObjectProperty<SocketRow> peer = new SimpleObjectProperty<>();

    private final StringProperty sendBufferSize = new SimpleStringProperty("#f");
    private final StringProperty sendSize = new SimpleStringProperty("16384");
    private final StringProperty receiveBufferSize = new SimpleStringProperty("4096");
    private final Map<Socket, SocketPorts> ports = new HashMap<>();
    private final BooleanProperty portsOpen = new SimpleBooleanProperty();
    private final StringProperty portsNote = new SimpleStringProperty("");
    private final StringProperty sizesProblem = new SimpleStringProperty("");

    private final StringProperty writeText = new SimpleStringProperty("a");
    private final ObjectProperty<Integer> repeat = new SimpleObjectProperty<>(500);
    private final ObjectProperty<Integer> readCount = new SimpleObjectProperty<>(100);
    private final BooleanProperty streaming = new SimpleBooleanProperty();
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(Pace.FAST);
    private final StringProperty streamStatus = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final StringProperty readStatus = new SimpleStringProperty("");
    private final BooleanProperty peerReading = new SimpleBooleanProperty();

    private final ObjectProperty<Integer> outCapacity = new SimpleObjectProperty<>();
    private final IntegerProperty outFill = new SimpleIntegerProperty();
    private final IntegerProperty lastWriteTotal = new SimpleIntegerProperty();
    private final IntegerProperty lastSent = new SimpleIntegerProperty();
    private final IntegerProperty inCapacity = new SimpleIntegerProperty();
    private final IntegerProperty inFill = new SimpleIntegerProperty();
    private final ObservableList<PortStep> timeline = FXCollections.observableArrayList();
    private final StringProperty counts = new SimpleStringProperty("");

    private final KernelWatch kernel;

    private final PortWatch events = new PortWatch();

    /** A write that has not finished for this long counts as stalled. */
    private static final long STALL_NANOS = 300_000_000L;
    private final SimpleBooleanProperty stalledProperty = new SimpleBooleanProperty();
    private final PortBuffers buffers = new PortBuffers();
    /** Drains that brought events since the watch began: a fill snapshot older than them is stale. */
    private long eventsSeen;
    private PortWriter writer;
    private PortReader reader;
    private BooleanProperty boundPeerLive;

    public BufferingViewModel(ActionRunner runner, TransfersViewModel transfers, Pulse pulse) {
        this.runner = runner;
        this.transfers = transfers;
        socket.bindBidirectional(transfers.sockets().selectedProperty());
        socket.addListener((o, a, b) -> watch(b));
        peer.addListener((o, a, b) -> follow(b));
        streaming.addListener((o, was, on) -> {
            if (on) {
                startWriter();
            } else if (writer != null) {
                writer.stop();
            }
        });
        reading.addListener((o, was, on) -> {
            if (on) {
                startReader();
            } else if (reader != null) {
                reader.stop();
            }
        });
        kernel = new KernelWatch(runner.threads());
        pulse.add(this::onPulse);
        watch(socket.get());
    }

    // ---- state

    /** The socket whose ports are watched: the selected socket. */
    public ObjectProperty<SocketRow> socketProperty() { return socket; }
    /** Its other end, when in this process. */
    public ReadOnlyObjectProperty<SocketRow> peerProperty() { return peer; }

    /** The view is on screen: only then are the kernel's queues polled (four times a second). */
    public BooleanProperty shownProperty() { return kernel.shownProperty(); }

    /** {@code socket-send-buffer-size} for the next ports: a size or #f (unbuffered). */
    public StringProperty sendBufferSizeProperty() { return sendBufferSize; }
    /** {@code socket-send-size}: a size or #f (everything in one call). */
    public StringProperty sendSizeProperty() { return sendSize; }
    /** {@code socket-receive-buffer-size}. */
    public StringProperty receiveBufferSizeProperty() { return receiveBufferSize; }
    /** The watched socket has ports opened here. */
    public ReadOnlyBooleanProperty portsOpenProperty() { return portsOpen; }
    public ReadOnlyStringProperty portsNoteProperty() { return portsNote; }
    /** Why a size field's text is not a size, or "". */
    public ReadOnlyStringProperty sizesProblemProperty() { return sizesProblem; }

    /** Text (with escapes) to write. */
    public StringProperty writeTextProperty() { return writeText; }
    /** How many times the text goes into one write. */
    public ObjectProperty<Integer> repeatProperty() { return repeat; }
    public ObjectProperty<Integer> readCountProperty() { return readCount; }
    /** The stream writer: the same write again and again. */
    public BooleanProperty streamingProperty() { return streaming; }
    public ObjectProperty<Pace> paceProperty() { return pace; }
    public ReadOnlyStringProperty streamStatusProperty() { return streamStatus; }
    /** The stream writer waits in send for longer than a moment. */
    public ReadOnlyBooleanProperty stalledProperty() { return stalledProperty; }
    /** This socket's input port read continuously. */
    public BooleanProperty readingProperty() { return reading; }
    public ReadOnlyStringProperty readStatusProperty() { return readStatus; }
    /** The other end receives live (its transfer pane's switch): turn it off and the queues fill. */
    public BooleanProperty peerReadingProperty() { return peerReading; }

    /** The output buffer's size, or null when unbuffered. */
    public ReadOnlyObjectProperty<Integer> outCapacityProperty() { return outCapacity; }
    /** Bytes kept in the output buffer now. */
    public ReadOnlyIntegerProperty outFillProperty() { return outFill; }
    /** Bytes in the output buffer right after the last write, before whole blocks left. */
    public ReadOnlyIntegerProperty lastWriteTotalProperty() { return lastWriteTotal; }
    /** Bytes that left the buffer after the last write (whole multiples of its size). */
    public ReadOnlyIntegerProperty lastSentProperty() { return lastSent; }
    public ReadOnlyIntegerProperty inCapacityProperty() { return inCapacity; }
    /** Bytes waiting in the input buffer. */
    public ReadOnlyIntegerProperty inFillProperty() { return inFill; }
    /** The last steps, oldest first. */
    public ObservableList<PortStep> timeline() { return timeline; }
    /** Calls and bytes so far, exact: "3 writes (1,026 B) · 1 send-all · 1 send (1,024 B) ...". */
    public ReadOnlyStringProperty countsProperty() { return counts; }

    public KernelSide selfKernel() { return kernel.self(); }
    public KernelSide peerKernel() { return kernel.peer(); }

    /** Calls of one kind for the watched socket, exact. */
    public long calls(PortEvent.Kind kind) {
        return events.calls(kind);
    }

    /** Bytes moved by steps of one kind, exact. */
    public long bytes(PortEvent.Kind kind) {
        return events.bytes(kind);
    }

    // ---- commands (ui thread)

    /**
     * {@code (define-values (s2-in s2-out) (parameterize ((socket-send-buffer-size 512) ...) (socket-i/o-ports s2)))}:
     * the ports take the sizes in force when they are made.
     */
    @SuppressWarnings("try") // the parameter scopes are held for their close, which restores the parameters
    public CompletableFuture<SocketPorts> openPorts() {
        SocketRow row = socket.get();
        if (row == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        Integer buffer;
        Integer size;
        Integer receive;
        try {
            buffer = PortForms.size("socket-send-buffer-size", sendBufferSize.get(), true);
            size = PortForms.size("socket-send-size", sendSize.get(), true);
            receive = PortForms.size("socket-receive-buffer-size", receiveBufferSize.get(), false);
        } catch (IllegalArgumentException e) {
            sizesProblem.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        sizesProblem.set("");
        String n = row.name();
        String form = "(define-values (" + n + "-in " + n + "-out) (parameterize ((socket-send-buffer-size " + PortForms.text(buffer)
                + ") (socket-send-size " + PortForms.text(size) + ") (socket-receive-buffer-size " + receive + ")) (socket-i/o-ports " + n + ")))";
        Socket s = row.socket();
        return runner.run(SimpleAction.of("socket-i/o-ports " + n, form, () -> {
            try (Parameter.Scope a = Parameters.SEND_BUFFER_SIZE.bind(buffer);
                 Parameter.Scope b = Parameters.SEND_SIZE.bind(size);
                 Parameter.Scope c = Parameters.RECEIVE_BUFFER_SIZE.bind(receive)) {
                return SocketPorts.open(s);
            }
        }).printing(p -> null)).whenComplete((p, e) -> {
            if (p != null) {
                ports.put(s, p);
                outCapacity.set(p.output().bufferSize());
                inCapacity.set(p.input().capacity());
                showPorts();
            }
        });
    }

    /** {@code (write-string (make-string 500 #\a) #f s2-out)}: one write into the output port. */
    public CompletableFuture<Void> write() {
        SocketPorts p = currentPorts();
        if (p == null) {
            return noPorts();
        }
        byte[] bytes;
        try {
            bytes = PortForms.payload(writeText.get(), repeat.get());
        } catch (IllegalArgumentException e) {
            streamStatus.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        String n = socket.get().name();
        return runner.run(SimpleAction.doing("write-string " + n + "-out",
                "(write-string " + PortForms.string(writeText.get(), repeat.get()) + " #f " + n + "-out)", () -> p.output().write(bytes, 0, bytes.length)));
    }

    /** {@code (flush-output s2-out)}: whatever the buffer keeps leaves in one send-all. */
    public CompletableFuture<Void> flush() {
        SocketPorts p = currentPorts();
        if (p == null) {
            return noPorts();
        }
        String n = socket.get().name();
        return runner.run(SimpleAction.doing("flush-output " + n + "-out", "(flush-output " + n + "-out)", p.output()::flush));
    }

    /** {@code (close-output-port s2-out)}: flushes, then shuts the write side down. */
    public CompletableFuture<Void> closeOutput() {
        SocketPorts p = currentPorts();
        if (p == null) {
            return noPorts();
        }
        streaming.set(false);
        String n = socket.get().name();
        return runner.run(SimpleAction.doing("close-output-port " + n + "-out", "(close-output-port " + n + "-out)",
                p.output()::close));
    }

    /** {@code (read-string 100 s2-in)}: reads until that many bytes or end of stream (it may wait). */
    public CompletableFuture<String> read() {
        SocketPorts p = currentPorts();
        if (p == null) {
            return noPorts();
        }
        if (readCount.get() == null || readCount.get() < 1) {
            readStatus.set("count: the field does not hold a whole number of bytes");
            return CompletableFuture.failedFuture(new IllegalArgumentException(readStatus.get()));
        }
        int count = readCount.get();
        String n = socket.get().name();
        return runner.run(SimpleAction.of("read-string " + n + "-in", "(read-string " + count + " " + n + "-in)", () -> {
            byte[] buf = new byte[count];
            int got = 0;
            while (got < count) {
                int k = p.input().read(buf, got, count - got);
                if (k < 0) {
                    break;
                }
                got += k;
            }
            return got == 0 && count > 0 ? null : new String(buf, 0, got, java.nio.charset.StandardCharsets.ISO_8859_1);
        }).printing(s -> s == null ? "#!eof" : EggText.string(s.length() > 80 ? s.substring(0, 80) + "…" : s)));
    }

    /** Stops both loops and the peer-reading link; the ports stay open (their socket is closed with the window). */
    public void dispose() {
        streaming.set(false);
        reading.set(false);
        events.close();
    }

    /** Clears the timeline (the counts stay). */
    public void clearTimeline() {
        timeline.clear();
    }

    // ---- pulse

    void onPulse(long now) {
        SocketRow row = socket.get();
        SocketRow p = transfers.peerOf(row).orElse(null);
        if (p != peer.get()) {
            peer.set(p);
        }
        drain();
        if (row != null && row.state() == SocketState.CLOSED) {
            streaming.set(false);
            reading.set(false);
        }
        PortWriter w = writer;
        if (w != null) {
            long n = w.writes();
            boolean stalled = w.stalledLongerThan(STALL_NANOS);
            streamStatus.set(String.format("%,d writes", n)
                    + (!streaming.get() ? " · stopping"
                    : stalled ? " · stalled in send: the kernel's send queue is full" : ""));
            stalledProperty.set(stalled && streaming.get());
        } else {
            stalledProperty.set(false);
        }
        PortReader r = reader;
        if (r != null) {
            readStatus.set(String.format("%,d bytes read", r.bytes()));
        }
        kernel.tick(now);
    }

    /** Takes the queued port events (the ui thread, once per pulse). */
    void drain() {
        List<PortStep> steps = events.take(buffers);
        if (!steps.isEmpty()) {
            eventsSeen++;
            showBuffers();
            List<PortStep> tail = steps.size() > TIMELINE ? steps.subList(steps.size() - TIMELINE, steps.size()) : steps;
            timeline.addAll(tail);
            if (timeline.size() > TIMELINE) {
                timeline.remove(0, timeline.size() - TIMELINE);
            }
        }
        counts.set(String.format("%,d writes · %,d send-alls · %,d sends, %,d B · %,d receives, %,d B · %,d reads",
                calls(PortEvent.Kind.WRITE), calls(PortEvent.Kind.SEND_ALL), calls(PortEvent.Kind.SEND), bytes(PortEvent.Kind.SEND),
                calls(PortEvent.Kind.RECEIVE), bytes(PortEvent.Kind.RECEIVE), calls(PortEvent.Kind.READ)));
    }

    private void showBuffers() {
        outCapacity.set(buffers.capacity);
        outFill.set(buffers.fill);
        lastWriteTotal.set(buffers.lastWriteTotal);
        lastSent.set(buffers.lastSent);
        inCapacity.set(buffers.inCapacity);
        inFill.set(buffers.inFill);
    }

    // ---- helpers

    private void watch(SocketRow row) {
        streaming.set(false);
        reading.set(false);
        events.watch(row == null ? null : row.socket());
        timeline.clear();
        SocketPorts p = row == null ? null : ports.get(row.socket());
        buffers.reset(p == null ? null : p.output().bufferSize(), 0, p == null ? 0 : p.input().capacity(), 0);
        eventsSeen = 0;
        showBuffers();
        if (p != null) {
            readFills(p);
        }
        showPorts();
        kernel.watch(row);
        streamStatus.set("");
        readStatus.set("");
        drain();
    }

    /**
     * What the ports hold now, read off the ui thread: the ports' buffered() may wait for a port's lock,
     * which a writer stalled in send holds; the ui thread only ever sees the numbers this read
     * publishes, and only while no event has told newer ones.
     */
    private void readFills(SocketPorts p) {
        Socket s = p.socket();
        long seen = eventsSeen;
        EngineTask.submit(runner.threads(), "port buffers of " + socket.get().name(),
                () -> sockbench.ui.async.Housekeeping.call(() -> new int[] {p.output().buffered(), p.input().buffered()}),
                fills -> {
                    if (events.watched() == s && eventsSeen == seen) {
                        buffers.reset(p.output().bufferSize(), fills[0], p.input().capacity(), fills[1]);
                        showBuffers();
                    }
                }, e -> { });
    }

    private void follow(SocketRow p) {
        if (boundPeerLive != null) {
            peerReading.unbindBidirectional(boundPeerLive);
            boundPeerLive = null;
        }
        if (p != null) {
            boundPeerLive = transfers.of(p).liveProperty();
            peerReading.set(boundPeerLive.get());
            peerReading.bindBidirectional(boundPeerLive);
        } else {
            peerReading.set(false);
        }
        kernel.follow(p);
    }

    private void showPorts() {
        SocketRow row = socket.get();
        SocketPorts p = currentPorts();
        portsOpen.set(p != null);
        if (row == null) {
            portsNote.set("Select a socket, or make a loopback pair.");
        } else if (p == null) {
            portsNote.set("No ports on " + row.name() + " yet: choose the sizes and open them.");
        } else {
            portsNote.set(row.name() + "-in, " + row.name() + "-out: buffer " + PortForms.text(p.output().bufferSize())
                    + " · send size " + PortForms.text(p.output().sendSize()) + " · receive buffer " + p.input().capacity());
        }
    }

    private SocketPorts currentPorts() {
        SocketRow row = socket.get();
        return row == null ? null : ports.get(row.socket());
    }

    private void startWriter() {
        SocketPorts p = currentPorts();
        if (p == null) {
            streamStatus.set("open the ports first");
            streaming.set(false);
            return;
        }
        byte[] bytes;
        try {
            bytes = PortForms.payload(writeText.get(), repeat.get());
        } catch (IllegalArgumentException e) {
            streamStatus.set(e.getMessage());
            streaming.set(false);
            return;
        }
        PortWriter w = new PortWriter(p.output(), bytes, pace.get().pauseNanos(),
                PortForms.string(writeText.get(), repeat.get()), socket.get().name() + "-out");
        writer = w;
        w.attach(EngineTask.submit(runner.threads(), "stream writer " + socket.get().name(), w, n -> writerEnded(w, null),
                e -> writerEnded(w, e)));
    }

    private void writerEnded(PortWriter w, Throwable e) {
        if (w.writes() > 0 && socket.get() != null) {
            // the stream as the one form it equals, so the saved transcript replays it
            runner.record("(let loop ((i 0)) (when (< i " + w.writes() + ") (write-string " + w.form() + " #f "
                    + w.portName() + ") (loop (+ i 1))))", null);
        }
        if (writer == w) {
            writer = null;
            streaming.set(false);
        }
        streamStatus.set(String.format("%,d writes", w.writes()) + (e == null ? ", stopped" : "; stopped: " + ErrorExplainer.explain(e).oneLine()));
    }

    private void startReader() {
        SocketPorts p = currentPorts();
        if (p == null) {
            readStatus.set("open the ports first");
            reading.set(false);
            return;
        }
        PortReader r = new PortReader(p.input(), 4096);
        reader = r;
        r.attach(EngineTask.submit(runner.threads(), "port reader " + socket.get().name(), r, n -> readerEnded(r, null),
                e -> readerEnded(r, e)));
    }

    private void readerEnded(PortReader r, Throwable e) {
        if (reader == r) {
            reader = null;
            reading.set(false);
        }
        readStatus.set(String.format("%,d bytes read", r.bytes()) + (e == null ? ", stopped" : "; stopped: " + ErrorExplainer.explain(e).oneLine()));
    }

    private static <T> CompletableFuture<T> noPorts() {
        return CompletableFuture.failedFuture(new IllegalStateException("no ports on this socket: open them first"));
    }
}
