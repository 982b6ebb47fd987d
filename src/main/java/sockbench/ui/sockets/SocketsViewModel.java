package sockbench.ui.sockets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SocketEvents;
import sockbench.net.SocketState;
import sockbench.ui.action.Action;
import sockbench.ui.action.ActionFuture;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.CoalescingQueue;

/**
 * The sockets panel's state: every socket the process made since the window opened (by the window,
 * the console, accept or connect/ai, all heard through {@link SocketEvents}), the selection, the
 * fields of the create / address / listen / shutdown forms, and the commands that run them.
 */
public final class SocketsViewModel {
    public static final List<String> FAMILIES = defined("af/inet", "af/inet6", "af/unix");
    public static final List<String> TYPES = defined("sock/stream", "sock/dgram", "sock/raw", "sock/seqpacket");
    public static final List<String> PROTOCOLS = withZero(defined("ipproto/tcp", "ipproto/udp", "ipproto/icmp", "ipproto/icmpv6"));
    /** The backlog field's upper end (the kernel caps it at somaxconn anyway). */
    public static final int MAX_BACKLOG = 65535;
    public static final List<String> SHUTDOWNS = defined("shut/rd", "shut/wr", "shut/rdwr");

    private final ActionRunner runner;
    private final SocketNames names;
    private final SocketActions actions;
    private final ObservableList<SocketRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SocketRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<Socket, SocketRow> bySocket = new HashMap<>();
    private final ObjectProperty<SocketRow> selected = new SimpleObjectProperty<>();
    private final CoalescingQueue<Socket, SocketSnapshot> changes;
    private final AutoCloseable subscription;

    private final StringProperty family = new SimpleStringProperty("af/inet");
    private final StringProperty type = new SimpleStringProperty("sock/stream");
    private final StringProperty protocol = new SimpleStringProperty("0");
    private final StringProperty host = new SimpleStringProperty("127.0.0.1");
    private final StringProperty port = new SimpleStringProperty("0");
    private final ObjectProperty<Integer> backlog = new SimpleObjectProperty<>(8);
    private final StringProperty shutdownHow = new SimpleStringProperty("shut/wr");
    private final StringProperty portProblem = new SimpleStringProperty("");

    private final BooleanProperty canOperate = new SimpleBooleanProperty();
    private final BooleanProperty canClose = new SimpleBooleanProperty();
    private final BooleanProperty canCancel = new SimpleBooleanProperty();

    public SocketsViewModel(ActionRunner runner, SocketNames names) {
        this.runner = runner;
        this.names = names;
        this.actions = new SocketActions(names);
        this.changes = new CoalescingQueue<>(runner.threads(), SocketsViewModel::snapshot, this::apply);
        this.subscription = SocketEvents.listen(event -> {
            names.nameOf(event.socket());
            changes.offer(event.socket());
        });
        port.addListener((o, a, p) -> portProblem.set(portProblem(p)));
        InvalidationListener abilities = o -> updateAbilities();
        selected.addListener((o, old, now) -> {
            if (old != null) {
                old.stateProperty().removeListener(abilities);
                old.pendingProperty().removeListener(abilities);
            }
            if (now != null) {
                now.stateProperty().addListener(abilities);
                now.pendingProperty().addListener(abilities);
            }
            updateAbilities();
        });
    }

    // ---- state

    /** Every socket heard of, in order; closed ones stay (greyed) until {@link #clearClosed()}. */
    public ObservableList<SocketRow> rows() { return readOnlyRows; }

    public ObjectProperty<SocketRow> selectedProperty() { return selected; }
    public SocketRow selected() { return selected.get(); }

    public StringProperty familyProperty() { return family; }
    public StringProperty typeProperty() { return type; }
    public StringProperty protocolProperty() { return protocol; }
    /** Host address, or for a UNIX socket its path. */
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public ObjectProperty<Integer> backlogProperty() { return backlog; }
    public StringProperty shutdownHowProperty() { return shutdownHow; }
    /** Why the port field's text is no port, or "" (a service name such as "http" is fine). */
    public javafx.beans.property.ReadOnlyStringProperty portProblemProperty() { return portProblem; }

    static String portProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("-?[0-9]+") && sockbench.ui.workbench.Fields.parse(t, 0, 65535) == null) {
            return "port: " + sockbench.ui.workbench.Fields.shorten(t) + " is not a port; ports go from 0 to 65535";
        }
        if (t.contains(" ")) {
            return "port: \"" + sockbench.ui.workbench.Fields.shorten(t) + "\" is neither a number nor a service name";
        }
        return "";
    }

    /** A live socket without a pending operation is selected. */
    public ReadOnlyBooleanProperty canOperateProperty() { return canOperate; }
    /** A live socket is selected. */
    public ReadOnlyBooleanProperty canCloseProperty() { return canClose; }
    /** The selected socket waits in connect or accept. */
    public ReadOnlyBooleanProperty canCancelProperty() { return canCancel; }

    public SocketNames names() { return names; }

    /** The row of a socket, made now if the socket's event has not arrived yet. */
    public SocketRow rowFor(Socket s) {
        SocketRow row = bySocket.get(s);
        if (row == null) {
            row = new SocketRow(s, names.nameOf(s));
            bySocket.put(s, row);
            rows.add(row);
        }
        return row;
    }

    // ---- commands (ui thread)

    public CompletableFuture<Socket> create() {
        return runner.run(actions.create(family.get(), type.get(), protocol.get())).thenApply(s -> {
            select(s);
            return s;
        });
    }

    public CompletableFuture<Void> bind() {
        SocketRow row = selected.get();
        if (row == null) {
            return nothingSelected();
        }
        if (!portProblem.get().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(portProblem.get()));
        }
        return refreshAfter(row, runner.run(actions.bind(row.socket(), typedTarget(row.socket()))));
    }

    public CompletableFuture<Void> connect() {
        SocketRow row = selected.get();
        if (row == null) {
            return nothingSelected();
        }
        if (!portProblem.get().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(portProblem.get()));
        }
        return connect(row, typedTarget(row.socket()));
    }

    public CompletableFuture<Void> listen() {
        SocketRow row = selected.get();
        if (row == null) {
            return nothingSelected();
        }
        if (backlog.get() == null) {
            // the field says why; listen must not quietly use some other number
            return CompletableFuture.failedFuture(new IllegalArgumentException("backlog: a whole number from 0 to " + MAX_BACKLOG));
        }
        return refreshAfter(row, runner.run(actions.listen(row.socket(), backlog.get())));
    }

    /** Accepts on the selected socket; the new socket is selected when it comes. */
    public CompletableFuture<Socket> accept() {
        SocketRow row = selected.get();
        if (row == null) {
            return nothingSelected();
        }
        ActionFuture<Socket> f = runner.start(actions.accept(row.socket()));
        row.setPending("accepting…", () -> f.cancel(true));
        return f.whenComplete((s, e) -> {
            row.clearPending();
            if (s != null) {
                select(s);
            }
        });
    }

    public CompletableFuture<Void> shutdown() {
        SocketRow row = selected.get();
        if (row == null) {
            return nothingSelected();
        }
        return refreshAfter(row, runner.run(actions.shutdown(row.socket(), shutdownHow.get())));
    }

    public CompletableFuture<Void> close() {
        SocketRow row = selected.get();
        return row == null ? nothingSelected() : close(row);
    }

    public CompletableFuture<Void> closeQuietly() {
        SocketRow row = selected.get();
        if (row == null) {
            return nothingSelected();
        }
        return refreshAfter(row, runner.run(actions.closeQuietly(row.socket(), lingering(row)))
                .whenComplete((x, e) -> row.clearPending()));
    }

    /** Cancels what the selected socket waits for. */
    public void cancelPending() {
        SocketRow row = selected.get();
        if (row != null && row.cancelProperty().get() != null) {
            row.cancelProperty().get().run();
        }
    }

    /**
     * A listener on the loopback address, a client connected to it and the accepted server socket,
     * each step its own transcript form, so both ends of one connection sit side by side.
     */
    public CompletableFuture<Socket> loopbackPair() {
        boolean v6 = "af/inet6".equals(family.get());
        String fam = v6 ? "af/inet6" : "af/inet";
        String loopback = v6 ? "::1" : "127.0.0.1";
        int b = backlog.get() == null ? 8 : backlog.get();
        return runner.run(actions.create(fam, "sock/stream", "0")).thenCompose(listener -> {
            SocketRow l = rowFor(listener);
            return refreshAfter(l, runner.run(actions.bind(listener, Target.typed(listener.family(), loopback, "0"))))
                    .thenCompose(x -> refreshAfter(l, runner.run(actions.listen(listener, b))))
                    .thenCompose(x -> runner.run(actions.create(fam, "sock/stream", "0")))
                    .thenCompose(client -> connect(rowFor(client), Target.nameOf(l.name(), listener))
                            .thenCompose(x -> {
                                select(listener);
                                return accept();
                            })
                            .thenApply(server -> {
                                select(client);
                                return client;
                            }));
        });
    }

    /** Connects a fresh socket to one resolver result ({@code socket-connect/ai}). */
    public CompletableFuture<Socket> connectAi(AddrInfo ai) {
        return runner.run(actions.connectAi(ai)).thenApply(s -> {
            select(s);
            return s;
        });
    }

    /** Puts an address into the address fields (from the resolver, or a socket's name). */
    public void useAddress(SockAddr a) {
        if (a.isUnix()) {
            host.set(a.path());
            port.set("");
        } else {
            host.set(a.address());
            port.set(Integer.toString(a.port()));
        }
    }

    /** Puts a socket's local name into the address fields, to connect to it. */
    public void useNameOf(SocketRow row) {
        String local = row.local();
        if (local == null || local.equals("#f") || local.equals(SocketSnapshot.NONE)) {
            return;
        }
        int colon = local.lastIndexOf(':');
        String h = local.substring(0, colon);
        host.set(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
        port.set(local.substring(colon + 1));
    }

    /** Reads every socket again (a peer may have closed, an option changed the state...). */
    public void refresh() {
        rows.forEach(r -> changes.offer(r.socket()));
    }

    /**
     * Calls a socket by the name the console gave it ({@code (define a (socket ...))}), so the window's
     * forms on it say {@code a}. Anything else defined is ignored.
     */
    public void adopt(Object value, String name) {
        if (value instanceof Socket s) {
            names.adopt(s, name);
            rowFor(s).rename(name);
        }
    }

    /** Removes the closed sockets from the panel. */
    public void clearClosed() {
        List<SocketRow> closed = rows.stream().filter(r -> r.state() == SocketState.CLOSED).toList();
        for (SocketRow r : closed) {
            rows.remove(r);
            bySocket.remove(r.socket());
            names.forget(r.socket());
        }
        if (selected.get() != null && closed.contains(selected.get())) {
            selected.set(null);
        }
    }

    /** Stops listening to socket events (the sockets stay open). */
    public void dispose() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers

    private CompletableFuture<Void> close(SocketRow row) {
        return refreshAfter(row, runner.run(actions.close(row.socket(), lingering(row)))
                .whenComplete((x, e) -> row.clearPending()));
    }

    /** Shows, from the closing thread, that close(2) may wait: "closing (lingering up to 10 s)". */
    private java.util.function.IntConsumer lingering(SocketRow row) {
        return seconds -> runner.threads().ui().execute(() -> row.setPending(closingText(seconds), null));
    }

    /** The pending text while close(2) lingers. */
    public static String closingText(int seconds) {
        return "closing (lingering up to " + seconds + " s)";
    }

    private CompletableFuture<Void> connect(SocketRow row, Target target) {
        ActionFuture<Void> f = runner.start(actions.connect(row.socket(), target));
        row.clearDetail();
        row.setPending("connecting…", () -> f.cancel(true));
        return refreshAfter(row, f.whenComplete((x, e) -> {
            row.clearPending();
            if (e != null && !sockbench.ui.async.EngineTask.isCancellation(e)) {
                Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                row.connectFailed(t instanceof sockbench.net.NetException n ? n.errnoSymbol() : null);
            }
        }));
    }

    /** The address fields as a target; {@code (socket-name sN)} when they name a socket of the panel. */
    private Target typedTarget(Socket s) {
        String wanted = Target.eggString(host.get(), port.get());
        if (wanted != null) {
            for (SocketRow r : rows) {
                if (r.socket() != s && wanted.equals(r.local()) && r.state() != SocketState.CLOSED) {
                    return Target.nameOf(r.name(), r.socket());
                }
            }
        }
        // a port some socket of the panel has (an ephemeral one, most likely) is written as that
        // socket's port, never as this run's number, so a replay finds it again
        String p = port.get() == null ? "" : port.get().strip();
        if (p.matches("[0-9]{1,5}") && Integer.parseInt(p) != 0) {
            for (SocketRow r : rows) {
                String local = r.local();
                if (r.socket() != s && r.state() != SocketState.CLOSED && local != null && local.endsWith(":" + p)) {
                    return Target.portOf(s.family(), host.get(), r.name(), r.socket());
                }
            }
        }
        return Target.typed(s.family(), host.get(), port.get());
    }

    private <T> CompletableFuture<T> refreshAfter(SocketRow row, CompletableFuture<T> f) {
        return f.whenComplete((x, e) -> changes.offer(row.socket()));
    }

    private void select(Socket s) {
        selected.set(rowFor(s));
    }

    private void apply(List<SocketSnapshot> snapshots) {
        for (SocketSnapshot s : snapshots) {
            rowFor(s.socket()).apply(s);
        }
        updateAbilities();
    }

    private void updateAbilities() {
        SocketRow row = selected.get();
        boolean live = row != null && row.state() != SocketState.CLOSED;
        canClose.set(live);
        canOperate.set(live && row.pending() == null);
        canCancel.set(live && row.pending() != null);
    }

    /** Reads a socket for the table, marked as the window's own housekeeping (the trace can leave it out). */
    private static SocketSnapshot snapshot(Socket s) {
        try {
            return sockbench.ui.async.Housekeeping.call(() -> SocketSnapshot.of(s));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> CompletableFuture<T> nothingSelected() {
        return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
    }

    private static List<String> defined(String... symbols) {
        return java.util.Arrays.stream(symbols).filter(s -> Constants.value(s).isPresent()).toList();
    }

    private static List<String> withZero(List<String> symbols) {
        List<String> out = new java.util.ArrayList<>();
        out.add("0");
        out.addAll(symbols);
        return List.copyOf(out);
    }

    /** Runs any action through the window's runner (the options and resolver panels use this too). */
    public <T> CompletableFuture<T> run(Action<T> action) {
        return runner.run(action);
    }
}
