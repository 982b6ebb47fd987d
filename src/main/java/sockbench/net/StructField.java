package sockbench.net;

/**
 * One field of a C struct as the kernel sees it, for drawing the bytes: {@code l_linger} at offset 4,
 * 4 bytes, host byte order.
 *
 * @param cType     the C type ({@code int}, {@code struct in_addr})
 * @param networkOrder true for addresses and ports (big-endian), false for host-order integers
 */
public record StructField(String name, String cType, int offset, int size, boolean networkOrder) {

    /** "host (little-endian)" or "network (big-endian)". */
    public String byteOrder() {
        return networkOrder ? "network (big-endian)"
                : java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "host (little-endian)" : "host (big-endian)";
    }
}
