package sockbench.net;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import sockbench.net.libc.Sockaddrs;

/**
 * Native memory a thread lends its own system calls, so the data path allocates nothing: a data
 * buffer, a {@code sockaddr_storage} with its {@code socklen_t}, two {@code struct pollfd} and an
 * option buffer. A thread keeps at most {@link #KEPT} bytes of data buffer (the JDK caps its
 * per-thread cache at 128 KiB a call too); a bigger call borrows a buffer of its own size, freed
 * when the call returns. No lease survives a call: callers copy out before anything else runs.
 */
final class Scratch {
    /** The most one send/recv call moves. */
    static final int MAX_CALL = 4 << 20;
    /** The most data buffer a thread keeps between calls. */
    static final int KEPT = 128 << 10;
    /** Option values up to this size use the kept option buffer. */
    private static final int OPTION_KEPT = 256;
    private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

    final Memory sockaddr = new Memory(Sockaddrs.STORAGE_SIZE);
    final IntByReference socklen = new IntByReference();
    final Memory pollfds = new Memory(16);
    /** The two pollfds as words, so they cross JNI in one write and one read. */
    final long[] pollWords = new long[2];
    private final Memory option = new Memory(OPTION_KEPT);
    private Memory data;
    /** {@link #data} as a direct buffer, made once per buffer: bytes cross through the JIT's copy stub. */
    private java.nio.ByteBuffer dataView;

    private Scratch() {}

    static Scratch current() {
        return CURRENT.get();
    }

    /** A data buffer of {@code min(n, MAX_CALL)} bytes at least; give it back with {@link #release}. */
    Memory data(int n) {
        int want = Math.max(1, Math.min(n, MAX_CALL));
        if (want > KEPT) {
            return new Memory(want);
        }
        if (data == null || data.size() < want) {
            data = new Memory(Math.min(KEPT, Math.max(4096, Integer.highestOneBit(want - 1) << 1)));
            dataView = null;
        }
        return data;
    }

    /**
     * Copies {@code src[off, off + len)} into {@code m} at {@code at}. Through a direct buffer's bulk
     * put, as NIO copies: the JIT's copy stub leaves the bytes in cache for the kernel's copy that
     * follows, where JNA's copy (the C library's memmove, {@code rep movsb} here) made that copy cost
     * 2.5 times as much in a profile of the bulk benchmark.
     */
    void copyIn(Memory m, long at, byte[] src, int off, int len) {
        view(m).put((int) at, src, off, len);
    }

    /** Copies {@code len} bytes of {@code m} from {@code at} into {@code dst} at {@code off}. */
    void copyOut(Memory m, long at, byte[] dst, int off, int len) {
        view(m).get((int) at, dst, off, len);
    }

    private java.nio.ByteBuffer view(Memory m) {
        if (m != data) {
            return m.getByteBuffer(0, m.size());
        }
        if (dataView == null) {
            dataView = m.getByteBuffer(0, m.size());
        }
        return dataView;
    }

    /** An option buffer of at least {@code n} bytes; give it back with {@link #release}. */
    Memory option(int n) {
        return n <= OPTION_KEPT ? option : new Memory(n);
    }

    /** Frees a buffer borrowed beyond what the thread keeps. */
    void release(Memory m) {
        if (m != data && m != option) {
            m.close();
        }
    }
}
