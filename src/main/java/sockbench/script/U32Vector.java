package sockbench.script;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A SRFI-4 vector of unsigned 32-bit integers, stored as bytes in the machine's native order so that
 * {@code u32vector->blob/shared} can hand out the very same storage, as C would see it.
 */
public final class U32Vector {
    private final byte[] storage;
    private final ByteBuffer view;

    public U32Vector(int length) {
        this(new byte[length * Integer.BYTES]);
    }

    private U32Vector(byte[] storage) {
        this.storage = storage;
        this.view = ByteBuffer.wrap(storage).order(ByteOrder.nativeOrder());
    }

    /** A vector over these bytes, sharing them ({@code blob->u32vector/shared}); the size must be a multiple of 4. */
    public static U32Vector sharing(byte[] storage) {
        if (storage.length % Integer.BYTES != 0) {
            throw Errors.wrongType("blob whose size is a multiple of 4", new Blob(storage));
        }
        return new U32Vector(storage);
    }

    public int length() {
        return storage.length / Integer.BYTES;
    }

    public long get(int index) {
        return Integer.toUnsignedLong(view.getInt(checked(index)));
    }

    public void set(int index, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw Errors.wrongType("unsigned 32-bit integer", value);
        }
        view.putInt(checked(index), (int) value);
    }

    /** The storage itself, shared with any blob made by {@code u32vector->blob/shared}. */
    public byte[] storage() {
        return storage;
    }

    private int checked(int index) {
        if (index < 0 || index >= length()) {
            throw Errors.outOfRange(index, length());
        }
        return index * Integer.BYTES;
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
