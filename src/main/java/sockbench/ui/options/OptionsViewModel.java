package sockbench.ui.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import sockbench.net.OptionCatalogue;
import sockbench.net.OptionType;
import sockbench.net.Socket;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.async.EngineTask;
import sockbench.ui.sockets.SocketNames;

/**
 * Every option of the catalogue for the selected socket, grouped by level: read all at once off the
 * FX thread; set one with {@code (set! (accessor s) value)} and read it back.
 */
public final class OptionsViewModel {
    private final ActionRunner runner;
    private final SocketNames names;
    private final ObjectProperty<Socket> socket = new SimpleObjectProperty<>();
    private final Map<String, List<OptionRow>> byLevel = new LinkedHashMap<>();
    private final Map<SocketOption, OptionRow> rows = new LinkedHashMap<>();
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(true);
    /** The selection changed while the panel was hidden: read when it shows. */
    private boolean stale;

    public OptionsViewModel(ActionRunner runner, SocketNames names) {
        this.runner = runner;
        this.names = names;
        for (SocketOption o : OptionCatalogue.all()) {
            OptionRow row = new OptionRow(o);
            rows.put(o, row);
            byLevel.computeIfAbsent(o.level(), l -> new ArrayList<>()).add(row);
        }
        socket.addListener((o, old, now) -> {
            if (shown.get()) {
                refresh();
            } else {
                stale = true; // every socket created is selected: a hidden panel does not read them all
            }
        });
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    /** The socket whose options are shown (the sockets panel's selection), or null. */
    public ObjectProperty<Socket> socketProperty() { return socket; }

    /** Whether the panel is on screen; a hidden one reads its socket's options only when it shows again. */
    public javafx.beans.property.BooleanProperty shownProperty() { return shown; }

    /** Rows by level ({@code sol/socket}, {@code ipproto/tcp} ...), in catalogue order. */
    public Map<String, List<OptionRow>> byLevel() { return byLevel; }

    public OptionRow row(String accessor) {
        return rows.get(OptionCatalogue.byAccessor(accessor).orElseThrow());
    }

    /** Reads every option of the socket again (one task, applied at once). */
    public void refresh() {
        stale = false;
        Socket s = socket.get();
        if (s == null || s.isClosed()) {
            String why = s == null ? "select a socket" : "the socket is closed";
            rows.values().forEach(r -> r.show(OptionRow.Availability.NO_SOCKET, null, "—", why));
            return;
        }
        List<SocketOption> options = List.copyOf(rows.keySet());
        // the panel's own reading, which the syscall trace leaves out unless asked
        EngineTask.submit(runner.threads(), "read options of " + names.nameOf(s), () -> sockbench.ui.async.Housekeeping.call(() -> {
            List<OptionReading> readings = new ArrayList<>();
            for (SocketOption o : options) {
                readings.add(o.clearedByReading() ? OptionReading.onRequest(o) : OptionReading.of(s, o));
            }
            return readings;
        }), readings -> {
            if (socket.get() == s) {
                readings.forEach(this::apply);
            }
        }, failure -> { });
    }

    /**
     * {@code (set! (tcp-no-delay? s1) #t)}, then {@code (tcp-no-delay? s1)} to show what the kernel
     * kept. The future gives the value read back.
     */
    public CompletableFuture<Object> set(OptionRow row, Object value) {
        Socket s = socket.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        SocketOption o = row.option();
        String n = names.nameOf(s);
        CompletableFuture<Void> set = runner.run(SimpleAction.doing("set! " + o.accessor() + " " + n,
                "(set! (" + o.accessor() + " " + n + ") " + EggText.value(value) + ")",
                () -> SocketOptions.set(s, o, value)));
        if (!o.access().readable()) {
            return set.thenApply(x -> null);
        }
        row.setNote("");
        return set.handle((x, e) -> e).thenCompose(e -> readBack(s, row)).whenComplete((back, e) -> {
            if (e == null && socket.get() == s) {
                row.setNote(readBackNote(o, value, back));
            }
        });
    }

    /**
     * What a read-back that differs from what was set means. Linux doubles SO_RCVBUF and SO_SNDBUF on
     * set (socket(7): the extra half is the kernel's bookkeeping overhead), and caps them.
     */
    static String readBackNote(SocketOption o, Object asked, Object back) {
        boolean buffer = o.symbol().equals("so/rcvbuf") || o.symbol().equals("so/sndbuf");
        if (!buffer || !(asked instanceof Integer a) || !(back instanceof Integer b) || a.equals(b)) {
            return "";
        }
        String c = o.symbol().equals("so/rcvbuf") ? "SO_RCVBUF" : "SO_SNDBUF";
        if (b == 2 * a) {
            return "set " + a + ", reads " + b + ": the kernel doubles " + c + " to leave room for its own bookkeeping (socket(7)), "
                    + "and getsockopt gives the doubled size";
        }
        return "set " + a + ", reads " + b + ": the kernel doubles " + c + " and keeps it within its limits "
                + "(net.core." + (c.equals("SO_RCVBUF") ? "rmem" : "wmem") + "_max above, a minimum below)";
    }

    /** {@code (tcp-no-delay? s1)}: reads one option and shows it. */
    public CompletableFuture<Object> readBack(Socket s, OptionRow row) {
        SocketOption o = row.option();
        String n = names.nameOf(s);
        return runner.run(SimpleAction.of(o.accessor() + " " + n, "(" + o.accessor() + " " + n + ")",
                        () -> SocketOptions.get(s, o)))
                .whenComplete((v, e) -> {
                    if (socket.get() != s) {
                        return;
                    }
                    if (v != null) {
                        apply(new OptionReading(o, OptionRow.Availability.READ, v, EggText.value(v), null));
                    } else {
                        // what the row shows after a failed read (unsupported, closed ...) is read off the ui thread too
                        EngineTask.submit(runner.threads(), "read " + o.accessor() + " of " + n,
                                () -> sockbench.ui.async.Housekeeping.call(() -> OptionReading.of(s, o)), r -> {
                                    if (socket.get() == s) {
                                        apply(r);
                                    }
                                }, failure -> { });
                    }
                });
    }

    /** Parses an editor's text into the option's value type; throws IllegalArgumentException. */
    public static Object parse(SocketOption o, String text) {
        String t = text == null ? "" : text.strip();
        if (o.type() == OptionType.BOOLEAN) {
            return switch (t) {
                case "#t", "true", "1" -> Boolean.TRUE;
                case "#f", "false", "0" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("expected #t or #f, got \"" + t + "\"");
            };
        }
        if (o.type() == OptionType.INTEGER) {
            try {
                return t.startsWith("#x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected an integer, got \"" + t + "\"");
            }
        }
        if (o.type() == OptionType.STRING) {
            return t;
        }
        throw new IllegalArgumentException(o.typeName() + " is edited in the struct editor");
    }

    private void apply(OptionReading r) {
        rows.get(r.option()).show(r.availability(), r.value(), r.printed(), r.reason());
    }
}
