package sockbench.ui.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sockbench.net.Constants;

/**
 * Every receive call on one socket, and every send this pane made, as blocks: where in the stream
 * each received one starts, how many bytes it got, when, where a datagram came from, the receive
 * flags, and its first bytes for drawing. Written by the receiving and sending threads, read once
 * per pulse by the ui. However much arrives, it keeps a bounded window: at most
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
    static final int PEEK = Constants.value("msg/peek").orElse(0);
    static final int WAITALL = Constants.value("msg/waitall").orElse(0);
    static final int TRUNC = Constants.value("msg/trunc").orElse(0);

    /** What one block stands for. */
    public enum Kind { DATA, END_OF_STREAM, SENT }

    /**
     * One receive call, or one send of this pane.
     *
     * @param index  the block's place in the log, from 1 (receives and sends in one sequence)
     * @param number the receive call's number, or the send's, from 1
     * @param offset where its bytes start in everything this socket received (a receive) or this pane sent
     * @param size   how many bytes the call got or sent
     * @param shown  its first bytes (at most {@link #BLOCK_SHOWN})
     * @param source the datagram's source (or a send-to's destination) as {@code sockaddr->string}, or null
     * @param datagramSize for a datagram, its real size (more than {@code size} when the buffer was
     *                     shorter and the kernel discarded the rest); -1 for a stream's bytes
     * @param flags  the msg/* flags of the call
     * @param asked  the length the receive asked for (0 for a send)
     * @param nanos  {@link System#nanoTime()} when the call returned
     * @param wallMillis the wall clock then
     */
    public record Block(long index, long number, long offset, int size, byte[] shown, String source, Kind kind,
                        int datagramSize, int flags, int asked, long nanos, long wallMillis) {
        /** A datagram: it has a size of its own and no place in a stream. */
        public boolean isDatagram() {
            return datagramSize >= 0;
        }

        /** Bytes of the datagram the receive did not get (the kernel discarded them), or 0. */
        public int discarded() {
            return isDatagram() ? Math.max(0, datagramSize - size) : 0;
        }

        /** A receive with msg/peek: the bytes are still queued; the next receive gets them again. */
        public boolean peeked() {
            return kind != Kind.SENT && PEEK != 0 && (flags & PEEK) != 0;
        }

        /** A stream receive with msg/trunc: Linux took the bytes from the queue without copying them. */
        public boolean discardedByKernel() {
            return kind == Kind.DATA && !isDatagram() && TRUNC != 0 && (flags & TRUNC) != 0;
        }
    }

    /**
     * What the view needs after the block it drew last.
     *
     * @param fresh            blocks after the one asked about, still in the window, oldest first
     * @param firstKept        index of the oldest block in the window (blocks before it are summarized)
     * @param earlierBlocks    how many blocks left the window
     * @param earlierBytes     how many bytes they received or sent
     * @param totalBytes       every byte received, exactly (peeks not counted: they leave the bytes queued)
     * @param totalCalls       every receive call that got bytes or end of stream
     * @param generation       changes when the log is cleared: the view starts over
     */
    public record Window(List<Block> fresh, long firstKept, long earlierBlocks, long earlierBytes, long totalBytes,
                         long totalCalls, long generation) {}

    private final ArrayDeque<Block> kept = new ArrayDeque<>();
    private int keptBytes;
    private long entries;
    private long calls;
    private long bytes;
    private long sends;
    private long sentBytes;
    private long earlierBlocks;
    private long earlierBytes;
    private long generation;

    /** Adds one stream receive call's result; copies at most {@link #BLOCK_SHOWN} bytes. Any thread. */
    public void add(byte[] buffer, int start, int count) {
        received(buffer, start, count, count, null, 0, count);
    }

    /** Adds one datagram: {@code count} bytes received of a datagram of {@code size} bytes. Any thread. */
    public void addDatagram(byte[] buffer, int start, int count, int size, String source) {
        received(buffer, start, count, Math.max(size, count), source == null ? "" : source, TRUNC, count);
    }

    /**
     * One receive call: {@code count} bytes in the buffer; {@code size} the call's answer (a datagram's
     * real size with msg/trunc); a non-null source marks a datagram. Any thread.
     */
    @Override
    public synchronized void received(byte[] buffer, int start, int count, int size, String source, int flags, int asked) {
        boolean datagram = source != null || size != count;
        String from = source == null || source.isEmpty() ? null : source;
        calls++;
        boolean truncatedStream = !datagram && TRUNC != 0 && (flags & TRUNC) != 0;
        // a stream's msg/trunc discards the bytes unread: nothing of the buffer is theirs to show
        int copied = truncatedStream ? 0 : Math.min(count, BLOCK_SHOWN);
        byte[] shown = Arrays.copyOfRange(buffer, start, start + copied);
        append(new Block(++entries, calls, bytes, truncatedStream ? size : count, shown, from, Kind.DATA,
                datagram ? Math.max(size, count) : -1, flags, asked, System.nanoTime(), System.currentTimeMillis()));
        if (PEEK == 0 || (flags & PEEK) == 0) {
            bytes += truncatedStream ? size : count;
        }
    }

    /** The receive call that got 0 bytes on a stream: the peer will send no more. */
    @Override
    public synchronized void endOfStream() {
        calls++;
        append(new Block(++entries, calls, bytes, 0, new byte[0], null, Kind.END_OF_STREAM, -1, 0, 0,
                System.nanoTime(), System.currentTimeMillis()));
    }

    /** One send call of this pane: {@code count} bytes of {@code buffer} from {@code start} went out. Any thread. */
    public synchronized void sent(byte[] buffer, int start, int count, String destination, int flags) {
        sends++;
        byte[] shown = Arrays.copyOfRange(buffer, start, start + Math.min(count, BLOCK_SHOWN));
        append(new Block(++entries, sends, sentBytes, count, shown, destination, Kind.SENT, -1, flags, 0,
                System.nanoTime(), System.currentTimeMillis()));
        sentBytes += count;
    }

    /** The blocks after {@code lastSeen} (0 for all) and the counts, in one consistent read. */
    public synchronized Window since(long lastSeen) {
        List<Block> fresh = new ArrayList<>();
        for (Block b : kept) {
            if (b.index() > lastSeen) {
                fresh.add(b);
            }
        }
        long first = kept.isEmpty() ? entries + 1 : kept.peekFirst().index();
        return new Window(fresh, first, earlierBlocks, earlierBytes, bytes, calls, generation);
    }

    /** Whether blocks were added or the log was cleared since the count and generation given. */
    public synchronized boolean changedSince(long totalEntries, long generation) {
        return entries != totalEntries || this.generation != generation;
    }

    /** Every block ever added, receives and sends. */
    public synchronized long totalEntries() {
        return entries;
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

    private void append(Block b) {
        kept.addLast(b);
        keptBytes += b.shown().length;
        while (kept.size() > WINDOW_BLOCKS || keptBytes > WINDOW_BYTES) {
            Block old = kept.removeFirst();
            keptBytes -= old.shown().length;
            earlierBlocks++;
            earlierBytes += old.size();
        }
    }
}
