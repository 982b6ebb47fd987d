package sockbench.script;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A mutable Scheme string. Its chars are bytes (0..255), as in CHICKEN: see {@link ByteText}.
 * Equality is identity, as for {@code eq?}; {@code equal?} compares contents.
 *
 * <p>The bytes are kept in an array of exactly the string's length, which the socket bindings
 * send from and receive into without a copy. A char above 0xFF (only {@code integer->char} makes
 * one) turns the string into a wide one, held as chars, which gives its UTF-8 bytes when sent.
 */
public final class MString implements CharSequence {
    private byte[] bytes;
    /** Non-null once a char above 0xFF was stored; then it holds the string and bytes is null. */
    private char[] wide;

    private MString(byte[] bytes) {
        this.bytes = bytes;
    }

    private MString(char[] wide) {
        this.wide = wide;
    }

    /** A string holding this byte text as it is. */
    public static MString of(CharSequence byteText) {
        int n = byteText.length();
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = byteText.charAt(i);
            if (c > 0xFF) {
                char[] chars = new char[n];
                for (int j = 0; j < n; j++) {
                    chars[j] = byteText.charAt(j);
                }
                return new MString(chars);
            }
            b[i] = (byte) c;
        }
        return new MString(b);
    }

    /** A string holding the UTF-8 bytes of Unicode text from Java. */
    public static MString fromJava(String unicode) {
        return new MString(unicode.getBytes(StandardCharsets.UTF_8));
    }

    /** A string of a copy of these bytes. */
    public static MString ofBytes(byte[] bytes) {
        return new MString(bytes.clone());
    }

    /** A string of these bytes from {@code from} to {@code to}, copied. */
    public static MString ofBytes(byte[] bytes, int from, int to) {
        return new MString(Arrays.copyOfRange(bytes, from, to));
    }

    public static MString filled(int length, char fill) {
        if (fill > 0xFF) {
            char[] chars = new char[length];
            Arrays.fill(chars, fill);
            return new MString(chars);
        }
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) fill);
        return new MString(b);
    }

    @Override
    public int length() {
        return wide != null ? wide.length : bytes.length;
    }

    @Override
    public char charAt(int index) {
        return wide != null ? wide[index] : (char) (bytes[index] & 0xFF);
    }

    public void setCharAt(int index, char c) {
        if (wide == null && c <= 0xFF) {
            bytes[index] = (byte) c;
            return;
        }
        if (wide == null) {
            if (index < 0 || index >= bytes.length) {
                throw new StringIndexOutOfBoundsException(index);
            }
            wide = new char[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                wide[i] = (char) (bytes[i] & 0xFF);
            }
            bytes = null;
        }
        wide[index] = c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    /** A copy of the bytes (a wide string's chars above 0xFF as UTF-8). */
    public byte[] toBytes() {
        return wide != null ? ByteText.bytes(new String(wide)) : bytes.clone();
    }

    /**
     * The bytes themselves, shared, for a socket call to send from or receive into at once; null
     * for a wide string, which has none.
     */
    byte[] storage() {
        return bytes;
    }

    /** The contents read as UTF-8, for handing to Java APIs that want text (host names, paths). */
    public String toJavaString() {
        return wide != null ? ByteText.decode(new String(wide)) : new String(bytes, StandardCharsets.UTF_8);
    }

    public boolean contentEquals(MString other) {
        if (wide == null && other.wide == null) {
            return Arrays.equals(bytes, other.bytes);
        }
        return toString().contentEquals(other.toString());
    }

    /** The byte text itself, as {@code display} shows it. */
    @Override
    public String toString() {
        return wide != null ? new String(wide) : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
