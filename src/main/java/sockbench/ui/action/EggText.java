package sockbench.ui.action;

import java.util.HexFormat;
import java.util.List;
import sockbench.net.Constants;

/** Writes Java values as the console reads and prints them: {@code "text"}, {@code #t}, {@code #${0100}}. */
public final class EggText {
    private static final HexFormat HEX = HexFormat.of();

    private EggText() {}

    /** A string literal with CHICKEN's escapes. */
    public static String string(String s) {
        if (s == null) {
            return "#f";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 32 || c == 127) {
                        b.append("\\x").append(Integer.toHexString(c)).append(';');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    public static String bool(boolean b) {
        return b ? "#t" : "#f";
    }

    /** A blob literal: {@code #${0100000064000000}}. */
    public static String blob(byte[] bytes) {
        return "#${" + HEX.formatHex(bytes) + "}";
    }

    /** Bytes for people: {@code 01 00 00 00 64 00 00 00}. */
    public static String spacedHex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            b.append(i == 0 ? "" : " ").append(HEX.toHexDigits(bytes[i]));
        }
        return b.toString();
    }

    /** A value as the console prints it: booleans, strings quoted, blobs, #f for null, else its printed form. */
    public static String value(Object v) {
        if (v == null) {
            return "#f";
        }
        if (v instanceof Boolean b) {
            return bool(b);
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof byte[] bytes) {
            return blob(bytes);
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : " ").append(value(list.get(i)));
            }
            return b.append(')').toString();
        }
        return v.toString();
    }

    /** A port or service argument: a number as a number, other text quoted, empty as #f. */
    public static String portOrService(String text) {
        if (text == null || text.isBlank()) {
            return "#f";
        }
        String t = text.strip();
        return t.matches("[0-9]{1,9}") ? t : string(t);
    }

    /** The argument value of a port or service field: Integer, String or null. */
    public static Object portOrServiceValue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.matches("[0-9]{1,9}") ? (Object) Integer.valueOf(t) : t;
    }

    /** A node or address field: empty is #f. */
    public static String optionalString(String text) {
        return text == null || text.isBlank() ? "#f" : string(text.strip());
    }

    /** Flags as the spec combines them: 0, one symbol, or {@code (bitwise-ior a b)}. */
    public static String flags(List<String> symbols) {
        if (symbols.isEmpty()) {
            return "0";
        }
        if (symbols.size() == 1) {
            return symbols.get(0);
        }
        return "(bitwise-ior " + String.join(" ", symbols) + ")";
    }

    /** A constant's symbol when this platform names the value in that group, else the number. */
    public static String constant(String prefix, int value) {
        return Constants.describe(prefix, value);
    }
}
