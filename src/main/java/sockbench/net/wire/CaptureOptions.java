package sockbench.net.wire;

/**
 * How a capture runs.
 *
 * @param interfaceName the interface bound to: {@code lo}, where the process's loopback sockets talk
 * @param ringCapacity  how many segments the capture keeps (older ones leave the ring, counted)
 * @param snapLength    how many bytes of each frame are kept: the headers, and the payload's start
 * @param receiveBuffer the capture socket's SO_RCVBUF wish (SO_RCVBUFFORCE where allowed), so a burst
 *                      of 64 KiB loopback segments does not overflow it before the capture thread reads
 */
public record CaptureOptions(String interfaceName, int ringCapacity, int snapLength, int receiveBuffer) {
    public static final CaptureOptions DEFAULT = new CaptureOptions("lo", 4096, 256, 32 << 20);

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
        if (receiveBuffer < 4096) {
            throw new IllegalArgumentException("receive buffer " + receiveBuffer + " is below 4096 bytes");
        }
    }

    public CaptureOptions withRing(int capacity) {
        return new CaptureOptions(interfaceName, capacity, snapLength, receiveBuffer);
    }

    public CaptureOptions withSnapLength(int bytes) {
        return new CaptureOptions(interfaceName, ringCapacity, bytes, receiveBuffer);
    }
}
