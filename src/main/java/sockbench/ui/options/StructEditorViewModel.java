package sockbench.ui.options;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.Constants;
import sockbench.net.OptionCatalogue;
import sockbench.net.OptionType;
import sockbench.net.Socket;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;
import sockbench.net.StructCodec;
import sockbench.net.StructField;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;
import sockbench.ui.sockets.SocketNames;

/**
 * The struct editor ({@code struct linger} first): the typed fields and the struct's bytes, field by
 * field with offsets, each side editing the other; apply sends the bytes with
 * {@code set-socket-option} and reads them back with {@code get-socket-option}.
 */
public final class StructEditorViewModel {
    /** The struct options that can be written, in catalogue order ({@code so-linger} first). */
    public static final List<SocketOption> OPTIONS = OptionCatalogue.all().stream()
            .filter(o -> o.type() == OptionType.STRUCT && o.codec().canEncode() && o.isDefined()).toList();

    private final ActionRunner runner;
    private final SocketNames names;
    private final ObjectProperty<Socket> socket = new SimpleObjectProperty<>();
    private final ObjectProperty<SocketOption> option = new SimpleObjectProperty<>();
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final javafx.beans.property.SimpleStringProperty problem = new javafx.beans.property.SimpleStringProperty("");
    private final ObservableList<ByteCell> cells = FXCollections.observableArrayList();
    private final StringProperty hex = new SimpleStringProperty("");
    private final StringProperty decoded = new SimpleStringProperty("");
    private final StringProperty readBack = new SimpleStringProperty("");
    private final StringProperty readBackDecoded = new SimpleStringProperty("");
    private byte[] bytes = new byte[0];
    private boolean updating;

    public StructEditorViewModel(ActionRunner runner, SocketNames names) {
        this.runner = runner;
        this.names = names;
        option.addListener((o, old, now) -> rebuild());
        socket.addListener((o, old, now) -> {
            readBack.set("");
            readBackDecoded.set("");
        });
        option.set(OPTIONS.get(0));
    }

    public ObjectProperty<Socket> socketProperty() { return socket; }
    /** Which struct option is edited. */
    public ObjectProperty<SocketOption> optionProperty() { return option; }
    public ObservableList<FieldModel> fields() { return fields; }
    public ObservableList<ByteCell> cells() { return cells; }
    /** The bytes as {@code 01 00 00 00 64 00 00 00}. */
    public ReadOnlyStringProperty hexProperty() { return hex; }
    /** What the codec reads in the bytes: {@code (#t 100)}, or why it cannot. */
    public ReadOnlyStringProperty decodedProperty() { return decoded; }
    /** The bytes the kernel gave back after apply (or load), spaced hex; empty before. */
    public ReadOnlyStringProperty readBackProperty() { return readBack; }
    public ReadOnlyStringProperty readBackDecodedProperty() { return readBackDecoded; }

    public StructCodec<?> codec() { return option.get().codec(); }

    public byte[] bytes() { return bytes.clone(); }

    /** Replaces all bytes (the hex line's editor). */
    public void setHex(String text) {
        byte[] b = parseHex(text);
        if (b.length != bytes.length) {
            throw new IllegalArgumentException(codec().cName() + " has " + bytes.length + " bytes, got " + b.length);
        }
        setBytes(b, null, null);
    }

    /** The first field's or byte's problem, or "": while there is one, apply refuses. */
    public ReadOnlyStringProperty problemProperty() { return problem; }

    private String firstProblem() {
        for (FieldModel m : fields) {
            if (!m.problemProperty().get().isEmpty()) {
                return m.problemProperty().get();
            }
        }
        for (ByteCell c : cells) {
            if (!c.problemProperty().get().isEmpty()) {
                return c.problemProperty().get();
            }
        }
        return "";
    }

    /** Applies the bytes to the selected socket, then reads them back from the kernel. */
    public CompletableFuture<byte[]> apply() {
        Socket s = socket.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        if (!problem.get().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.get()));
        }
        SocketOption o = option.get();
        byte[] value = bytes.clone();
        String n = names.nameOf(s);
        CompletableFuture<Void> set = runner.run(SimpleAction.doing("set-socket-option " + n,
                "(set-socket-option " + n + " " + o.level() + " " + o.symbol() + " " + EggText.blob(value) + ")",
                () -> SocketOptions.setSocketOption(s, level(o), number(o), value)));
        if (!o.access().readable()) {
            return set.thenApply(x -> {
                readBack.set("");
                readBackDecoded.set("write-only: the kernel gives nothing back");
                return null;
            });
        }
        return set.thenCompose(x -> read(false));
    }

    /** Reads the kernel's current value into the editor. */
    public CompletableFuture<byte[]> load() {
        return read(true);
    }

    private CompletableFuture<byte[]> read(boolean intoEditor) {
        Socket s = socket.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no socket selected"));
        }
        SocketOption o = option.get();
        String n = names.nameOf(s);
        int size = o.codec().size();
        return runner.run(SimpleAction.of("get-socket-option " + n,
                        "(get-socket-option " + n + " " + o.level() + " " + o.symbol() + " " + size + ")",
                        () -> (byte[]) SocketOptions.getSocketOption(s, level(o), number(o), size))
                        .printing(b -> EggText.blob(b) + "   ; " + describe(o.codec(), b)))
                .thenApply(b -> {
                    if (option.get() == o) {
                        readBack.set(EggText.spacedHex(b));
                        readBackDecoded.set(describe(o.codec(), b));
                        if (intoEditor && b.length == bytes.length) {
                            setBytes(b, null, null);
                        }
                    }
                    return b;
                });
    }

    private void rebuild() {
        StructCodec<?> codec = codec();
        List<StructField> layout = codec.layout();
        updating = true;
        try {
            // the fields go first and come back last, all at once: whoever draws a field over its bytes
            // on a change of the fields finds those bytes there
            fields.clear();
            List<ByteCell> newCells = new java.util.ArrayList<>();
            for (int i = 0; i < codec.size(); i++) {
                ByteCell c = new ByteCell(i, owner(layout, i));
                c.hexProperty().addListener((o, old, now) -> byteEdited(c, now));
                newCells.add(c);
            }
            cells.setAll(newCells);
            List<FieldModel> newFields = new java.util.ArrayList<>();
            for (StructField f : layout) {
                FieldModel m = new FieldModel(f);
                m.textProperty().addListener((o, old, now) -> fieldEdited(m, now));
                newFields.add(m);
            }
            fields.setAll(newFields);
        } finally {
            updating = false;
        }
        readBack.set("");
        readBackDecoded.set("");
        setBytes(new byte[codec.size()], null, null);
    }

    private void fieldEdited(FieldModel m, String text) {
        if (updating) {
            return;
        }
        try {
            byte[] b = FieldText.write(bytes, m.field(), text);
            m.setProblem(null);
            setBytes(b, m, null);
        } catch (IllegalArgumentException e) {
            m.setProblem(e.getMessage());
        }
        problem.set(firstProblem());
    }

    private void byteEdited(ByteCell c, String text) {
        if (updating) {
            return;
        }
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9a-fA-F]{1,2}")) {
            // not taken: the bytes keep their value, and the box says so until it holds a byte again
            c.setProblem("byte +" + c.offset() + ": \"" + sockbench.ui.workbench.Fields.shorten(t)
                    + "\" is not a byte; type two hex digits, 00 to ff");
            problem.set(c.problemProperty().get());
            return;
        }
        c.setProblem(null);
        problem.set(firstProblem());
        byte[] b = bytes.clone();
        b[c.offset()] = (byte) Integer.parseInt(t, 16);
        setBytes(b, null, c);
    }

    /** The one place bytes change: every view of them follows, except the one being typed in. */
    private void setBytes(byte[] b, FieldModel fromField, ByteCell fromCell) {
        bytes = b;
        updating = true;
        try {
            for (ByteCell c : cells) {
                if (c != fromCell) {
                    c.hexProperty().set(HexFormat.of().toHexDigits(b[c.offset()]));
                    c.setProblem(null);
                }
            }
            for (FieldModel m : fields) {
                if (m != fromField) {
                    m.textProperty().set(FieldText.read(b, m.field()));
                    m.setProblem(null);
                }
            }
        } finally {
            updating = false;
        }
        hex.set(EggText.spacedHex(b));
        decoded.set(describe(codec(), b));
        problem.set(firstProblem());
    }

    private static String describe(StructCodec<?> codec, byte[] b) {
        try {
            return codec.decode(b).toString();
        } catch (RuntimeException e) {
            return "not a valid " + codec.cName() + ": " + e.getMessage();
        }
    }

    private static int owner(List<StructField> layout, int offset) {
        for (int i = 0; i < layout.size(); i++) {
            StructField f = layout.get(i);
            if (offset >= f.offset() && offset < f.offset() + f.size()) {
                return i;
            }
        }
        return -1;
    }

    static byte[] parseHex(String text) {
        String t = text == null ? "" : text.replaceAll("[\\s:]", "");
        if (t.startsWith("#${") && t.endsWith("}")) {
            t = t.substring(3, t.length() - 1);
        }
        if (t.length() % 2 != 0 || !t.matches("[0-9a-fA-F]*")) {
            throw new IllegalArgumentException("expected pairs of hex digits, got \"" + text + "\"");
        }
        return HexFormat.of().parseHex(t);
    }

    private static int level(SocketOption o) {
        return Constants.require(o.level());
    }

    private static int number(SocketOption o) {
        return Constants.require(o.symbol());
    }
}
