package sockbench.ui.explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.explore.FileSender;
import sockbench.net.explore.Job;
import sockbench.net.explore.PayloadLibrary;
import sockbench.net.explore.ReceiveSaver;
import sockbench.net.explore.RepeatSender;
import sockbench.net.explore.Reply;
import sockbench.net.explore.Responder;
import sockbench.net.explore.Rule;
import sockbench.net.explore.SavedPayload;
import sockbench.script.PayloadForms;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.async.Pulse;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.SocketsViewModel;
import sockbench.ui.transfer.Payload;

/**
 * The Explorer's state and commands: a responder with its live client list, a repeated send with
 * its rate, the payload library, file send and receive saving, all on the socket chosen here. Every
 * command is an action whose transcript line is the console form it equals; the jobs run on their
 * own threads, and what they count is read four times a second from their lock-free counters (never a
 * callback per packet). Bad input (a regex that does not compile, a missing file) sets the section's
 * error message and sends nothing.
 */
public final class ExplorerViewModel {
    public static final List<String> REPLY_MODES = List.of("echo", "fixed", "rules");
    public static final List<String> RULE_KINDS = List.of("contains", "regex", "hex");
    private static final int STREAM = Constants.require("sock/stream");

    private final ActionRunner runner;
    private final SocketsViewModel sockets;
    private final PayloadLibrary library;
    private final AtomicInteger jobNumbers = new AtomicInteger();
    private final ObjectProperty<SocketRow> socket = new SimpleObjectProperty<>();

    // responder
    /** The name a responder started outside the window goes by ("Responder from the console on s3"). */
    static final String CONSOLE_STARTED = "from the console";
    private final StringProperty replyMode = new SimpleStringProperty("echo");
    private final StringProperty fixedReply = new SimpleStringProperty("");
    private final StringProperty ruleKind = new SimpleStringProperty("regex");
    private final StringProperty rulePattern = new SimpleStringProperty("");
    private final StringProperty ruleReply = new SimpleStringProperty("");
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final StringProperty closeAfter = new SimpleStringProperty("0");
    private final StringProperty responderError = new SimpleStringProperty("");
    private final StringProperty responderStatus = new SimpleStringProperty("not responding");
    private final ObservableList<ClientRow> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Responder> responder = new SimpleObjectProperty<>();
    /** The last responder the window started on each socket, live; a socket leaves when its row does. */
    private final javafx.collections.ObservableMap<sockbench.net.Socket, LiveResponder> live =
            javafx.collections.FXCollections.observableHashMap();
    private String responderName;
    private final AutoCloseable jobs;

    // repeat
    private final StringProperty repeatPayload = new SimpleStringProperty("ping {n}\\n");
    private final StringProperty repeatCount = new SimpleStringProperty("10");
    private final StringProperty repeatEvery = new SimpleStringProperty("100");
    private final StringProperty repeatError = new SimpleStringProperty("");
    private final StringProperty repeatTo = new SimpleStringProperty("");
    private final StringProperty repeatToError = new SimpleStringProperty("");
    private final StringProperty repeatStatus = new SimpleStringProperty("");
    private final ObjectProperty<RepeatSender> repeat = new SimpleObjectProperty<>();
    private String repeatName;

    // library
    private final ObservableList<SavedPayload> payloads = FXCollections.observableArrayList();
    private final StringProperty payloadName = new SimpleStringProperty("");
    private final StringProperty payloadText = new SimpleStringProperty("");
    private final ObjectProperty<Payload.Encoding> payloadEncoding = new SimpleObjectProperty<>(Payload.Encoding.ESCAPES);
    private final StringProperty payloadTarget = new SimpleStringProperty("");
    private final StringProperty libraryError = new SimpleStringProperty("");

    // files
    private final StringProperty filePath = new SimpleStringProperty("");
    private final StringProperty fileError = new SimpleStringProperty("");
    private final StringProperty fileStatus = new SimpleStringProperty("");
    private final DoubleProperty fileProgress = new SimpleDoubleProperty(0);
    private final ObjectProperty<FileSender> fileSend = new SimpleObjectProperty<>();
    private String fileName;
    private final StringProperty savePath = new SimpleStringProperty("");
    private final StringProperty saveFormat = new SimpleStringProperty("hex");
    private final StringProperty saveError = new SimpleStringProperty("");
    private final StringProperty saveStatus = new SimpleStringProperty("");
    private final ObjectProperty<ReceiveSaver> saver = new SimpleObjectProperty<>();
    private String saverName;

    public ExplorerViewModel(ActionRunner runner, SocketsViewModel sockets, Pulse pulse, PayloadLibrary library) {
        this.runner = runner;
        this.sockets = sockets;
        this.library = library;
        // the Explorer works on the socket selected in the sockets panel until one is chosen here
        sockets.selectedProperty().addListener((o, a, row) -> {
            if (row != null && (socket.get() == null || socket.get() == a)) {
                socket.set(row);
            }
        });
        socket.set(sockets.selected());
        library.listen(() -> runner.threads().ui().execute(this::reloadLibrary));
        reloadLibrary();
        // a responder the console starts is shown live too, in the Transfer view beside its socket
        jobs = sockbench.net.explore.JobEvents.listen(job -> {
            if (job instanceof Responder r) {
                runner.threads().ui().execute(() -> adopt(r));
            }
        });
        pulse.every(Pulse.READOUT_MILLIS, now -> frame());
        pulse.onStop(this::dispose);
    }

    // ---- properties

    public ObjectProperty<SocketRow> socketProperty() { return socket; }
    public ObservableList<SocketRow> socketRows() { return sockets.rows(); }
    public StringProperty replyModeProperty() { return replyMode; }
    public StringProperty fixedReplyProperty() { return fixedReply; }
    public StringProperty ruleKindProperty() { return ruleKind; }
    public StringProperty rulePatternProperty() { return rulePattern; }
    public StringProperty ruleReplyProperty() { return ruleReply; }
    public ObservableList<Rule> rules() { return rules; }
    public StringProperty closeAfterProperty() { return closeAfter; }
    public StringProperty responderErrorProperty() { return responderError; }
    public StringProperty responderStatusProperty() { return responderStatus; }
    public ObservableList<ClientRow> clients() { return clients; }
    public ObjectProperty<Responder> responderProperty() { return responder; }
    /** The responders the window started, by socket: what the Transfer view shows beside a socket's pane. */
    public javafx.collections.ObservableMap<sockbench.net.Socket, LiveResponder> liveResponders() { return live; }
    public StringProperty repeatPayloadProperty() { return repeatPayload; }
    public StringProperty repeatCountProperty() { return repeatCount; }
    public StringProperty repeatEveryProperty() { return repeatEvery; }
    public StringProperty repeatErrorProperty() { return repeatError; }
    /** Where an unconnected datagram socket's repeats go: host:port, [v6]:port or a unix path; empty: the peer. */
    public StringProperty repeatToProperty() { return repeatTo; }
    /** What is wrong with {@link #repeatToProperty()}, shown at that field. */
    public StringProperty repeatToErrorProperty() { return repeatToError; }
    public StringProperty repeatStatusProperty() { return repeatStatus; }
    public ObjectProperty<RepeatSender> repeatProperty() { return repeat; }
    public ObservableList<SavedPayload> payloads() { return payloads; }
    public StringProperty payloadNameProperty() { return payloadName; }
    public StringProperty payloadTextProperty() { return payloadText; }
    public ObjectProperty<Payload.Encoding> payloadEncodingProperty() { return payloadEncoding; }
    public StringProperty payloadTargetProperty() { return payloadTarget; }
    public StringProperty libraryErrorProperty() { return libraryError; }
    public StringProperty filePathProperty() { return filePath; }
    public StringProperty fileErrorProperty() { return fileError; }
    public StringProperty fileStatusProperty() { return fileStatus; }
    public DoubleProperty fileProgressProperty() { return fileProgress; }
    public ObjectProperty<FileSender> fileSendProperty() { return fileSend; }
    public StringProperty savePathProperty() { return savePath; }
    public StringProperty saveFormatProperty() { return saveFormat; }
    public StringProperty saveErrorProperty() { return saveError; }
    public StringProperty saveStatusProperty() { return saveStatus; }
    public ObjectProperty<ReceiveSaver> saverProperty() { return saver; }

    // ---- responder

    /** Adds the rule in the rule fields; a pattern that does not compile is a message at the field. */
    public boolean addRule() {
        try {
            // a regex reads its own escapes (\S, \r); contains reads the composer's, hex none
            String pattern = rulePattern.get() == null ? "" : rulePattern.get();
            rules.add(Rule.of(ruleKind.get(), ruleKind.get().equals("contains") ? text(pattern) : pattern,
                    text(ruleReply.get())));
            responderError.set("");
            return true;
        } catch (RuntimeException e) {
            responderError.set(message(e));
            return false;
        }
    }

    /** {@code (define r1 (responder-start s1 'echo close-after: N))} on the chosen socket. */
    public CompletableFuture<Responder> startResponder() {
        SocketRow row = socket.get();
        Reply reply;
        int after;
        try {
            requireSocket(row, responderError);
            after = count(closeAfter.get(), "close after");
            reply = reply();
        } catch (RuntimeException e) {
            responderError.set(message(e));
            return CompletableFuture.failedFuture(e);
        }
        responderError.set("");
        String name = "r" + jobNumbers.incrementAndGet();
        String form = "(define " + name + " (responder-start " + row.name() + " " + replyForm(reply)
                + (after > 0 ? " close-after: " + after : "") + "))";
        return runner.run(SimpleAction.of("responder-start " + row.name(), form,
                () -> Responder.start(row.socket(), reply, after, Responder.DEFAULT_BUFFER))).whenComplete((r, e) -> {
            if (r != null) {
                responder.set(r);
                responderName = name;
                live.put(r.socket(), new LiveResponder(r, name));
            } else {
                responderError.set(message(e));
            }
        });
    }

    /**
     * One click to a loopback echo server: a stream socket bound to 127.0.0.1 at a port the kernel
     * picks, listening, answered by an echo responder — four forms in the transcript.
     */
    public CompletableFuture<Responder> echoServer() {
        CompletableFuture<Socket> created = runner.run(SimpleAction.of("socket", "(socket af/inet sock/stream)",
                () -> Socket.create(Constants.require("af/inet"), STREAM))
                .formAfter(s -> "(define " + sockets.names().nameOf(s) + " (socket af/inet sock/stream))"));
        return created.thenCompose(s -> {
            String n = sockets.names().nameOf(s);
            return runner.run(SimpleAction.doing("socket-bind " + n, "(socket-bind " + n + " (inet-address \"127.0.0.1\" 0))",
                    () -> s.bind(SockAddr.inet("127.0.0.1", 0))))
                    .thenCompose(v -> runner.run(SimpleAction.doing("socket-listen " + n, "(socket-listen " + n + " 16)",
                            () -> s.listen(16))))
                    .thenCompose(v -> {
                        socket.set(sockets.rowFor(s));
                        replyMode.set("echo");
                        return startResponder();
                    });
        });
    }

    /**
     * Shows a responder started elsewhere (the console) as the window's own are shown, unless the
     * window started it (then it already has its {@code r1} name) or its socket has no row here.
     */
    private void adopt(Responder r) {
        LiveResponder known = live.get(r.socket());
        if ((known == null || known.responder() != r) && !r.socket().isClosed()) {
            sockets.rowFor(r.socket());
            live.put(r.socket(), new LiveResponder(r, CONSOLE_STARTED));
        }
    }

    /** Stops hearing of responders started elsewhere (the window is gone). */
    private void dispose() {
        try {
            jobs.close();
        } catch (Exception e) {
            // removing a listener does not fail
        }
    }

    public CompletableFuture<Void> stopResponder() {
        return stop(responder.get(), "responder-stop", responderName);
    }

    private Reply reply() {
        return switch (replyMode.get()) {
            case "fixed" -> Reply.fixed(Payload.parse(fixedReply.get(), Payload.Encoding.ESCAPES));
            case "rules" -> Reply.rules(new ArrayList<>(rules));
            default -> Reply.echo();
        };
    }

    private static String replyForm(Reply r) {
        return switch (r.kind()) {
            case "fixed" -> Payload.literal(r.fixedBytes());
            case "rules" -> {
                StringBuilder b = new StringBuilder("(list");
                for (Rule rule : r.ruleList()) {
                    b.append(" (rule '").append(rule.kind().word()).append(' ').append(EggText.string(rule.pattern()))
                            .append(' ').append(EggText.string(rule.reply())).append(')');
                }
                yield b.append(')').toString();
            }
            default -> "'echo";
        };
    }

    // ---- repeat

    /** {@code (define p1 (repeat-send s1 "ping {n}\n" count: 10 every: 100))}; count empty: until stopped. */
    public CompletableFuture<RepeatSender> startRepeat() {
        SocketRow row = socket.get();
        byte[] payload;
        Long n;
        long every;
        SockAddr to;
        try {
            to = repeatTarget(row);
        } catch (IllegalArgumentException e) {
            repeatToError.set(e.getMessage());
            repeatError.set("");
            return CompletableFuture.failedFuture(e);
        }
        repeatToError.set("");
        try {
            requireSocket(row, repeatError);
            payload = Payload.parse(repeatPayload.get(), Payload.Encoding.ESCAPES);
            n = repeatCount.get() == null || repeatCount.get().isBlank() ? null : (long) count(repeatCount.get(), "count");
            every = count(repeatEvery.get(), "every (ms)");
        } catch (RuntimeException e) {
            repeatError.set(message(e));
            return CompletableFuture.failedFuture(e);
        }
        repeatError.set("");
        String name = "p" + jobNumbers.incrementAndGet();
        String form = "(define " + name + " (repeat-send " + row.name() + " " + Payload.literal(payload)
                + " count: " + (n == null ? "#f" : n) + " every: " + every
                + (to == null ? "" : " to: " + sockbench.script.PayloadForms.addressForm(to)) + "))";
        return runner.run(SimpleAction.of("repeat-send " + row.name(), form,
                () -> RepeatSender.start(row.socket(), payload, to, n, every, 0))).whenComplete((r, e) -> {
            if (r != null) {
                repeat.set(r);
                repeatName = name;
            } else {
                repeatError.set(message(e));
            }
        });
    }

    /**
     * The repeat's target from its field: null for the connected peer. A target on a stream socket, no
     * target for a datagram socket that is not connected, and text that is no address are refused here,
     * at the field, before anything is sent.
     */
    private SockAddr repeatTarget(SocketRow row) {
        String text = repeatTo.get() == null ? "" : repeatTo.get().strip();
        boolean datagram = row != null && row.socket().type() != sockbench.net.Constants.require("sock/stream");
        if (text.isEmpty()) {
            if (datagram && row.state() != sockbench.net.SocketState.CONNECTED && row.state() != sockbench.net.SocketState.CLOSED) {
                throw new IllegalArgumentException(row.name() + " is a datagram socket that is not connected: "
                        + "give a target such as 127.0.0.1:9000");
            }
            return null;
        }
        if (row != null && !datagram) {
            throw new IllegalArgumentException(row.name() + " is a stream socket: it sends to its peer, "
                    + "a target is for datagram sockets (leave this empty)");
        }
        try {
            return address(text);
        } catch (NetException e) {
            throw new IllegalArgumentException("target \"" + sockbench.ui.workbench.Fields.shorten(text) + "\": " + e.getMessage());
        }
    }

    public CompletableFuture<Void> stopRepeat() {
        return stop(repeat.get(), "repeat-stop", repeatName);
    }

    // ---- library

    /** Saves the composed payload under its name: {@code (payload-define 'name "..." mode: 'escapes)}. */
    public CompletableFuture<Void> savePayload() {
        SavedPayload p;
        try {
            String target = payloadTarget.get() == null ? "" : payloadTarget.get().strip();
            p = new SavedPayload(payloadName.get() == null ? "" : payloadName.get().strip(),
                    Payload.parse(payloadText.get(), payloadEncoding.get()), payloadEncoding.get().label(), 0,
                    target.isEmpty() ? null : address(target));
        } catch (RuntimeException e) {
            libraryError.set(message(e));
            return CompletableFuture.failedFuture(e);
        }
        libraryError.set("");
        SavedPayload saved = p;
        return runner.run(SimpleAction.doing("payload-define " + p.name(), PayloadForms.form(p), () -> library.put(saved)));
    }

    /** Puts a saved payload back into the fields, to change and save again. */
    public void edit(SavedPayload p) {
        payloadName.set(p.name());
        Payload.Encoding e = Payload.Encoding.valueOf(p.mode().toUpperCase(Locale.ROOT));
        payloadEncoding.set(e);
        payloadText.set(e == Payload.Encoding.HEX ? EggText.spacedHex(p.data()) : e == Payload.Encoding.TEXT
                ? new String(p.data(), java.nio.charset.StandardCharsets.ISO_8859_1) : escapes(p.data()));
        payloadTarget.set(p.target() == null ? "" : p.target().toEggString());
    }

    public CompletableFuture<Void> deletePayload(SavedPayload p) {
        return runner.run(SimpleAction.doing("payload-delete " + p.name(), "(payload-delete '" + p.name() + ")",
                () -> library.remove(p.name())));
    }

    /** {@code (payload-send s1 'name)}: sends one saved payload on the chosen socket. */
    public CompletableFuture<Long> sendPayload(SavedPayload p) {
        SocketRow row = socket.get();
        try {
            requireSocket(row, libraryError);
        } catch (RuntimeException e) {
            libraryError.set(message(e));
            return CompletableFuture.failedFuture(e);
        }
        libraryError.set("");
        Socket s = row.socket();
        return runner.run(SimpleAction.of("payload-send " + p.name(), "(payload-send " + row.name() + " '" + p.name() + ")", () -> {
            byte[] d = p.data();
            if (s.type() == STREAM) {
                s.sendAll(d, 0, null, p.flags());
                return (long) d.length;
            }
            return (long) (p.target() == null ? s.send(d, 0, null, p.flags()) : s.sendTo(d, p.target(), 0, null, p.flags()));
        }));
    }

    public CompletableFuture<Long> importLibrary(Path file) {
        return runner.run(SimpleAction.of("payload-import", "(payload-import " + EggText.string(file.toString()) + ")",
                () -> (long) PayloadForms.importInto(library, file))).whenComplete((n, e) -> libraryError.set(e == null ? "" : message(e)));
    }

    public CompletableFuture<Void> exportLibrary(Path file) {
        return runner.run(SimpleAction.doing("payload-export", "(payload-export " + EggText.string(file.toString()) + ")",
                () -> PayloadForms.export(library.all(), file))).whenComplete((n, e) -> libraryError.set(e == null ? "" : message(e)));
    }

    private void reloadLibrary() {
        payloads.setAll(library.all());
    }

    // ---- files

    /** {@code (define f1 (send-file s1 "path"))}; a missing file is a message at the field. */
    public CompletableFuture<FileSender> sendFile() {
        SocketRow row = socket.get();
        Path path;
        try {
            requireSocket(row, fileError);
            path = Path.of(filePath.get() == null ? "" : filePath.get().strip());
            if (filePath.get() == null || filePath.get().isBlank() || !Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no such file: " + filePath.get());
            }
        } catch (RuntimeException e) {
            fileError.set(message(e));
            return CompletableFuture.failedFuture(e);
        }
        fileError.set("");
        String name = "f" + jobNumbers.incrementAndGet();
        return runner.run(SimpleAction.of("send-file " + row.name(),
                "(define " + name + " (send-file " + row.name() + " " + EggText.string(path.toString()) + "))",
                () -> FileSender.start(row.socket(), path))).whenComplete((f, e) -> {
            if (f != null) {
                fileSend.set(f);
                fileName = name;
            } else {
                fileError.set(message(e));
            }
        });
    }

    public CompletableFuture<Void> cancelFile() {
        return stop(fileSend.get(), "send-file-cancel", fileName);
    }

    /** {@code (define v1 (save-received s1 "path" format: 'hex))}: receives into the file until stopped or the peer ends. */
    public CompletableFuture<ReceiveSaver> saveReceived() {
        SocketRow row = socket.get();
        Path path;
        ReceiveSaver.Format format;
        try {
            requireSocket(row, saveError);
            if (savePath.get() == null || savePath.get().isBlank()) {
                throw new IllegalArgumentException("give a file to save into");
            }
            path = Path.of(savePath.get().strip());
            format = ReceiveSaver.Format.of(saveFormat.get());
        } catch (RuntimeException e) {
            saveError.set(message(e));
            return CompletableFuture.failedFuture(e);
        }
        saveError.set("");
        String name = "v" + jobNumbers.incrementAndGet();
        return runner.run(SimpleAction.of("save-received " + row.name(), "(define " + name + " (save-received " + row.name()
                + " " + EggText.string(path.toString()) + " format: '" + format.word() + "))",
                () -> ReceiveSaver.start(row.socket(), path, format, 0))).whenComplete((v, e) -> {
            if (v != null) {
                saver.set(v);
                saverName = name;
            } else {
                saveError.set(message(e));
            }
        });
    }

    public CompletableFuture<Void> stopSaving() {
        return stop(saver.get(), "save-received-stop", saverName);
    }

    // ---- the frame

    /**
     * Reads every running job's counters, four times a second: the live list and readouts, however fast
     * packets come (a list of 200 clients re-laid out at every pulse of a flood starved the window).
     */
    void frame() {
        // bounded by the sockets shown in the window: a closed socket's row leaves, and its responder with it
        live.keySet().removeIf(s -> sockets.rows().stream().noneMatch(row -> row.socket() == s));
        live.values().forEach(LiveResponder::refresh);
        Responder r = responder.get();
        LiveResponder shown = r == null ? null : live.get(r.socket());
        if (shown != null && shown.responder() == r) {
            if (!shown.clients().equals(clients)) {
                clients.setAll(shown.clients());
            }
            responderStatus.set(shown.statusProperty().get());
        }
        RepeatSender p = repeat.get();
        if (p != null) {
            repeatStatus.set(String.format(Locale.ROOT, "sent %d%s · %.1f/s%s", p.sent(),
                    p.count() == null ? "" : " of " + p.count(), p.isRunning() ? p.rate() : p.averageRate(),
                    p.isRunning() ? "" : p.failure() != null ? " · " + message(p.failure()) : p.isStopped() ? " · stopped" : " · done"));
        }
        FileSender f = fileSend.get();
        if (f != null) {
            fileProgress.set(f.progress());
            fileStatus.set(f.sent() + " of " + f.total() + " bytes" + (f.isRunning() ? "" : f.failure() != null
                    ? " · " + message(f.failure()) : f.isStopped() ? " · cancelled" : " · done"));
        }
        ReceiveSaver v = saver.get();
        if (v != null) {
            saveStatus.set(v.blocks() + " blocks · " + v.bytes() + " bytes saved" + (v.isRunning() ? "" : " · ended"));
        }
    }

    // ---- helpers

    private CompletableFuture<Void> stop(Job job, String procedure, String name) {
        if (job == null) {
            return CompletableFuture.completedFuture(null);
        }
        return runner.run(SimpleAction.doing(procedure + " " + name, "(" + procedure + " " + name + ")", job::stop));
    }

    private static void requireSocket(SocketRow row, StringProperty error) {
        if (row == null) {
            throw new IllegalArgumentException("choose a socket first");
        }
        if (row.socket().isClosed()) {
            throw new IllegalArgumentException(row.name() + " is closed");
        }
    }

    private static int count(String text, String what) {
        String t = text == null ? "" : text.strip();
        try {
            int n = Integer.parseInt(t.isEmpty() ? "0" : t);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number of 0 or more, not \"" + t + "\"");
        }
    }

    /** A rule field's text with the composer's escapes ({@code \r\n}) read. */
    private static String text(String field) {
        return new String(Payload.parse(field, Payload.Encoding.ESCAPES), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static SockAddr address(String text) {
        if (text.startsWith("/") || text.startsWith("@")) {
            return SockAddr.unix(text);
        }
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("target must be host:port or a unix path, not " + text);
        }
        String host = text.substring(0, colon).replace("[", "").replace("]", "");
        return SockAddr.inet(host, text.substring(colon + 1));
    }

    private static String escapes(byte[] data) {
        String lit = Payload.literal(data);
        return lit.startsWith("\"") ? lit.substring(1, lit.length() - 1) : EggText.spacedHex(data);
    }

    static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof NetException || t instanceof IllegalArgumentException ? t.getMessage() : String.valueOf(t);
    }
}
