package sockbench.net.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import sockbench.net.Constants;
import sockbench.net.LinkFrame;
import sockbench.net.LinkLayer;
import sockbench.net.NetException;
import sockbench.net.PacketRing;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;

/**
 * Captures the segments of this process's own sockets on loopback through the engine's own raw socket:
 * {@code (socket af/packet sock/raw (htons eth-p/all))} bound to {@code lo}, an ordinary engine socket
 * that shows in the syscall trace. The kernel writes the frames into a mapped ring ({@link PacketRing},
 * TPACKET_V3, as tcpdump reads), so a frame costs no system call. Its daemon thread reads each frame, keeps one copy of each
 * segment (loopback shows every frame twice, outgoing then incoming: the {@code packet/host} copy is
 * kept, by the frame's sll_pkttype; {@code PACKET_IGNORE_OUTGOING} spares the kernel cloning the other
 * for us, and a BPF filter drops it where that option is unknown), parses it, keeps it if our port filter claims it, numbers it relative to each side's ISN,
 * and puts it in the ring and to the listeners.
 */
public final class Capture implements AutoCloseable {
    /** Loopback's incoming copy of each frame: the one kept (the outgoing copy is not even handed over). */
    private static final int PACKET_HOST = Constants.require("packet/host");

    /** Opens the capture socket; a seam so the no-privilege path can be tested as root too. */
    @FunctionalInterface
    public interface Opener {
        Socket open();
    }

    /** The real one: {@code socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))}. */
    public static final Opener PACKET_SOCKET = () -> Socket.create(Constants.require("af/packet"),
            Constants.require("sock/raw"), LinkLayer.htons(Constants.require("eth-p/all")));

    private final CaptureOptions options;
    private final Socket socket;
    private final PacketRing frameRing;
    private final int ifindex;
    private final OurSockets ours;
    private final SegmentRing ring;
    private final Conversations conversations = new Conversations();
    private final List<Consumer<Segment>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread thread;
    /** CLOCK_REALTIME minus {@link System#nanoTime()}, to put the kernel's frame times on the trace's clock. */
    private final long realtimeMinusNano = realtimeMinusNano();
    private final Object statisticsLock = new Object();
    private PacketStatistics statistics = new PacketStatistics(0, 0);
    private volatile long frames;
    private volatile long duplicates;
    private volatile long others;
    private volatile NetException failure;

    private Capture(CaptureOptions options, Socket socket, PacketRing frameRing, OurSockets ours) {
        this.options = options;
        this.socket = socket;
        this.frameRing = frameRing;
        this.ours = ours;
        this.ring = new SegmentRing(options.ringCapacity());
        this.ifindex = LinkLayer.interfaceIndex(options.interfaceName());
        this.thread = new Thread(this::run, "wire-capture");
        thread.setDaemon(true);
    }

    /** Starts capturing with the real packet socket. */
    public static Capture start(CaptureOptions options) {
        return start(options, PACKET_SOCKET);
    }

    /**
     * Starts capturing: opens the socket, sizes its buffer, binds it to the interface, starts the thread.
     * A refusal for lack of privilege is a {@link CaptureNotPermitted}; any other failure a NetException.
     */
    public static Capture start(CaptureOptions options, Opener opener) {
        Socket socket;
        try {
            socket = opener.open();
        } catch (NetException e) {
            if ("EPERM".equals(e.errnoSymbol()) || "EACCES".equals(e.errnoSymbol())) {
                throw new CaptureNotPermitted(e);
            }
            throw e;
        }
        OurSockets ours = null;
        PacketRing frameRing = null;
        try {
            // Before the bind: no outgoing copy reaches the ring at all. The check in take() stays the rule.
            LinkLayer.ignoreOutgoing(socket);
            LinkLayer.keepOnly(socket, PACKET_HOST, options.snapLength());
            frameRing = PacketRing.attach(socket, options.frameRing(), options.snapLength(), options.blockTimeout());
            LinkLayer.bind(socket, options.interfaceName(), Constants.require("eth-p/all"));
            ours = new OurSockets();
            Capture c = new Capture(options, socket, frameRing, ours);
            c.thread.start();
            return c;
        } catch (RuntimeException e) {
            if (ours != null) {
                ours.close();
            }
            if (frameRing != null) {
                frameRing.close(); // no thread reads it yet
            }
            socket.closeQuietly();
            throw e;
        }
    }

    private static long realtimeMinusNano() {
        java.time.Instant wall = java.time.Instant.now();
        long nano = System.nanoTime();
        return wall.getEpochSecond() * 1_000_000_000L + wall.getNano() - nano;
    }

    private void run() {
        byte[] buf = new byte[options.snapLength()];
        PacketRing.FrameReader reader = this::take;
        try {
            while (!stopping.get()) {
                try {
                    if (frameRing.await(null)) {
                        frameRing.take(reader, buf);
                    }
                } catch (NetException e) {
                    if (stopping.get() || e.is("cancelled")) {
                        break;
                    }
                    failure = e;
                    return;
                }
            }
            drain(reader, buf);
        } finally {
            frameRing.close(); // the only reader unmaps it: nobody reads the memory after
            Thread.interrupted(); // an interrupt meant for a wait that had already ended
        }
    }

    /**
     * What the kernel had written by the stop: the blocks ready, and the one it was filling, if it holds
     * any frame, which it hands over within its timeout. Bounded by two timeouts even while frames keep
     * coming; the stop's interrupt does not cut it short, a close does.
     */
    private void drain(PacketRing.FrameReader reader, byte[] buf) {
        long deadline = System.nanoTime() + (2L * options.blockTimeout() + 10) * 1_000_000L;
        while (true) {
            try {
                frameRing.take(reader, buf);
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (!frameRing.filling() || left <= 0 || !frameRing.await((int) left)) {
                    frameRing.take(reader, buf);
                    return;
                }
            } catch (NetException e) {
                if (!e.is("cancelled")) {
                    return; // closed: the stop is forced
                }
            }
        }
    }

    private void take(LinkFrame f, byte[] buf) {
        frames++;
        if (f.ifindex() != ifindex) {
            others++; // arrived before the bind, from another interface
            return;
        }
        if (f.packetType() != PACKET_HOST) {
            duplicates++; // loopback's outgoing copy of a frame that is taken as it comes in
            return;
        }
        long realtime = f.realtimeNanos();
        long now = realtime - realtimeMinusNano;
        int captured = f.captured();
        Packet p = FrameParser.parse(buf, captured);
        if (p == null || !ours.claims(p)) {
            others++;
            return;
        }
        long[] n = conversations.number(p);
        Segment s = new Segment(ring.added(), now, realtime / 1000, p, n[0], n[1], (int) n[2],
                ours.senderOf(p), f.length(), Arrays.copyOf(buf, captured));
        ring.add(s);
        for (Consumer<Segment> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                // a broken listener must not stop the capture
            }
        }
    }

    /** Calls {@code listener} on the capture thread for each segment kept; it must not block. */
    public AutoCloseable listen(Consumer<Segment> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * The kernel's PACKET_STATISTICS for the capture socket, summed since the start (getsockopt
     * resets them, so each read adds to the sum).
     */
    public PacketStatistics statistics() {
        synchronized (statisticsLock) {
            if (!socket.isClosed()) {
                try {
                    byte[] b = (byte[]) SocketOptions.getSocketOption(socket, Constants.require("sol/packet"),
                            Constants.require("packet/statistics"), 8);
                    ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
                    statistics = statistics.plus(Integer.toUnsignedLong(bb.getInt(0)), Integer.toUnsignedLong(bb.getInt(4)));
                } catch (NetException e) {
                    // closed meanwhile: the sum so far stands
                }
            }
            return statistics;
        }
    }

    /**
     * Stops: the thread takes what the kernel had already written to the ring (waiting for the block it
     * was filling, at most two block timeouts), then ends; the socket closes. Waits for the thread.
     * Stopping twice is harmless.
     */
    public void stop() {
        if (stopping.compareAndSet(false, true)) {
            thread.interrupt(); // ends a wait (the engine's cancellation); the thread then drains
            try {
                thread.join(2L * options.blockTimeout() + 1000);
                statistics(); // before the close, which ends the kernel's count
                if (thread.isAlive()) {
                    socket.closeQuietly(); // a drain that overran its bound: the close ends its wait
                    thread.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            socket.closeQuietly();
            ours.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() { return thread.isAlive(); }
    public CaptureOptions options() { return options; }
    /** The capture's own socket, as the trace and the sockets view show it. */
    public Socket socket() { return socket; }
    public SegmentRing ring() { return ring; }
    /** The port filter: add sockets made before the capture began. */
    public OurSockets ours() { return ours; }
    /** Frames received, of any kind. */
    public long frames() { return frames; }
    /** Loopback's second copies, left out. */
    public long duplicates() { return duplicates; }
    /** Frames of other sockets (not ours), or not TCP/UDP over IP. */
    public long others() { return others; }
    /** Segments kept: the ring's count, including those it has let go. */
    public long kept() { return ring.added(); }
    /** {@code #<capture lo fd:7 kept:12>}. */
    @Override
    public String toString() {
        return "#<capture " + options.interfaceName() + " fd:" + socket.fileno() + " kept:" + kept()
                + (isRunning() ? "" : " stopped") + ">";
    }

    /** The error that ended the capture thread, or null. */
    public NetException failure() { return failure; }
}
