package sockbench.net;

import com.sun.jna.Pointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import sockbench.net.libc.TpacketV3;

/**
 * An {@code af/packet} socket's receive ring, TPACKET_V3 (packet(7), "PACKET_MMAP"), as libpcap and
 * tcpdump read one: the kernel writes each frame's kept bytes, lengths, time and {@code sockaddr_ll}
 * straight into memory this process has mapped, in blocks it hands over when full or after
 * {@code retireMillis}; the reader walks a block's frames and hands it back. No system call per frame:
 * one poll per block, and only when none is ready.
 *
 * <p>Each frame takes its kept bytes and about 80 bytes of header in the ring, so a ring of a few MiB
 * holds tens of thousands of them, where a socket's receive queue charges each frame's whole buffer.
 *
 * <p>One thread reads; {@link #close} unmaps and must come from that thread, or after it has ended:
 * the memory is gone after it.
 */
public final class PacketRing implements AutoCloseable {
    /**
     * The smallest block, a whole number of pages. Each full block wakes the reader, so small blocks cost
     * wakes (64 KiB slowed a loopback bulk transfer by 1.28, against 1.08 with 256 KiB); but the kernel
     * hands a block over after its timeout however little it holds, so with few big blocks the ring holds
     * only blocks times timeout of a steady stream (1 MiB blocks lost frames when the reader was late).
     */
    private static final int MIN_BLOCK_SIZE = 256 << 10;
    private static final int TP_STATUS_KERNEL = 0;
    private static final int TP_STATUS_USER = (int) Constants.internal("TP_STATUS_USER");
    /** Aligned int access to the shared block status, with the ordering the kernel's barriers pair with. */
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

    /** What the reader does with each frame; its kept bytes are in {@code buf}[0, captured). */
    @FunctionalInterface
    public interface FrameReader {
        void frame(LinkFrame frame, byte[] buf);
    }

    private final Socket socket;
    private final Pointer mapping;
    private final long length;
    private final ByteBuffer ring;
    private final int blocks;
    private final int blockSize;
    private int current;
    private boolean closed;

    private PacketRing(Socket socket, Pointer mapping, long length, int blocks, int blockSize) {
        this.socket = socket;
        this.mapping = mapping;
        this.length = length;
        this.blocks = blocks;
        this.blockSize = blockSize;
        this.ring = mapping.getByteBuffer(0, length).order(ByteOrder.nativeOrder());
    }

    /**
     * Turns {@code socket}'s receiving into a ring of about {@code bytes} (at least two blocks, each a
     * power of two that holds a frame of {@code snapLength} bytes): PACKET_VERSION TPACKET_V3,
     * PACKET_RX_RING, then mmap. Before the bind, so no frame goes to the old queue.
     */
    public static PacketRing attach(Socket socket, long bytes, int snapLength, int retireMillis) {
        if (socket.family() != Constants.require("af/packet")) {
            throw Errors.badArgument("packet-ring", socket + " is not an af/packet socket");
        }
        if (retireMillis < 1 || retireMillis > 1000) {
            throw Errors.badArgument("packet-ring", "block timeout " + retireMillis + " ms is outside 1..1000");
        }
        if (snapLength < 1 || snapLength > 1 << 24) {
            throw Errors.badArgument("packet-ring", "snap length " + snapLength + " is outside 1..16 MiB");
        }
        int blockSize = Math.max(MIN_BLOCK_SIZE, Integer.highestOneBit(snapLength + TpacketV3.FRAME_MIN + 64) << 1);
        int blocks = (int) Math.max(2, Math.min(4096, bytes / blockSize));
        int frameSize = 2048; // V3 frames take what they need; the request still counts slots of this size
        ByteBuffer req = ByteBuffer.allocate(TpacketV3.REQ_SIZE).order(ByteOrder.nativeOrder());
        req.putInt(TpacketV3.REQ_BLOCK_SIZE, blockSize).putInt(TpacketV3.REQ_BLOCK_NR, blocks)
                .putInt(TpacketV3.REQ_FRAME_SIZE, frameSize).putInt(TpacketV3.REQ_FRAME_NR, blocks * (blockSize / frameSize))
                .putInt(TpacketV3.REQ_RETIRE_BLK_TOV, retireMillis);
        ByteBuffer version = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(0, (int) Constants.internal("TPACKET_V3"));
        int level = Constants.require("sol/packet");
        long length = (long) blocks * blockSize;
        int fd = socket.enter("packet-ring");
        try {
            check(Sys.setsockopt(fd, level, (int) Constants.internal("PACKET_VERSION"), version.array(), "PACKET_VERSION"));
            check(Sys.setsockopt(fd, level, (int) Constants.internal("PACKET_RX_RING"), req.array(), "PACKET_RX_RING"));
            return new PacketRing(socket, Sys.mmapRing(fd, length), length, blocks, blockSize);
        } catch (NetException e) {
            throw e.at("packet-ring");
        } finally {
            socket.leave();
        }
    }

    private static void check(int r) {
        if (r < 0) {
            throw Errors.syscall("setsockopt", -r);
        }
    }

    /** How many blocks the ring has. */
    public int blocks() {
        return blocks;
    }

    /**
     * Waits until the kernel has handed over a block: true; false when {@code timeoutMillis} passed
     * first (null: no limit). A close of the socket or the thread's interrupt ends the wait as any
     * engine wait ends ("socket closed", cancelled).
     */
    public boolean await(Integer timeoutMillis) {
        if (ready()) {
            return true;
        }
        try {
            socket.awaitReceivable("packet-ring", timeoutMillis);
            return true;
        } catch (NetException e) {
            if (e.is("timeout")) {
                return false;
            }
            throw e;
        }
    }

    private boolean ready() {
        return ((int) INT.getAcquire(ring, blockStart(current) + TpacketV3.BLOCK_STATUS) & TP_STATUS_USER) != 0;
    }

    /**
     * Whether the kernel is filling the next block to read, with a frame in it already: it hands it over
     * by the timeout at the latest. (After the kernel froze a full ring, a block handed back still shows
     * its old count until the next frame: then this answers true for a while too soon.)
     */
    public boolean filling() {
        int block = blockStart(current);
        return !ready() && (int) INT.getAcquire(ring, block + TpacketV3.BLOCK_NUM_PKTS) > 0;
    }

    private int blockStart(int block) {
        return block * blockSize;
    }

    /**
     * Reads every block the kernel has handed over, in order, giving each of their frames to
     * {@code reader} (its kept bytes copied into {@code buf}, cut to its length), and hands each block
     * back. Never waits. The number of frames read.
     */
    public int take(FrameReader reader, byte[] buf) {
        if (closed) {
            throw Errors.closed("packet-ring");
        }
        int taken = 0;
        while (ready()) {
            int block = blockStart(current);
            int frames = ring.getInt(block + TpacketV3.BLOCK_NUM_PKTS);
            int at = block + ring.getInt(block + TpacketV3.BLOCK_OFFSET_TO_FIRST_PKT);
            for (int i = 0; i < frames; i++) {
                int snap = ring.getInt(at + TpacketV3.FRAME_SNAPLEN);
                int kept = Math.min(snap, buf.length);
                ring.get(at + (ring.getShort(at + TpacketV3.FRAME_MAC) & 0xffff), buf, 0, kept);
                long realtime = Integer.toUnsignedLong(ring.getInt(at + TpacketV3.FRAME_SEC)) * 1_000_000_000L
                        + Integer.toUnsignedLong(ring.getInt(at + TpacketV3.FRAME_NSEC));
                reader.frame(new LinkFrame(kept, ring.getInt(at + TpacketV3.FRAME_LEN), ring.getInt(at + TpacketV3.SLL_IFINDEX),
                        ring.get(at + TpacketV3.SLL_PKTTYPE) & 0xff, realtime), buf);
                at += ring.getInt(at + TpacketV3.FRAME_NEXT_OFFSET);
                taken++;
            }
            INT.setRelease(ring, block + TpacketV3.BLOCK_STATUS, TP_STATUS_KERNEL);
            current = (current + 1) % blocks;
        }
        return taken;
    }

    /** Unmaps the ring (once); from the reading thread, or after it has ended. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Sys.munmap(socket.fileno(), mapping, length);
        }
    }
}
