package sockbench.ui.options;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.net.Constants;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;
import sockbench.net.StructCodec;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.sockets.SocketNames;

/**
 * The egg's low-level interface: {@code (get-socket-option s level name len)} shown as raw bytes and
 * decoded, and {@code (set-socket-option s level name val)} from an integer, a boolean or hex bytes.
 * Level and name are symbols ({@code sol/socket}) or plain numbers.
 */
public final class LowLevelViewModel {
    /** How the value text is read for set. */
    public enum ValueKind { INTEGER, BOOLEAN, BYTES }

    public static final List<String> LEVELS = List.of("sol/socket", "ipproto/tcp", "ipproto/ip", "ipproto/ipv6", "ipproto/udp");

    private final ActionRunner runner;
    private final SocketNames names;
    private final ObjectProperty<Socket> socket = new SimpleObjectProperty<>();
    private final StringProperty level = new SimpleStringProperty("sol/socket");
    private final StringProperty name = new SimpleStringProperty("so/rcvbuf");
    private final StringProperty length = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<ValueKind> kind = new SimpleObjectProperty<>(ValueKind.INTEGER);
    private final StringProperty resultHex = new SimpleStringProperty("");
    private final StringProperty resultDecoded = new SimpleStringProperty("");
    private final StringProperty lengthProblem = new SimpleStringProperty("");
    private final StringProperty valueProblem = new SimpleStringProperty("");
    private final StringProperty whereProblem = new SimpleStringProperty("");

    public LowLevelViewModel(ActionRunner runner, SocketNames names) {
        this.runner = runner;
        this.names = names;
        // a message goes once the text changes: it was about the old text
        length.addListener(o -> lengthProblem.set(""));
        value.addListener(o -> valueProblem.set(""));
        kind.addListener(o -> valueProblem.set(""));
        level.addListener(o -> whereProblem.set(""));
        name.addListener(o -> whereProblem.set(""));
    }

    /** Why the length field's text is not a length, or "". */
    public ReadOnlyStringProperty lengthProblemProperty() { return lengthProblem; }
    /** Why the value field's text is not a value of the chosen kind, or "". */
    public ReadOnlyStringProperty valueProblemProperty() { return valueProblem; }
    /** Why level or name is neither a constant of this platform nor a number, or "". */
    public ReadOnlyStringProperty whereProblemProperty() { return whereProblem; }

    public ObjectProperty<Socket> socketProperty() { return socket; }
    public StringProperty levelProperty() { return level; }
    public StringProperty nameProperty() { return name; }
    /** Blank: read an integer; a number: read that many bytes. */
    public StringProperty lengthProperty() { return length; }
    public StringProperty valueProperty() { return value; }
    public ObjectProperty<ValueKind> kindProperty() { return kind; }
    /** What get gave: {@code 00 00 03 00}, or the integer. */
    public ReadOnlyStringProperty resultHexProperty() { return resultHex; }
    /** What those bytes mean, when the option is known. */
    public ReadOnlyStringProperty resultDecodedProperty() { return resultDecoded; }

    /** The option names the catalogue knows, for the name chooser. */
    public static List<String> optionSymbols() {
        return OptionCatalogue.all().stream().map(SocketOption::symbol).filter(s -> Constants.value(s).isPresent()).toList();
    }

    public CompletableFuture<Object> get() {
        Socket s = socket.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        String n = names.nameOf(s);
        String lv = level.get().strip();
        String nm = name.get().strip();
        String len = length.get() == null ? "" : length.get().strip();
        Integer l;
        try {
            l = len.isEmpty() || len.equals("#f") ? null : parseInt(len, "length");
            if (l != null && (l < 0 || l > MAX_LENGTH)) {
                throw new IllegalArgumentException("length: " + l + " is not a length from 0 to " + MAX_LENGTH + " bytes");
            }
            resolve(lv, "level");
            resolve(nm, "name");
        } catch (IllegalArgumentException | sockbench.net.NetException e) {
            (e.getMessage().startsWith("length") ? lengthProblem : whereProblem).set(readable(e));
            return CompletableFuture.failedFuture(e);
        }
        String form = "(get-socket-option " + n + " " + lv + " " + nm + (l == null ? "" : " " + l) + ")";
        return runner.run(SimpleAction.of("get-socket-option " + n, form,
                        () -> SocketOptions.getSocketOption(s, resolve(lv, "level"), resolve(nm, "name"), l)))
                .whenComplete((v, e) -> {
                    if (v instanceof byte[] b) {
                        resultHex.set(b.length == 0 ? "(no bytes)" : EggText.spacedHex(b));
                        resultDecoded.set(decode(lv, nm, b));
                    } else if (v != null) {
                        resultHex.set(v.toString());
                        resultDecoded.set("an integer; a flag is on when it is not 0");
                    } else {
                        resultHex.set("");
                        resultDecoded.set("failed: see the transcript");
                    }
                });
    }

    public CompletableFuture<Void> set() {
        Socket s = socket.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        String n = names.nameOf(s);
        String lv = level.get().strip();
        String nm = name.get().strip();
        Object v;
        try {
            resolve(lv, "level");
            resolve(nm, "name");
        } catch (IllegalArgumentException | sockbench.net.NetException e) {
            whereProblem.set(readable(e));
            return CompletableFuture.failedFuture(e);
        }
        try {
            v = parseValue();
        } catch (IllegalArgumentException e) {
            valueProblem.set(readable(e));
            return CompletableFuture.failedFuture(e);
        }
        String form = "(set-socket-option " + n + " " + lv + " " + nm + " " + EggText.value(v) + ")";
        return runner.run(SimpleAction.doing("set-socket-option " + n, form,
                () -> SocketOptions.setSocketOption(s, resolve(lv, "level"), resolve(nm, "name"), v)));
    }

    private Object parseValue() {
        String t = value.get() == null ? "" : value.get().strip();
        return switch (kind.get()) {
            case INTEGER -> parseInt(t, "value");
            case BOOLEAN -> switch (t) {
                case "#t", "true", "1" -> Boolean.TRUE;
                case "#f", "false", "0" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("expected #t or #f, got \"" + t + "\"");
            };
            case BYTES -> {
                try {
                    yield StructEditorViewModel.parseHex(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("value: " + e.getMessage() + " (bytes as hex, like 01 00 00 00)");
                }
            }
        };
    }

    /** A symbol this platform defines, or a number. */
    static int resolve(String text, String what) {
        if (text.matches("-?[0-9]+") || text.startsWith("#x")) {
            return parseInt(text, what);
        }
        return Constants.value(text).orElseThrow(() -> sockbench.net.Errors.badArgument("get-socket-option",
                what + " " + text + " is not a constant of this platform"));
    }

    /** The longest length get asks for. */
    public static final int MAX_LENGTH = 4096;

    private static String readable(RuntimeException e) {
        String m = e.getMessage();
        return m.startsWith("get-socket-option: ") ? m.substring("get-socket-option: ".length()) : m;
    }

    private static int parseInt(String t, String what) {
        try {
            return t.startsWith("#x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": expected an integer, got \"" + t + "\"");
        }
    }

    private static String decode(String lv, String nm, byte[] b) {
        try {
            int l = resolve(lv, "level");
            int n = resolve(nm, "name");
            SocketOption o = OptionCatalogue.byNumber(l, n).orElse(null);
            if (o != null && o.codec() != null) {
                return o.codec().cName() + ": " + o.codec().decode(b);
            }
            if (b.length == 4) {
                return "as a C int: " + StructCodec.nativeBuffer(b).getInt();
            }
        } catch (RuntimeException e) {
            return "raw bytes (" + e.getMessage() + ")";
        }
        return b.length + " raw bytes";
    }
}
