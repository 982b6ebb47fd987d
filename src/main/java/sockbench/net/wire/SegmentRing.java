package sockbench.net.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last N segments of a capture. One thread (the capture's) adds; any thread reads without a lock:
 * a reader takes the count, then the slots, and skips a slot the writer has already overwritten.
 */
public final class SegmentRing {
    private final AtomicReferenceArray<Segment> slots;
    private volatile long added;

    public SegmentRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a ring needs room for at least one segment, not " + capacity);
        }
        slots = new AtomicReferenceArray<>(capacity);
    }

    public int capacity() {
        return slots.length();
    }

    /** Segments ever added. */
    public long added() {
        return added;
    }

    /** Segments that left the ring to make room. */
    public long evicted() {
        return Math.max(0, added - slots.length());
    }

    /** Adds a segment whose index is {@link #added()}; the capture thread only. */
    void add(Segment s) {
        long i = added;
        slots.set((int) (i % slots.length()), s);
        added = i + 1;
    }

    /** The segments kept, oldest first. */
    public List<Segment> snapshot() {
        return since(0);
    }

    /** The segments kept whose index is at least {@code from}, oldest first. */
    public List<Segment> since(long from) {
        long end = added;
        long start = Math.max(from, end - slots.length());
        List<Segment> out = new ArrayList<>((int) Math.max(0, end - start));
        for (long i = start; i < end; i++) {
            Segment s = slots.get((int) (i % slots.length()));
            if (s != null && s.index() == i) {
                out.add(s);
            }
        }
        return out;
    }
}
