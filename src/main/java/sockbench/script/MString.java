package sockbench.script;

/**
 * A mutable Scheme string. Its chars are bytes (0..255), as in CHICKEN: see {@link ByteText}.
 * Equality is identity, as for {@code eq?}; {@code equal?} compares contents.
 */
public final class MString implements CharSequence {
    private final StringBuilder chars;

    private MString(StringBuilder chars) {
        this.chars = chars;
    }

    /** A string holding this byte text as it is. */
    public static MString of(CharSequence byteText) {
        return new MString(new StringBuilder(byteText));
    }

    /** A string holding the UTF-8 bytes of Unicode text from Java. */
    public static MString fromJava(String unicode) {
        return of(ByteText.encode(unicode));
    }

    public static MString ofBytes(byte[] bytes) {
        return of(ByteText.of(bytes, 0, bytes.length));
    }

    public static MString filled(int length, char fill) {
        return of(String.valueOf(fill).repeat(length));
    }

    @Override
    public int length() {
        return chars.length();
    }

    @Override
    public char charAt(int index) {
        return chars.charAt(index);
    }

    public void setCharAt(int index, char c) {
        chars.setCharAt(index, c);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return chars.subSequence(start, end);
    }

    public byte[] toBytes() {
        return ByteText.bytes(chars);
    }

    /** The contents read as UTF-8, for handing to Java APIs that want text (host names, paths). */
    public String toJavaString() {
        return ByteText.decode(chars);
    }

    public boolean contentEquals(MString other) {
        return chars.toString().contentEquals(other.chars);
    }

    /** The byte text itself, as {@code display} shows it. */
    @Override
    public String toString() {
        return chars.toString();
    }
}
