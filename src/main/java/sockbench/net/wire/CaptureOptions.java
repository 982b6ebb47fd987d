package sockbench.net.wire;

/**
 * How a capture runs.
 *
 * @param interfaceName the interface bound to: {@code lo}, where the process's loopback sockets talk
 * @param ringCapacity  how many segments the capture keeps (older ones leave the ring, counted)
 * @param snapLength    how many bytes of each frame are kept: the headers, and the payload's start
 * @param frameRing     the bytes of the kernel's frame ring the capture socket maps: each frame takes its
 *                      kept bytes and a header there, so the default holds about 50,000 frames, a second
 *                      of loopback bulk
 * @param blockTimeout  milliseconds the kernel fills a block of that ring before it hands it over however
 *                      little it holds: how late a lone segment reaches the capture thread. The default,
 *                      50 ms, is under the ladder's own refresh (100 ms) and above the time loopback bulk
 *                      takes to fill a block, so under bulk the thread wakes once per full block: with 4 ms
 *                      it woke 250 times a second, and each wake took a core from the transfer
 *                      (WireCaptureBenchmark, in the same run: 1.137 slowdown with 4 ms, 1.077 with 200 ms,
 *                      tcpdump 1.080)
 */
public record CaptureOptions(String interfaceName, int ringCapacity, int snapLength, int frameRing, int blockTimeout) {
    public static final CaptureOptions DEFAULT = new CaptureOptions("lo", 4096, 256, 16 << 20, 50);

    public CaptureOptions {
        if (interfaceName == null || interfaceName.isEmpty()) {
            throw new IllegalArgumentException("no interface given to capture on");
        }
        if (ringCapacity < 1) {
            throw new IllegalArgumentException("ring capacity " + ringCapacity + " must be at least 1");
        }
        if (snapLength < 64 || snapLength > 262144) {
            throw new IllegalArgumentException("snap length " + snapLength + " is outside 64..262144 bytes");
        }
        if (frameRing < 1 << 20) {
            throw new IllegalArgumentException("frame ring of " + frameRing + " bytes is below 1 MiB");
        }
        if (blockTimeout < 1 || blockTimeout > 1000) {
            throw new IllegalArgumentException("block timeout " + blockTimeout + " ms is outside 1..1000");
        }
    }

    public CaptureOptions withRing(int capacity) {
        return new CaptureOptions(interfaceName, capacity, snapLength, frameRing, blockTimeout);
    }

    public CaptureOptions withSnapLength(int bytes) {
        return new CaptureOptions(interfaceName, ringCapacity, bytes, frameRing, blockTimeout);
    }

    public CaptureOptions withBlockTimeout(int millis) {
        return new CaptureOptions(interfaceName, ringCapacity, snapLength, frameRing, millis);
    }
}
