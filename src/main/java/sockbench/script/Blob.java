package sockbench.script;

import java.util.Arrays;

/** A blob: a mutable run of bytes, printed {@code #${0800ff}}. It may share its array (SRFI-4 "/shared"). */
public final class Blob {
    private final byte[] bytes;

    public Blob(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The bytes themselves, not a copy: writing into them changes the blob. */
    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    public boolean contentEquals(Blob other) {
        return Arrays.equals(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
