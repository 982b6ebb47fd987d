package sockbench.ui.workbench;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.net.Constants;
import sockbench.net.Socket;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Pulse;
import sockbench.ui.async.Threads;
import sockbench.ui.buffering.BufferingViewModel;
import sockbench.ui.constants.ConstantsViewModel;
import sockbench.ui.errors.ErrorExplainer;
import sockbench.ui.options.LowLevelViewModel;
import sockbench.ui.options.OptionsViewModel;
import sockbench.ui.options.StructEditorViewModel;
import sockbench.ui.options.TcpInfoViewModel;
import sockbench.ui.resolver.ResolverViewModel;
import sockbench.ui.samples.SamplesViewModel;
import sockbench.ui.sockets.SocketNames;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.SocketsViewModel;
import sockbench.ui.transcript.ConsoleViewModel;
import sockbench.ui.trace.TraceViewModel;
import sockbench.ui.transcript.TranscriptViewModel;
import sockbench.ui.transfer.TransfersViewModel;

/**
 * All view models of the window, wired together: the sockets panel's selection is the socket the
 * option panels work on, and every action writes to the one transcript.
 */
public final class WorkbenchModel {
    private final java.util.List<Runnable> disposals = new java.util.ArrayList<>();
    private final Threads threads;
    private final SocketNames names = new SocketNames();
    private final TranscriptViewModel transcript;
    private final ActionRunner runner;
    private final SocketsViewModel sockets;
    private final ResolverViewModel resolver;
    private final OptionsViewModel options;
    private final StructEditorViewModel structEditor;
    private final TcpInfoViewModel tcpInfo;
    private final LowLevelViewModel lowLevel;
    private final ConstantsViewModel constants = new ConstantsViewModel();
    private final ConsoleViewModel console;
    private final Pulse pulse = new Pulse();
    private final TransfersViewModel transfers;
    private final BufferingViewModel buffering;
    private final TraceViewModel trace;
    private final SamplesViewModel samples;
    private final StringProperty status = new SimpleStringProperty("");

    public WorkbenchModel(Threads threads, ConsoleEvaluator evaluator) {
        this.threads = threads;
        this.transcript = new TranscriptViewModel(threads);
        this.runner = new ActionRunner(threads, transcript);
        this.sockets = new SocketsViewModel(runner, names);
        this.resolver = new ResolverViewModel(runner);
        this.options = new OptionsViewModel(runner, names);
        this.structEditor = new StructEditorViewModel(runner, names);
        this.tcpInfo = new TcpInfoViewModel(runner, names, pulse);
        this.lowLevel = new LowLevelViewModel(runner, names);
        this.console = new ConsoleViewModel(threads, transcript, evaluator);
        // The window's names (s1, s2 ...) are the console's variables too, as the transcript's forms say.
        sockets.rows().addListener((javafx.collections.ListChangeListener<SocketRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> evaluator.bind(row.name(), row.socket()));
            }
        });
        console.setAdopter(sockets::adopt);
        this.transfers = new TransfersViewModel(runner, sockets, pulse);
        this.buffering = new BufferingViewModel(runner, transfers, pulse);
        this.trace = new TraceViewModel(sockets, pulse);
        this.samples = new SamplesViewModel(threads, console);
        // Options change with the socket's state (so/acceptconn after listen, tcp_info after connect).
        javafx.beans.InvalidationListener reread = o -> options.refresh();
        sockets.selectedProperty().addListener((o, old, row) -> {
            if (old != null) {
                old.stateProperty().removeListener(reread);
            }
            if (row != null) {
                row.stateProperty().addListener(reread);
            }
            Socket s = row == null ? null : row.socket();
            options.socketProperty().set(s);
            structEditor.socketProperty().set(s);
            tcpInfo.socketProperty().set(s);
            lowLevel.socketProperty().set(s);
        });
        status.set("Ready. Every action shows below as the egg form it equals.");
    }

    public Threads threads() { return threads; }
    public SocketNames names() { return names; }
    public TranscriptViewModel transcript() { return transcript; }
    public ActionRunner runner() { return runner; }
    public SocketsViewModel sockets() { return sockets; }
    public ResolverViewModel resolver() { return resolver; }
    public OptionsViewModel options() { return options; }
    public StructEditorViewModel structEditor() { return structEditor; }
    public TcpInfoViewModel tcpInfo() { return tcpInfo; }
    public LowLevelViewModel lowLevel() { return lowLevel; }
    public ConstantsViewModel constants() { return constants; }
    public ConsoleViewModel console() { return console; }
    /** The frame clock the window drives; high-rate views drain their queues on it. */
    public Pulse pulse() { return pulse; }
    public TransfersViewModel transfers() { return transfers; }
    public BufferingViewModel buffering() { return buffering; }
    public TraceViewModel trace() { return trace; }
    public SamplesViewModel samples() { return samples; }

    /** One line for the status bar: the last error nobody else showed, or a hint. */
    public ReadOnlyStringProperty statusProperty() { return status; }

    public void setStatus(String s) {
        status.set(s);
    }

    /** Makes any failure readable in the status bar (the uncaught-exception handler ends here). */
    public void report(Throwable t) {
        status.set("Error: " + ErrorExplainer.explain(t).oneLine());
    }

    /** Uses a resolver result in the sockets panel: its family and type in the create form, its address in the address fields. */
    public void useInSocketsPanel(sockbench.net.AddrInfo ai) {
        Constants.symbol("af", ai.family()).ifPresent(sockets.familyProperty()::set);
        Constants.symbol("sock", ai.socktype()).ifPresent(sockets.typeProperty()::set);
        sockets.useAddress(ai.address());
    }

    /**
     * Closes every socket the panel shows (tests, and the window's end), never on the calling thread:
     * each close runs on a thread of its own, because close(2) with {@code so/linger (#t N)} waits up
     * to N seconds, and they all wait at once. The future completes when the last has closed, so the
     * window's end waits no longer than the longest linger. Call on the ui thread.
     */
    public java.util.concurrent.CompletableFuture<Void> closeAllSockets() {
        java.util.List<Socket> open = sockets.rows().stream().map(SocketRow::socket).filter(s -> !s.isClosed()).toList();
        java.util.concurrent.CompletableFuture<?>[] closes = new java.util.concurrent.CompletableFuture<?>[open.size()];
        for (int i = 0; i < closes.length; i++) {
            Socket s = open.get(i);
            java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    s.closeQuietly();
                } finally {
                    done.complete(null);
                }
            }, "sockbench close " + names.nameOf(s));
            t.setDaemon(true);
            t.start();
            closes[i] = done;
        }
        return java.util.concurrent.CompletableFuture.allOf(closes);
    }

    /**
     * Disposes of a view's own model with the window's (a view made on first showing, such as the Wire
     * view with its capture and sampler threads): the window's close, and a test's end, end them too.
     */
    public void disposeWith(Runnable disposal) {
        disposals.add(disposal);
    }

    public void dispose() {
        for (Runnable d : disposals) {
            d.run();
        }
        disposals.clear();
        pulse.stop();
        trace.dispose();
        buffering.dispose();
        transfers.dispose();
        sockets.dispose();
    }
}
