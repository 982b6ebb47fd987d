package sockbench.script;

import java.nio.charset.StandardCharsets;

/**
 * Converts between Unicode text (Java strings from files, the window, the engine) and byte text
 * (Java strings whose chars are all 0..255, one per byte: how Scheme strings and source are held).
 */
public final class ByteText {
    private ByteText() {
    }

    /** The UTF-8 bytes of {@code unicode}, one char per byte. */
    public static String encode(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            if (unicode.charAt(i) > 0x7F) {
                return new String(unicode.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return unicode;
    }

    /** Byte text read back as UTF-8 (invalid sequences become U+FFFD). */
    public static String decode(CharSequence bytes) {
        return new String(bytes(bytes), StandardCharsets.UTF_8);
    }

    /** One byte per char; a char above 0xFF (only from {@code integer->char}) gives its UTF-8 bytes. */
    public static byte[] bytes(CharSequence text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return encode(text.toString()).getBytes(StandardCharsets.ISO_8859_1);
            }
            out[i] = (byte) c;
        }
        return out;
    }

    /** Bytes as byte text. */
    public static String of(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
