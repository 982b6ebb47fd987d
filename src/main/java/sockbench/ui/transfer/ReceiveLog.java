package sockbench.ui.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every receive call on one socket, as blocks: where in the stream each one starts, how many bytes it
 * got, where a datagram came from, and its first bytes for drawing. Written by the receiving thread,
 * read once per pulse by the ui. However much arrives, it keeps a bounded window: at most
 * {@link #WINDOW_BLOCKS} blocks and {@link #WINDOW_BYTES} bytes of their contents; older blocks are
 * only counted. The totals are exact.
 */
public final class ReceiveLog implements sockbench.ui.loops.ReceiveLoop.Sink {
    /** Bytes of one block that are kept for drawing; a longer receive shows its start and its size. */
    public static final int BLOCK_SHOWN = 256;
    /** Bytes of block contents kept in all. */
    public static final int WINDOW_BYTES = 4096;
    /** Blocks kept in all. */
    public static final int WINDOW_BLOCKS = 64;

    /** What one block stands for. */
    public enum Kind { DATA, END_OF_STREAM }

    /**
     * One receive call.
     *
     * @param index  the call's number, from 1
     * @param offset where its bytes start in everything this socket received
     * @param size   how many bytes the call got
     * @param shown  its first bytes (at most {@link #BLOCK_SHOWN})
     * @param source the datagram's source as {@code sockaddr->string}, or null
     * @param datagramSize for a datagram, its real size (more than {@code size} when the buffer was
     *                     shorter and the kernel discarded the rest); -1 for a stream's bytes
     */
    public record Block(long index, long offset, int size, byte[] shown, String source, Kind kind, int datagramSize) {
        /** A datagram: it has a size of its own and no place in a stream. */
        public boolean isDatagram() {
            return datagramSize >= 0;
        }

        /** Bytes of the datagram the receive did not get (the kernel discarded them), or 0. */
        public int discarded() {
            return isDatagram() ? Math.max(0, datagramSize - size) : 0;
        }
    }

    /**
     * What the view needs after the block it drew last.
     *
     * @param fresh            blocks after the one asked about, still in the window, oldest first
     * @param firstKept        index of the oldest block in the window (blocks before it are summarized)
     * @param earlierBlocks    how many blocks left the window
     * @param earlierBytes     how many bytes they received
     * @param totalBytes       every byte received, exactly
     * @param totalCalls       every receive call that got bytes or end of stream
     * @param generation       changes when the log is cleared: the view starts over
     */
    public record Window(List<Block> fresh, long firstKept, long earlierBlocks, long earlierBytes, long totalBytes,
                         long totalCalls, long generation) {}

    private final ArrayDeque<Block> kept = new ArrayDeque<>();
    private int keptBytes;
    private long calls;
    private long bytes;
    private long earlierBlocks;
    private long earlierBytes;
    private long generation;

    /** Adds one stream receive call's result; copies at most {@link #BLOCK_SHOWN} bytes. Any thread. */
    public void add(byte[] buffer, int start, int count) {
        block(buffer, start, count, null, -1);
    }

    /** Adds one datagram: {@code count} bytes received of a datagram of {@code size} bytes. Any thread. */
    public void addDatagram(byte[] buffer, int start, int count, int size, String source) {
        block(buffer, start, count, source, Math.max(size, count));
    }

    @Override
    public void received(byte[] buffer, int start, int count, int size, String source) {
        if (source != null || size != count) {
            addDatagram(buffer, start, count, size, source);
        } else {
            add(buffer, start, count);
        }
    }

    private synchronized void block(byte[] buffer, int start, int count, String source, int datagramSize) {
        calls++;
        byte[] shown = Arrays.copyOfRange(buffer, start, start + Math.min(count, BLOCK_SHOWN));
        kept.addLast(new Block(calls, bytes, count, shown, source, Kind.DATA, datagramSize));
        bytes += count;
        keptBytes += shown.length;
        trim();
    }

    /** The receive call that got 0 bytes on a stream: the peer will send no more. */
    @Override
    public synchronized void endOfStream() {
        calls++;
        kept.addLast(new Block(calls, bytes, 0, new byte[0], null, Kind.END_OF_STREAM, -1));
        trim();
    }

    /** The blocks after {@code lastSeen} (0 for all) and the counts, in one consistent read. */
    public synchronized Window since(long lastSeen) {
        List<Block> fresh = new ArrayList<>();
        for (Block b : kept) {
            if (b.index() > lastSeen) {
                fresh.add(b);
            }
        }
        long first = kept.isEmpty() ? calls + 1 : kept.peekFirst().index();
        return new Window(fresh, first, earlierBlocks, earlierBytes, bytes, calls, generation);
    }

    /** Whether calls were added or the log was cleared since the counts given. */
    public synchronized boolean changedSince(long totalCalls, long generation) {
        return calls != totalCalls || this.generation != generation;
    }

    public synchronized long totalBytes() {
        return bytes;
    }

    public synchronized long totalCalls() {
        return calls;
    }

    /** Forgets the blocks (the view starts empty); the totals stay, they are what the socket received. */
    public synchronized void clear() {
        kept.clear();
        keptBytes = 0;
        earlierBlocks = 0;
        earlierBytes = 0;
        generation++;
    }

    private void trim() {
        while (kept.size() > WINDOW_BLOCKS || keptBytes > WINDOW_BYTES) {
            Block b = kept.removeFirst();
            keptBytes -= b.shown().length;
            earlierBlocks++;
            earlierBytes += b.size();
        }
    }
}
