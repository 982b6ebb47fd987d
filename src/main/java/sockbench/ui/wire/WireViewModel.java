package sockbench.ui.wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.NetException;
import sockbench.net.Socket;
import sockbench.net.SocketEvents;
import sockbench.net.SyscallTrace;
import sockbench.net.TraceEvent;
import sockbench.net.wire.Capture;
import sockbench.net.wire.CaptureOptions;
import sockbench.net.wire.Endpoint;
import sockbench.net.wire.HeaderField;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpStateMachine;
import sockbench.net.wire.TcpStates;
import sockbench.ui.async.Pulse;

/**
 * The Wire view's state, without controls: the capture (started off the ui thread), the segments and
 * socket calls it hears (queued by the threads that make them, drained once per pulse), the
 * conversations seen and the one the ladder shows, each end's state and the last transition, the
 * selected segment's header fields, and the kernel's view of each end (sock_diag, asked once a second
 * off the ui thread). Pausing stops the ladder, not the capture.
 */
public final class WireViewModel {
    private static final int MAX_CONVERSATIONS = 16;
    private static final int MAX_QUEUED = 20_000;
    private static final int MAX_UNMATCHED_CALLS = 64;
    private static final long KERNEL_EVERY_NANOS = 1_000_000_000L;
    private static final int AF_INET = sockbench.net.Constants.require("af/inet");
    private static final int AF_INET6 = sockbench.net.Constants.require("af/inet6");

    /** Starts a capture; a seam for the tests of the refused path. */
    @FunctionalInterface
    public interface Starter {
        Capture start(CaptureOptions options);
    }

    private final Executor engine;
    private final Supplier<List<Socket>> existing;
    private final Starter starter;
    private final ReadOnlyBooleanWrapper capturing = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<String> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<String> shown = new SimpleObjectProperty<>();
    private final ObservableList<LadderItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TcpStateMachine.State> leftState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TcpStateMachine.State> rightState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TcpStateMachine.Transition> lastTransition = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper lastOnLeft = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper kernelLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kernelRight = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Segment> selected = new SimpleObjectProperty<>();
    private final ObservableList<HeaderField> fields = FXCollections.observableArrayList();

    // made once: a read-only view holds its source's listeners weakly, and one made per call is soon collected
    private final ObservableList<String> conversationsView = FXCollections.unmodifiableObservableList(conversations);
    private final ObservableList<LadderItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<HeaderField> fieldsView = FXCollections.unmodifiableObservableList(fields);

    private final ConcurrentLinkedQueue<Segment> segments = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<TraceEvent> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<LaneStateReader.Reading> readings = new ConcurrentLinkedQueue<>();
    private final FormSpans forms = new FormSpans(System::nanoTime);
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong overflow = new AtomicLong();
    private final Map<Integer, Socket> byFd = new ConcurrentHashMap<>();
    private final Map<String, Conversation> seen = new LinkedHashMap<>();
    private final Deque<TraceEvent> unmatched = new ArrayDeque<>();
    private final Map<Socket, Integer> ports = new java.util.WeakHashMap<>();
    private AutoCloseable socketEvents;
    private volatile Capture capture;
    private volatile Capture lastCapture;
    private volatile String startFailure;
    private volatile String[] kernel;
    private AutoCloseable segmentSubscription;
    private AutoCloseable traceSubscription;
    private volatile LaneStateReader states;
    private long lastKernelAsk;
    private static final long REFRESH_EVERY_NANOS = 100_000_000L;
    /** How long after a block timeout a segment may still be on its way through the capture thread. */
    private static final long HORIZON_SLACK_MILLIS = 20;
    private final CaptureHorizon horizon = new CaptureHorizon(CaptureOptions.DEFAULT.blockTimeout() + HORIZON_SLACK_MILLIS);
    /** The most time one pulse spends placing segments. */
    private static final long PLACE_BUDGET_NANOS = 4_000_000L;
    private long lastRefresh = Long.MIN_VALUE / 2;
    private boolean dirty;
    private boolean starting;
    /**
     * Held while the start's engine task publishes what it made and while a stop takes it: a stop that
     * comes while the capture starts is never missed (the task then undoes its own start). Never held
     * across an engine call.
     */
    private final Object lifecycle = new Object();
    /** Counts the stops: a start's task that finds it changed was stopped before it finished. */
    private int stops; // guarded by lifecycle

    public WireViewModel(Executor engine, Pulse pulse, Supplier<List<Socket>> existing, Starter starter) {
        this(engine, pulse, existing, starter, null);
    }

    /**
     * With the transcript whose forms head the rows they caused; {@code transcript} may be null (no
     * forms to line up).
     */
    public WireViewModel(Executor engine, Pulse pulse, Supplier<List<Socket>> existing, Starter starter,
                         ObservableList<sockbench.ui.transcript.TranscriptEntry> transcript) {
        if (transcript != null) {
            forms.follow(transcript);
        }
        this.engine = engine;
        this.existing = existing;
        this.starter = starter;
        shown.addListener((o, was, key) -> show(key));
        selected.addListener((o, was, s) -> fields.setAll(s == null ? List.of() : s.fields()));
        pulse.add(this::drain);
    }

    public WireViewModel(Executor engine, Pulse pulse, Supplier<List<Socket>> existing) {
        this(engine, pulse, existing, Capture::start);
    }

    /** Starts capturing, off the ui thread; a refusal shows in {@link #messageProperty()}. */
    public void start() {
        if (capture != null || starting) {
            return;
        }
        starting = true;
        message.set("starting the capture…");
        List<Socket> before = existing.get(); // read here, on the ui thread that owns the list
        before.forEach(s -> byFd.put(s.fileno(), s));
        socketEvents = SocketEvents.listen(e -> {
            if (e.kind() == SocketEvents.Kind.CREATED) {
                byFd.put(e.socket().fileno(), e.socket());
            }
        });
        int generation;
        synchronized (lifecycle) {
            generation = stops;
        }
        engine.execute(() -> {
            try {
                Capture c = starter.start(CaptureOptions.DEFAULT);
                before.forEach(c.ours()::add);
                LaneStateReader r = new LaneStateReader(c.ours(), this::readState);
                AutoCloseable segmentsHeard = c.listen(this::heard);
                AutoCloseable callsHeard = SyscallTrace.listen(this::traced);
                boolean stopped;
                synchronized (lifecycle) {
                    stopped = stops != generation;
                    if (!stopped) {
                        states = r;
                        segmentSubscription = segmentsHeard;
                        traceSubscription = callsHeard;
                        capture = c;
                    }
                }
                if (stopped) { // the view stopped while this started: undo it here
                    close(segmentsHeard);
                    close(callsHeard);
                    r.close();
                    c.stop();
                }
            } catch (NetException e) {
                startFailure = e.getMessage();
            }
        });
    }

    /** Stops the capture (the ladder keeps what it shows). */
    public void stop() {
        Capture c;
        AutoCloseable segmentsHeard;
        AutoCloseable callsHeard;
        LaneStateReader r;
        synchronized (lifecycle) {
            stops++;
            c = capture;
            capture = null;
            segmentsHeard = segmentSubscription;
            segmentSubscription = null;
            callsHeard = traceSubscription;
            traceSubscription = null;
            r = states;
            states = null;
        }
        lastCapture = c != null ? c : lastCapture;
        starting = false;
        close(segmentsHeard);
        close(callsHeard);
        close(socketEvents);
        socketEvents = null;
        if (r != null) {
            r.close();
        }
        if (c != null) {
            engine.execute(c::stop);
        }
        capturing.set(false);
    }

    public void dispose() {
        stop();
    }

    private void heard(Segment s) {
        LaneStateReader r = states;
        if (r != null) {
            r.segment(s);
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            overflow.incrementAndGet();
            return;
        }
        segments.add(s);
    }

    private void readState(LaneStateReader.Reading r) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            return; // the next change asks again
        }
        readings.add(r);
    }

    private void traced(TraceEvent e) {
        Capture c = capture;
        if (c != null && e.fd() == c.socket().fileno()) {
            return; // the capture's own receives
        }
        Socket s = byFd.get(e.fd());
        // the fd's socket now (numbers are reused), and only TCP/UDP sockets: never the engine's own netlink or packet ones
        if (s != null && s.fileno() == e.fd() && (s.family() == AF_INET || s.family() == AF_INET6) && CallText.of(e) != null) {
            if (queued.incrementAndGet() > MAX_QUEUED) {
                queued.decrementAndGet();
                overflow.incrementAndGet();
                return;
            }
            calls.add(e);
        }
    }

    /** Once per pulse, on the ui thread. */
    void drain(long now) {
        if (startFailure != null) {
            message.set(startFailure);
            startFailure = null;
            starting = false;
        }
        Capture c = capture;
        if (c != null && !capturing.get()) {
            capturing.set(true);
            starting = false;
            message.set("capturing on " + c.options().interfaceName() + " with " + c.socket());
        }
        if (paused.get()) {
            return;
        }
        boolean changed = false;
        // under bulk the capture hands over a whole ring block at once (a thousand segments): placing
        // them takes at most a budget per pulse, the rest waits in the queue for the next pulses
        long until = System.nanoTime() + PLACE_BUDGET_NANOS;
        int placed = 0;
        for (Segment s; (s = segments.poll()) != null; ) {
            queued.decrementAndGet();
            changed |= place(s);
            if ((++placed & 31) == 0 && System.nanoTime() - until > 0) {
                break;
            }
        }
        List<TraceEvent> newCalls = new ArrayList<>();
        for (TraceEvent e; (e = calls.poll()) != null; ) {
            queued.decrementAndGet();
            newCalls.add(e);
        }
        // the ladder keeps its last rows only: calls beyond what it could show are counted, not placed
        int skip = Math.max(0, newCalls.size() - Conversation.MAX_ITEMS);
        overflow.addAndGet(skip);
        for (TraceEvent e : newCalls.subList(skip, newCalls.size())) {
            changed |= placeCall(e, c);
        }
        for (LaneStateReader.Reading r; (r = readings.poll()) != null; ) {
            queued.decrementAndGet();
            for (Conversation conv : seen.values()) {
                if (conv.tcp && conv.owns(r) && conv.read(r)) {
                    changed |= conv.key().equals(shown.get());
                }
            }
        }
        dirty |= changed;
        refreshIfDue(now);
        if (c != null) {
            counts.set(c.kept() + " segments kept · " + c.ring().evicted() + " left the ring · "
                    + (overflow.get() > 0 ? overflow.get() + " not drawn (too fast) · " : "") + c.others() + " frames of other sockets");
            askKernel(now);
        }
        String[] k = kernel;
        if (k != null) {
            kernel = null;
            kernelLeft.set(k[0]);
            kernelRight.set(k[1]);
        }
    }

    /** A ladder redrawn ten times a second reads as live; under bulk, every pulse would spend the frame on it. */
    private void refreshIfDue(long now) {
        if (dirty && now - lastRefresh >= REFRESH_EVERY_NANOS) {
            dirty = false;
            lastRefresh = now;
            refresh();
        }
    }

    private boolean place(Segment s) {
        horizon.placed(s.timeNanos(), System.nanoTime());
        String key = Conversation.key(s.source(), s.destination());
        Conversation conv = seen.get(key);
        boolean opens = s.isTcp() && s.has(sockbench.net.wire.TcpFlags.SYN) && !s.has(sockbench.net.wire.TcpFlags.ACK);
        if (conv == null || (opens && conv.leftState.state() != TcpStateMachine.State.SYN_SENT)) {
            conv = new Conversation(s);
            seen.remove(key);
            seen.put(key, conv);
            while (seen.size() > MAX_CONVERSATIONS) {
                seen.remove(seen.keySet().iterator().next());
            }
            conversations.setAll(seen.keySet());
            Conversation c = conv;
            unmatched.removeIf(e -> matchCall(e, c));
            if (opens || shown.get() == null) {
                shown.set(key); // follow the newest connection
            }
        }
        conv.add(s);
        return key.equals(shown.get());
    }

    private boolean placeCall(TraceEvent e, Capture c) {
        for (Conversation conv : seen.values()) {
            if (matchCall(e, conv)) {
                return conv.key().equals(shown.get());
            }
        }
        unmatched.addLast(e);
        while (unmatched.size() > MAX_UNMATCHED_CALLS) {
            unmatched.pollFirst();
        }
        return false;
    }

    /** Puts the call on its lane when its socket's port is one of the conversation's ends. */
    private boolean matchCall(TraceEvent e, Conversation conv) {
        Capture c = capture;
        Socket s = byFd.get(e.fd());
        if (c == null || s == null) {
            return false;
        }
        Integer known = ports.get(s);
        int port = known != null ? known : c.ours().localPort(s);
        if (port != 0 && known == null) {
            ports.put(s, port); // a socket keeps its port: asked once, not on every send of a bulk transfer
        }
        if (port == 0 || !conv.hasPort(port)) {
            return false;
        }
        conv.insert(new LadderItem.Call(e.startNanos(), conv.isLeft(port), CallText.of(e)));
        return true;
    }

    private void show(String key) {
        selected.set(null);
        refresh();
    }

    /** See {@link CaptureHorizon}; without a capture running, no segment can come late: everything is shown. */
    private long horizon() {
        Capture c = capture;
        if (c == null || paused.get()) {
            return Long.MAX_VALUE;
        }
        return horizon.at(System.nanoTime(), !segments.isEmpty());
    }

    private void refresh() {
        Conversation conv = shown.get() == null ? null : seen.get(shown.get());
        if (conv == null) {
            items.clear();
            leftLabel.set("");
            rightLabel.set("");
            return;
        }
        items.setAll(FormSpans.headed(conv.items(horizon()), forms.spans()));
        dirty |= conv.hasWaiting(); // rows past the horizon: shown by a later refresh, once the capture caught up
        leftLabel.set(conv.left.toString());
        rightLabel.set(conv.right.toString());
        leftState.set(conv.tcp ? conv.state(true) : null);
        rightState.set(conv.tcp ? conv.state(false) : null);
        lastTransition.set(conv.lastTransition);
        lastOnLeft.set(conv.lastOnLeft);
    }

    /** The kernel's table for the shown ends, once a second, off the ui thread. */
    private void askKernel(long now) {
        Conversation conv = shown.get() == null ? null : seen.get(shown.get());
        if (conv == null || !conv.tcp || now - lastKernelAsk < KERNEL_EVERY_NANOS) {
            return;
        }
        lastKernelAsk = now;
        Endpoint l = conv.left;
        Endpoint r = conv.right;
        LaneStateReader reader = states;
        if (reader != null) {
            reader.ask(l, r); // what the kernel's timers did since (TIME_WAIT ending) shows on the lanes too
        }
        engine.execute(() -> {
            try {
                // /proc/net/tcp, not sock_diag: a netlink socket a second would crowd the sockets view and the trace
                List<TcpStates.Entry> all = TcpStates.proc();
                kernel = new String[] {kernelText(all, l, r), kernelText(all, r, l)};
            } catch (RuntimeException e) {
                kernel = new String[] {"kernel: ?", "kernel: ?"};
            }
        });
    }

    private static String kernelText(List<TcpStates.Entry> all, Endpoint local, Endpoint remote) {
        for (TcpStates.Entry e : all) {
            if (e.local().equals(local) && e.remote().equals(remote)) {
                return "kernel: " + e.state();
            }
        }
        return "kernel: no socket";
    }

    /** Writes every segment the ring keeps to a pcap file, off the ui thread; the outcome shows in the message. */
    public void savePcap(java.nio.file.Path file) {
        Capture c = capture != null ? capture : lastCapture;
        if (c == null) {
            return;
        }
        engine.execute(() -> {
            try (sockbench.net.wire.PcapWriter w = new sockbench.net.wire.PcapWriter(
                    new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)), c.options().snapLength())) {
                for (Segment s : c.ring().snapshot()) {
                    w.write(s);
                }
                startFailure = "saved " + w.frames() + " segments to " + file;
            } catch (java.io.IOException e) {
                startFailure = "could not save " + file + ": " + e.getMessage();
            }
        });
    }

    /** Our socket at the shown conversation's left end (else its right end), for the plots; null when neither is ours. */
    public Socket shownSocket() {
        Capture c = capture;
        Conversation conv = shown.get() == null ? null : seen.get(shown.get());
        if (c == null || conv == null) {
            return null;
        }
        int protocol = conv.tcp ? sockbench.net.wire.Packet.TCP : sockbench.net.wire.Packet.UDP;
        Socket s = c.ours().owner(conv.left, protocol);
        return s != null ? s : c.ours().owner(conv.right, protocol);
    }

    /** The segments the ladder shows, oldest first (ui thread). */
    public List<Segment> shownSegments() {
        List<Segment> out = new ArrayList<>();
        for (LadderItem i : items) {
            if (i instanceof LadderItem.Arrow a) {
                out.add(a.segment());
            }
        }
        return out;
    }

    public void clear() {
        seen.clear();
        conversations.clear();
        shown.set(null);
        items.clear();
    }

    private static void close(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public ReadOnlyBooleanProperty capturingProperty() { return capturing.getReadOnlyProperty(); }
    public BooleanProperty pausedProperty() { return paused; }
    /** What the capture is doing, or why it could not start (CAP_NET_RAW and the command). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
    public ObservableList<String> conversations() { return conversationsView; }
    /** The conversation the ladder shows. */
    public ObjectProperty<String> shownProperty() { return shown; }
    public ObservableList<LadderItem> items() { return itemsView; }
    public ReadOnlyStringProperty leftLabelProperty() { return leftLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rightLabelProperty() { return rightLabel.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TcpStateMachine.State> leftStateProperty() { return leftState.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TcpStateMachine.State> rightStateProperty() { return rightState.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TcpStateMachine.Transition> lastTransitionProperty() { return lastTransition.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty lastOnLeftProperty() { return lastOnLeft.getReadOnlyProperty(); }
    public ReadOnlyStringProperty kernelLeftProperty() { return kernelLeft.getReadOnlyProperty(); }
    public ReadOnlyStringProperty kernelRightProperty() { return kernelRight.getReadOnlyProperty(); }
    public ObjectProperty<Segment> selectedProperty() { return selected; }
    /** The selected segment's header fields. */
    public ObservableList<HeaderField> fields() { return fieldsView; }
    public Capture capture() { return capture; }
}
