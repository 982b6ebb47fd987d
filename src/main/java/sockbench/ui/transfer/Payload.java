package sockbench.ui.transfer;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import sockbench.ui.action.EggText;

/**
 * What the composer's text means as bytes. Strings are bytes in the egg (ISO-8859-1), so every byte
 * value can be typed: as plain text, as text with escapes ({@code \r\n}, {@code \t}, {@code \0},
 * {@code \xHH}, {@code \\}), or as hex digits (spaces, colons and {@code 0x} ignored).
 */
public final class Payload {
    private static final HexFormat HEX = HexFormat.of();

    /** How the composer's text is read. */
    public enum Encoding {
        TEXT("text"), ESCAPES("escapes"), HEX("hex");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private Payload() {}

    /** The bytes the text denotes; a clear {@link IllegalArgumentException} when it denotes none. */
    public static byte[] parse(String text, Encoding encoding) {
        String t = text == null ? "" : text;
        return switch (encoding) {
            case TEXT -> latin1(t);
            case ESCAPES -> unescape(t);
            case HEX -> hex(t);
        };
    }

    /** The bytes as a literal the console reads back: a string when they are text, else a blob. */
    public static String literal(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c < 32 && c != '\r' && c != '\n' && c != '\t') || c >= 127) {
                return EggText.blob(bytes);
            }
        }
        return EggText.string(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A character as the receive view shows it: printable ASCII as itself, everything else a dot. */
    public static char printable(byte b) {
        int c = b & 0xff;
        return c >= 32 && c < 127 ? (char) c : '.';
    }

    private static byte[] latin1(String t) {
        byte[] out = new byte[t.length()];
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > 0xff) {
                throw new IllegalArgumentException("'" + c + "' at " + i + " is not one byte (ISO-8859-1); use escapes or hex");
            }
            out[i] = (byte) c;
        }
        return out;
    }

    private static byte[] unescape(String t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '\\') {
                if (c > 0xff) {
                    throw new IllegalArgumentException("'" + c + "' at " + i + " is not one byte (ISO-8859-1)");
                }
                out.write(c);
                continue;
            }
            if (i + 1 >= t.length()) {
                throw new IllegalArgumentException("a lone \\ at the end: write \\\\ for a backslash");
            }
            char e = t.charAt(++i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '0' -> out.write(0);
                case 'a' -> out.write(7);
                case 'e' -> out.write(27);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x' -> {
                    int end = i + 1;
                    while (end < t.length() && end < i + 3 && Character.digit(t.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i + 1) {
                        throw new IllegalArgumentException("\\x at " + (i - 1) + " needs one or two hex digits");
                    }
                    out.write(Integer.parseInt(t.substring(i + 1, end), 16));
                    i = end - 1;
                    if (i + 1 < t.length() && t.charAt(i + 1) == ';') {
                        i++; // CHICKEN's \x41; form
                    }
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " at " + (i - 1)
                        + " (known: \\r \\n \\t \\0 \\xHH \\\\)");
            }
        }
        return out.toByteArray();
    }

    private static byte[] hex(String t) {
        String digits = t.replaceAll("0[xX]", "").replaceAll("[\\s:,]", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("an odd number of hex digits (" + digits.length() + "): every byte is two");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("'" + digits.charAt(i) + "' is not a hex digit");
            }
        }
        return HEX.parseHex(digits);
    }
}
