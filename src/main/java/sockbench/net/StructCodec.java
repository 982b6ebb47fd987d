package sockbench.net;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Encodes a typed option value into the exact bytes of its C struct, decodes them back (rejecting a
 * wrong size), and describes the layout so the workbench can draw each field over its bytes.
 */
public interface StructCodec<T> {

    /** The C name: {@code struct linger}. */
    String cName();

    /** The struct's size on this platform. */
    int size();

    /** The fields in order, with offsets and sizes. */
    List<StructField> layout();

    /** The Java type of decoded values. */
    Class<T> valueType();

    /** The bytes the kernel gets for a value. */
    byte[] encode(T value);

    /** The value in bytes the kernel returned; a wrong size raises a clear error. */
    T decode(byte[] bytes);

    /** Whether {@link #encode} exists (tcp_info is read-only). */
    default boolean canEncode() {
        return true;
    }

    /** A little-endian-or-native buffer over the bytes, the order C reads them in. */
    static ByteBuffer nativeBuffer(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
    }

    /** Raises unless {@code bytes} has exactly {@code expected} bytes. */
    static void checkSize(String cName, byte[] bytes, int expected) {
        if (bytes == null || bytes.length != expected) {
            throw Errors.badArgument(cName, "expected " + expected + " bytes, got "
                    + (bytes == null ? "none" : bytes.length));
        }
    }
}
