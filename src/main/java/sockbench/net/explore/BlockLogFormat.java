package sockbench.net.explore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The receive log as hex text, one block after another, each under a header line with its number,
 * size, time (relative to the first block, then UTC wall-clock) and source; then the bytes as a hex
 * dump of 16 per line with their offset and the printable ones as text:
 * <pre>
 * # block 1  received  5 bytes  +0.000000 s  2026-12-01T20:53:36.123Z  from 127.0.0.1:40000
 * 0000  68 65 6c 6c 6f                                   hello
 * </pre>
 */
public final class BlockLogFormat {
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private BlockLogFormat() {}

    /** The header line of a block; {@code firstNanos} is the first block's time. */
    public static String header(Block b, long firstNanos) {
        return String.format(Locale.ROOT, "# block %d  %s  %d bytes  %s  %s%s", b.number(), b.direction().word(),
                b.data().length, relative(b.nanos() - firstNanos), wall(b.wallMillis()),
                b.peer() == null || b.peer().isEmpty() ? "" : (b.direction() == Block.Direction.IN ? "  from " : "  to ") + b.peer());
    }

    /** {@code +1.234567 s}: seconds since the first block, to the microsecond. */
    public static String relative(long nanos) {
        return String.format(Locale.ROOT, "+%d.%06d s", nanos / 1_000_000_000L, (nanos % 1_000_000_000L) / 1000);
    }

    /** {@code 2026-12-01T20:53:36.123Z}. */
    public static String wall(long millis) {
        return WALL.format(Instant.ofEpochMilli(millis));
    }

    /** A block as header and hex dump, each line ending in a newline. */
    public static String format(Block b, long firstNanos) {
        StringBuilder out = new StringBuilder(header(b, firstNanos)).append('\n');
        byte[] d = b.data();
        for (int off = 0; off < d.length; off += 16) {
            StringBuilder hex = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int i = off; i < Math.min(off + 16, d.length); i++) {
                int v = d[i] & 0xff;
                hex.append(String.format(Locale.ROOT, "%02x ", v));
                text.append(v >= 32 && v < 127 ? (char) v : '.');
            }
            out.append(String.format(Locale.ROOT, "%04x  %-48s %s\n", off, hex, text));
        }
        return out.toString();
    }
}
