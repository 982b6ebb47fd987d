package sockbench.ui.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.net.Constants;
import sockbench.net.Socket;
import sockbench.net.SocketState;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.async.EngineTask;
import sockbench.ui.loops.ReceiveLoop;
import sockbench.ui.async.Poller;
import sockbench.ui.errors.ErrorExplainer;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.Target;

/**
 * One socket's transfer pane: the composer (bytes as text, escapes or hex; start, end and msg/* flags)
 * with send, send-all and send-to; the receive side (one receive, or live receive on an engine thread
 * into a bounded {@link ReceiveLog}); the receive-ready? lamp and the totals. Ui thread only, except
 * the log.
 */
public final class TransferViewModel {
    /** The msg/* flags this platform defines, in the spec's order. */
    public static final List<String> MSG_FLAGS = Constants.names().stream()
            .filter(n -> n.startsWith("msg/") && Constants.value(n).isPresent()).toList();
    /** The receive flags the receive card offers, those this platform defines. */
    public static final List<String> RECEIVE_FLAGS = java.util.stream.Stream.of("msg/peek", "msg/waitall", "msg/trunc")
            .filter(n -> Constants.value(n).isPresent()).toList();
    public static final int DEFAULT_RECEIVE_LENGTH = 4096;
    /** How often the lamp asks {@code socket-receive-ready?}. */
    static final long LAMP_MILLIS = 250;
    private static final int PRINTED_MAX = 120;
    /** More new receive calls than this in one frame is a flood: blocks are then drawn every {@link #FLOOD_INTERVAL_NANOS}. */
    static final int FLOOD_CALLS = 16;
    static final long FLOOD_INTERVAL_NANOS = 100_000_000L;

    private final SocketRow row;
    private final ActionRunner runner;
    private final ReceiveLog log = new ReceiveLog();
    private final boolean datagrams;

    private final ObjectProperty<Payload.Encoding> encoding = new SimpleObjectProperty<>(Payload.Encoding.ESCAPES);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("0");
    private final StringProperty end = new SimpleStringProperty("");
    private final Map<String, BooleanProperty> flags = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> receiveFlags = new LinkedHashMap<>();
    private final StringProperty toHost = new SimpleStringProperty("127.0.0.1");
    private final StringProperty toPort = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final BooleanProperty composable = new SimpleBooleanProperty(true);

    private final ObjectProperty<Integer> receiveLength = new SimpleObjectProperty<>(DEFAULT_RECEIVE_LENGTH);
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final BooleanProperty receiveReady = new SimpleBooleanProperty(false);
    private final BooleanProperty receiving = new SimpleBooleanProperty(false);
    private final StringProperty receiveStatus = new SimpleStringProperty("");
    private final LongProperty bytesReceived = new SimpleLongProperty();
    private final LongProperty receiveCalls = new SimpleLongProperty();
    private final LongProperty bytesSent = new SimpleLongProperty();
    private final LongProperty sendCalls = new SimpleLongProperty();

    private final List<Consumer<ReceiveLog.Window>> receivedListeners = new ArrayList<>();
    private final Poller<Boolean> lamp;
    private ReceiveLoop loop;
    private long delivered;
    private long deliveredEntries = -1;
    private long deliveredGeneration;
    private long lastDelivery;

    public TransferViewModel(SocketRow row, ActionRunner runner) {
        this.row = row;
        this.runner = runner;
        this.datagrams = row.socket().type() == Constants.value("sock/dgram").orElse(-1);
        MSG_FLAGS.forEach(f -> flags.put(f, new SimpleBooleanProperty(false)));
        // datagrams are received with msg/trunc by default: a truncated one then tells its real size
        RECEIVE_FLAGS.forEach(f -> receiveFlags.put(f, new SimpleBooleanProperty(datagrams && f.equals("msg/trunc"))));
        javafx.beans.InvalidationListener recompose = o -> recompose();
        encoding.addListener(recompose);
        text.addListener(recompose);
        start.addListener(recompose);
        end.addListener(recompose);
        recompose();
        live.addListener((o, was, on) -> {
            if (on) {
                startLoop();
            } else if (loop != null) {
                loop.stop();
                loop = null;
            }
        });
        this.lamp = new Poller<>(runner.threads(), "socket-receive-ready? " + row.name(), LAMP_MILLIS,
                () -> !row.socket().isClosed() && row.socket().isReceiveReady(), receiveReady::set,
                e -> receiveReady.set(false));
    }

    // ---- state

    public SocketRow row() { return row; }
    public Socket socket() { return row.socket(); }
    public boolean isDatagram() { return datagrams; }
    public ReceiveLog log() { return log; }

    public ObjectProperty<Payload.Encoding> encodingProperty() { return encoding; }
    public StringProperty textProperty() { return text; }
    /** Start index into the bytes, as typed. */
    public StringProperty startProperty() { return start; }
    /** End index, blank for #f (the end). */
    public StringProperty endProperty() { return end; }
    /** One box per msg/* flag of this platform. */
    public Map<String, BooleanProperty> flags() { return flags; }
    public StringProperty toHostProperty() { return toHost; }
    public StringProperty toPortProperty() { return toPort; }
    /** "7 bytes: 68 65 6c 6c 6f 0d 0a", or what is wrong with the text. */
    public ReadOnlyStringProperty previewProperty() { return preview; }
    /** The text denotes bytes. */
    public ReadOnlyBooleanProperty composableProperty() { return composable; }

    /** One box per receive flag of this platform (msg/peek, msg/waitall, msg/trunc), for every receive of the card. */
    public Map<String, BooleanProperty> receiveFlags() { return receiveFlags; }

    /** Bytes asked for by each receive call. */
    public ObjectProperty<Integer> receiveLengthProperty() { return receiveLength; }
    /** Live receive: on starts the loop, off stops it; it turns itself off at end of stream or on an error. */
    public BooleanProperty liveProperty() { return live; }
    /** The lamp: {@code socket-receive-ready?} as last polled. */
    public ReadOnlyBooleanProperty receiveReadyProperty() { return receiveReady; }
    /** A one-off receive waits. */
    public ReadOnlyBooleanProperty receivingProperty() { return receiving; }
    /** Why live receive stopped, or "". */
    public ReadOnlyStringProperty receiveStatusProperty() { return receiveStatus; }
    /** Every byte any receive call on the socket took (this pane, the console, a job), as of the last pulse. */
    public ReadOnlyLongProperty bytesReceivedProperty() { return bytesReceived; }
    /** Receive calls this pane made (one-off and live) that got bytes or end of stream. */
    public ReadOnlyLongProperty receiveCallsProperty() { return receiveCalls; }
    /** Every byte any send call on the socket sent (this pane, the console, a job), as of the last pulse. */
    public ReadOnlyLongProperty bytesSentProperty() { return bytesSent; }
    /** Send calls this pane made. */
    public ReadOnlyLongProperty sendCallsProperty() { return sendCalls; }

    /** Tells {@code l} the new blocks, at most once per pulse, when there are any. */
    public void onReceived(Consumer<ReceiveLog.Window> l) {
        receivedListeners.add(l);
        delivered = 0;
        deliveredEntries = -1;
    }

    // ---- commands (ui thread)

    /** {@code (socket-send s2 "hello\r\n")}: one send call; the count it sent. */
    public CompletableFuture<Integer> send() {
        Composed c = compose();
        if (c == null) {
            return invalid();
        }
        String n = row.name();
        return counted(runner.run(SimpleAction.of("socket-send " + n, "(socket-send " + n + " " + c.args() + ")",
                () -> {
                    int sent = socket().send(c.bytes(), c.start(), c.end(), c.flags());
                    log.sent(c.bytes(), c.start(), sent, null, c.flags());
                    return sent;
                })));
    }

    /** {@code (socket-send-all s2 ...)}: send calls until every byte is sent. */
    public CompletableFuture<Integer> sendAll() {
        Composed c = compose();
        if (c == null) {
            return invalid();
        }
        String n = row.name();
        int length = (c.end() == null ? c.bytes().length : c.end()) - c.start();
        return counted(runner.run(SimpleAction.of("socket-send-all " + n, "(socket-send-all " + n + " " + c.args() + ")",
                () -> {
                    socket().sendAll(c.bytes(), c.start(), c.end(), c.flags());
                    log.sent(c.bytes(), c.start(), length, null, c.flags());
                    return length;
                }).printing(x -> null)));
    }

    /** {@code (socket-send-to s4 "..." (inet-address "127.0.0.1" 5555))}: one datagram (or send) to the address. */
    public CompletableFuture<Integer> sendTo() {
        Composed c = compose();
        if (c == null) {
            return invalid();
        }
        Target target = Target.typed(socket().family(), toHost.get(), toPort.get());
        String n = row.name();
        String rest = c.trailing().isEmpty() ? "" : " " + c.trailing();
        return counted(runner.run(SimpleAction.of("socket-send-to " + n,
                "(socket-send-to " + n + " " + c.literal() + " " + target.form() + rest + ")",
                () -> {
                    sockbench.net.SockAddr to = target.address().call();
                    int sent = socket().sendTo(c.bytes(), to, c.start(), c.end(), c.flags());
                    log.sent(c.bytes(), c.start(), sent, to.toEggString(), c.flags());
                    return sent;
                })));
    }

    /** {@code (socket-receive s3 4096)} (or receive-from for datagrams): one call, its bytes a block of the view. */
    public CompletableFuture<?> receiveOnce() {
        if (receiveLength.get() == null) {
            receiveStatus.set(BAD_LENGTH);
            return CompletableFuture.failedFuture(new IllegalArgumentException(BAD_LENGTH));
        }
        int len = length();
        int fl = receiveFlagBits();
        String args = " " + len + receiveFlagsArgument();
        String n = row.name();
        receiving.set(true);
        CompletableFuture<?> f;
        if (datagrams) {
            f = runner.run(SimpleAction.of("socket-receive-from " + n, "(socket-receive-from " + n + args + ")", () -> {
                // with msg/trunc the count is the datagram's real size, however short the buffer
                byte[] buf = new byte[len];
                Socket.Received r = socket().receiveFrom(buf, 0, len, fl);
                int got = Math.min(r.count(), len);
                log.received(buf, 0, got, r.count(), r.source() == null ? "" : r.source().toEggString(), fl, len);
                return new Socket.Datagram(java.util.Arrays.copyOf(buf, got), r.source());
            }).printing(d -> printed(d.data()) + " " + (d.source() == null ? "#f" : d.source().toString())));
        } else {
            f = runner.run(SimpleAction.of("socket-receive " + n, "(socket-receive " + n + args + ")", () -> {
                byte[] buf = new byte[len];
                int got = Math.min(socket().receive(buf, 0, len, fl), len);
                if (got == 0) {
                    log.endOfStream();
                } else {
                    log.received(buf, 0, got, got, null, fl, len);
                }
                return java.util.Arrays.copyOf(buf, got);
            }).printing(TransferViewModel::printed));
        }
        return f.whenComplete((x, e) -> {
            receiving.set(false);
            if (x instanceof byte[] b && b.length == 0) {
                row.peerClosed();
            }
        });
    }

    /** Empties the receive view; the totals stay. */
    public void clearReceived() {
        log.clear();
    }

    /** A frame: reads the socket's byte counters, delivers new blocks and polls the lamp. */
    public void onPulse(long now) {
        // the engine's counters are lock-free reads: bytes the console or a job moved count too
        bytesSent.set(socket().bytesSent());
        bytesReceived.set(socket().bytesReceived());
        if (log.changedSince(deliveredEntries, deliveredGeneration)) {
            long entries = log.totalEntries();
            boolean flood = deliveredEntries >= 0 && entries - deliveredEntries > FLOOD_CALLS;
            if (flood && now - lastDelivery < FLOOD_INTERVAL_NANOS && log.changedSince(entries, deliveredGeneration)) {
                // a flood: the counters follow every frame, the blocks ten times a second (nobody reads faster)
                receiveCalls.set(log.totalCalls());
            } else {
                deliver(now);
            }
        }
        if (row.state() != SocketState.CLOSED && row.state() != SocketState.LISTENING) {
            lamp.tick(now);
        } else {
            receiveReady.set(false);
        }
    }

    private void deliver(long now) {
        ReceiveLog.Window w = log.since(delivered);
        lastDelivery = now;
        deliveredEntries = w.fresh().isEmpty() ? log.totalEntries() : w.fresh().get(w.fresh().size() - 1).index();
        deliveredGeneration = w.generation();
        if (!w.fresh().isEmpty()) {
            delivered = w.fresh().get(w.fresh().size() - 1).index();
        }
        receiveCalls.set(w.totalCalls());
        for (Consumer<ReceiveLog.Window> l : receivedListeners) {
            l.accept(w);
        }
    }

    /** Stops live receive (the window closes, or the socket went away). */
    public void dispose() {
        live.set(false);
    }

    // ---- helpers

    private void startLoop() {
        if (receiveLength.get() == null) {
            receiveStatus.set(BAD_LENGTH);
            runner.threads().ui().execute(() -> live.set(false));
            return;
        }
        int fl = receiveFlagBits();
        ReceiveLoop l = new ReceiveLoop(socket(), datagrams, length(), fl, log);
        loop = l;
        long bytesBefore = log.totalBytes();
        long callsBefore = log.totalCalls();
        int len = length();
        String flagArgument = receiveFlagsArgument();
        receiveStatus.set("");
        l.attach(EngineTask.submit(runner.threads(), "live receive " + row.name(), l, why -> {
            if (why == ReceiveLoop.End.PEEKED) {
                runner.record("(" + (datagrams ? "socket-receive-from " : "socket-receive ") + row.name() + " " + len + flagArgument + ")", null);
                ended(l, PEEKED);
                return;
            }
            recordLive(len + flagArgument, log.totalBytes() - bytesBefore, log.totalCalls() - callsBefore,
                    why == ReceiveLoop.End.END_OF_STREAM);
            if (why == ReceiveLoop.End.END_OF_STREAM) {
                row.peerClosed();
            }
            ended(l, why == ReceiveLoop.End.END_OF_STREAM ? "end of stream: the peer shut down its write side or closed" : "stopped");
        }, e -> ended(l,
                "stopped: " + ErrorExplainer.explain(e).oneLine())));
    }

    /**
     * Live receive as the form it equals, for the transcript: receives until as many bytes came as
     * came here (the calls' boundaries may differ on a replay, the bytes do not), then the end of stream.
     */
    private void recordLive(String len, long bytes, long calls, boolean endOfStream) {
        String n = row.name();
        if (datagrams) {
            long datagramsGot = calls;
            if (datagramsGot > 0) {
                runner.record("(let loop ((i 0)) (when (< i " + datagramsGot + ") (socket-receive-from " + n + " " + len
                        + ") (loop (+ i 1))))", null);
            }
            return;
        }
        if (bytes > 0) {
            runner.record("(let loop ((got 0)) (when (< got " + bytes + ") (loop (+ got (string-length (socket-receive " + n + " "
                    + len + "))))))", null);
        }
        if (endOfStream) {
            runner.record("(socket-receive " + n + " " + len + ")", "\"\"");
        }
    }

    private void ended(ReceiveLoop l, String why) {
        receiveStatus.set(why);
        if (loop == l) {
            loop = null;
            live.set(false);
        }
    }

    /** Why live receive with msg/peek stops after one call. */
    static final String PEEKED = "msg/peek: the bytes stay queued, so every further call would get them again;"
            + " live receive peeked once and stopped";

    /** The receive flags that are on, or'ed. */
    int receiveFlagBits() {
        int f = 0;
        for (Map.Entry<String, BooleanProperty> e : receiveFlags.entrySet()) {
            if (e.getValue().get()) {
                f |= Constants.require(e.getKey());
            }
        }
        return f;
    }

    /** " msg/peek", " (bitwise-ior msg/peek msg/waitall)", or "" when none is on: the receive's flags argument. */
    String receiveFlagsArgument() {
        List<String> on = receiveFlags.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        return on.isEmpty() ? "" : " " + EggText.flags(on);
    }

    private static final String BAD_LENGTH = "length: the field does not hold a whole number of bytes";

    private int length() {
        Integer n = receiveLength.get();
        return n == null || n <= 0 ? DEFAULT_RECEIVE_LENGTH : n;
    }

    private CompletableFuture<Integer> counted(CompletableFuture<Integer> f) {
        return f.whenComplete((n, e) -> {
            if (n != null) {
                bytesSent.set(socket().bytesSent());
                sendCalls.set(sendCalls.get() + 1);
            }
        });
    }

    private static <T> CompletableFuture<T> invalid() {
        return CompletableFuture.failedFuture(new IllegalArgumentException("the composer's text is not bytes"));
    }

    /** The composer's bytes and arguments, or null when the text denotes no bytes. */
    private Composed compose() {
        byte[] bytes;
        int s;
        Integer e;
        try {
            bytes = Payload.parse(text.get(), encoding.get());
            s = parseIndex("start", start.get(), 0);
            e = end.get() == null || end.get().isBlank() || end.get().strip().equals("#f") ? null
                    : parseIndex("end", end.get(), bytes.length);
        } catch (IllegalArgumentException x) {
            return null;
        }
        List<String> on = new ArrayList<>();
        int f = 0;
        for (Map.Entry<String, BooleanProperty> entry : flags.entrySet()) {
            if (entry.getValue().get()) {
                on.add(entry.getKey());
                f |= Constants.require(entry.getKey());
            }
        }
        return new Composed(bytes, s, e, f, on);
    }

    /** A start or end index; text that is not a whole number is refused, never read as the default. */
    private static int parseIndex(String what, String t, int otherwise) {
        if (t == null || t.isBlank()) {
            return otherwise;
        }
        Integer v = sockbench.ui.workbench.Fields.parse(t, 0, Integer.MAX_VALUE);
        if (v == null) {
            throw new IllegalArgumentException(what + ": \"" + sockbench.ui.workbench.Fields.shorten(t.strip())
                    + "\" is not an index (a whole number from 0, or #f for the end)");
        }
        return v;
    }

    private void recompose() {
        try {
            byte[] b = Payload.parse(text.get(), encoding.get());
            parseIndex("start", start.get(), 0);
            if (end.get() != null && !end.get().isBlank() && !end.get().strip().equals("#f")) {
                parseIndex("end", end.get(), 0);
            }
            int shown = Math.min(b.length, 24);
            preview.set(b.length + (b.length == 1 ? " byte" : " bytes")
                    + (b.length == 0 ? "" : ": " + EggText.spacedHex(java.util.Arrays.copyOf(b, shown)) + (shown < b.length ? " …" : "")));
            composable.set(true);
        } catch (IllegalArgumentException e) {
            preview.set(e.getMessage());
            composable.set(false);
        }
    }

    static String printed(byte[] data) {
        String s = new String(data, 0, Math.min(data.length, PRINTED_MAX), StandardCharsets.ISO_8859_1);
        return EggText.string(s) + (data.length > PRINTED_MAX ? " … (" + data.length + " bytes)" : "");
    }

    /** The composer's arguments: the literal, then start end flags only when they differ from the defaults. */
    private record Composed(byte[] bytes, int start, Integer end, int flags, List<String> flagNames) {
        String literal() {
            return Payload.literal(bytes);
        }

        String trailing() {
            if (start == 0 && end == null && flags == 0) {
                return "";
            }
            return start + " " + (end == null ? "#f" : end) + (flags == 0 ? "" : " " + EggText.flags(flagNames));
        }

        String args() {
            String t = trailing();
            return literal() + (t.isEmpty() ? "" : " " + t);
        }
    }
}
