package sockbench.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.explore.PayloadLibrary;
import sockbench.net.explore.SavedPayload;

/**
 * The payload library as a {@code .scm} file of {@code payload-define} forms, one per payload, which
 * the console can also load as it is. Importing reads those forms as data and never evaluates them:
 * a library file cannot run code, and anything but a {@code payload-define} of literals is refused
 * with its line.
 * <pre>
 * (payload-define 'hello "GET / HTTP/1.0\r\n\r\n" mode: 'escapes flags: 0 to: (inet-address "127.0.0.1" 8080))
 * </pre>
 */
public final class PayloadForms {
    private PayloadForms() {}

    /** One payload as its form. Bytes above 0x7f or hex mode are written as a blob, so every byte survives. */
    public static String form(SavedPayload p) {
        byte[] d = p.data();
        boolean binary = p.mode().equals("hex");
        for (byte b : d) {
            binary |= (b & 0xff) > 0x7e;
        }
        StringBuilder f = new StringBuilder("(payload-define '").append(Printer.write(Symbol.of(p.name()))).append(' ')
                .append(Printer.write(binary ? new Blob(d) : MString.ofBytes(d)))
                .append(" mode: '").append(p.mode());
        if (p.flags() != 0) {
            f.append(" flags: ").append(Constants.describe("msg", p.flags()));
        }
        if (p.target() != null) {
            f.append(" to: ").append(addressForm(p.target()));
        }
        return f.append(')').toString();
    }

    /** {@code (inet-address "127.0.0.1" 9000)} or {@code (unix-address "/tmp/s")}. */
    public static String addressForm(SockAddr a) {
        if (a.isUnix()) {
            return "(unix-address " + Printer.write(MString.of(a.path())) + ")";
        }
        return "(inet-address " + Printer.write(MString.of(a.address())) + " " + a.port() + ")";
    }

    /** The whole library as a file's text. */
    public static String export(List<SavedPayload> payloads) {
        StringBuilder out = new StringBuilder(";; Sockbench payload library: load it in the console or import it in the Explorer.\n");
        payloads.forEach(p -> out.append(form(p)).append('\n'));
        return out.toString();
    }

    public static void export(List<SavedPayload> payloads, Path path) {
        try {
            Files.writeString(path, export(payloads), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw sockbench.net.Errors.badArgument("payload-export", "cannot write " + path + ": " + e.getMessage());
        }
    }

    /** Reads a library file's payloads; nothing is added when any form is wrong. */
    public static List<SavedPayload> read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw sockbench.net.Errors.badArgument("payload-import", "no such file: " + path);
        } catch (IOException e) {
            throw sockbench.net.Errors.badArgument("payload-import", "cannot read " + path + ": " + e.getMessage());
        }
        return parse(text);
    }

    public static List<SavedPayload> parse(String text) {
        List<SavedPayload> out = new ArrayList<>();
        for (Datum d : SchemeReader.readAll(text)) {
            try {
                out.add(payload(d.value()));
            } catch (RuntimeException e) {
                throw sockbench.net.Errors.badArgument("payload-import", "line " + d.line() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Adds every payload of the file to the library; their count. */
    public static int importInto(PayloadLibrary library, Path path) {
        List<SavedPayload> ps = read(path);
        ps.forEach(library::put);
        return ps.size();
    }

    private static SavedPayload payload(Object form) {
        List<Object> items = form instanceof Pair ? Lists.toJava(form) : List.of();
        if (items.size() < 3 || !Symbol.of("payload-define").equals(items.get(0))) {
            throw new IllegalArgumentException("expected (payload-define 'name data ...), got " + Printer.write(form));
        }
        Object[] args = new Object[items.size() - 1];
        args[0] = unquote(items.get(1));
        for (int i = 2; i < items.size(); i++) {
            Object v = unquote(items.get(i));
            args[i - 1] = v instanceof Pair ? literalAddress(v) : v;
        }
        return define(args, "payload-import");
    }

    /** The payload a {@code payload-define} call stands for: name, data, then mode:, flags:, to:. */
    static SavedPayload define(Object[] a, String procedure) {
        String name = a[0] instanceof Symbol s ? s.name() : Args.string(a[0]).toJavaString();
        byte[] data = Args.bytes(a[1]);
        Map<String, Object> keys = Args.keywords(a, 2);
        String mode = "escapes";
        int flags = 0;
        SockAddr to = null;
        for (Map.Entry<String, Object> k : keys.entrySet()) {
            Object v = k.getValue();
            switch (k.getKey()) {
                case "mode" -> mode = Args.symbol(v).name();
                case "flags" -> flags = v instanceof Symbol s ? Constants.value(s.name()).orElseThrow(
                        () -> sockbench.net.Errors.badArgument(procedure, "unknown flag " + s.name())) : Args.intValue(v);
                case "to" -> to = Boolean.FALSE.equals(v) ? null : sockaddr(v);
                default -> throw sockbench.net.Errors.badArgument(procedure, "unknown keyword " + k.getKey()
                        + ": (payload-define 'name data mode: flags: to:)");
            }
        }
        return new SavedPayload(name, data, mode, flags, to);
    }

    private static SockAddr sockaddr(Object v) {
        if (v instanceof SockAddr s) {
            return s;
        }
        throw Errors.wrongType("sockaddr", v);
    }

    private static Object unquote(Object v) {
        if (v instanceof Pair p && Symbol.of("quote").equals(p.car) && p.cdr instanceof Pair q) {
            return q.car;
        }
        return v;
    }

    private static SockAddr literalAddress(Object v) {
        List<Object> items = Lists.toJava(v);
        Object head = items.get(0);
        if (Symbol.of("inet-address").equals(head) && items.size() == 3) {
            return SockAddr.inet(Args.string(items.get(1)).toJavaString(), Args.intValue(items.get(2)));
        }
        if (Symbol.of("unix-address").equals(head) && items.size() == 2) {
            return SockAddr.unix(Args.string(items.get(1)).toJavaString());
        }
        throw new IllegalArgumentException("only (inet-address \"a\" port) or (unix-address \"path\") may be computed here, not "
                + Printer.write(v));
    }
}
