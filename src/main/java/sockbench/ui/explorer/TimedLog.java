package sockbench.ui.explorer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import sockbench.net.explore.Block;
import sockbench.net.explore.BlockLogFormat;

/**
 * The time and filter model for a receive log (the part a receive view needs to show each block's
 * time and to filter; the view itself belongs to the transfer view): blocks in both directions,
 * bounded to the last {@code capacity}, each with its time relative to the first block ever added
 * and its wall-clock time for a tooltip; a filter by direction and by text, matched against the
 * bytes as text and as hex digits. Not thread-safe: fill it on the ui thread from a per-pulse drain.
 */
public final class TimedLog {
    private final int capacity;
    private final Deque<Block> blocks = new ArrayDeque<>();
    private long firstNanos = Long.MIN_VALUE;
    private long dropped;

    public TimedLog(int capacity) {
        this.capacity = capacity;
    }

    public void add(Block b) {
        if (firstNanos == Long.MIN_VALUE) {
            firstNanos = b.nanos();
        }
        blocks.addLast(b);
        if (blocks.size() > capacity) {
            blocks.removeFirst();
            dropped++;
        }
    }

    /** Blocks that left the bounded window. */
    public long dropped() {
        return dropped;
    }

    /** {@code +1.234567 s}: the block's time since the first block. */
    public String relativeTime(Block b) {
        return BlockLogFormat.relative(b.nanos() - firstNanos);
    }

    /** The tooltip: wall-clock time (UTC) and where from or to. */
    public String tooltip(Block b) {
        return BlockLogFormat.wall(b.wallMillis()) + (b.peer() == null || b.peer().isEmpty() ? ""
                : (b.direction() == Block.Direction.IN ? " from " : " to ") + b.peer());
    }

    /**
     * The blocks that pass: of the direction (null: both) and containing {@code text} (empty: any)
     * as bytes or as hex digits ("de ad" or "dead", case ignored).
     */
    public List<Block> filter(Block.Direction direction, String text) {
        String needle = text == null ? "" : text;
        String hexNeedle = needle.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (direction != null && b.direction() != direction) {
                continue;
            }
            if (needle.isEmpty() || new String(b.data(), StandardCharsets.ISO_8859_1).contains(needle)
                    || (!hexNeedle.isEmpty() && HexFormat.of().formatHex(b.data()).contains(hexNeedle))) {
                out.add(b);
            }
        }
        return out;
    }
}
