package sockbench.net.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes the classic libpcap file format (pcap-savefile(5)): a 24-byte global header with magic
 * 0xa1b2c3d4 in little-endian order, version 2.4, link type 1 (LINKTYPE_ETHERNET), then per frame a
 * 16-byte record header (seconds, microseconds, bytes kept, bytes on the wire) and the bytes kept.
 * Wireshark and tcpdump read it.
 */
public final class PcapWriter implements AutoCloseable {
    public static final int LINKTYPE_ETHERNET = 1;
    private final OutputStream out;
    private final ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    private long frames;

    public PcapWriter(OutputStream out, int snapLength) throws IOException {
        this.out = out;
        header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(snapLength).putInt(LINKTYPE_ETHERNET);
        out.write(header.array(), 0, 24);
    }

    /** One frame: its captured bytes, its length on the wire, its wall-clock time in microseconds. */
    public void write(byte[] captured, int wireLength, long epochMicros) throws IOException {
        header.clear();
        header.putInt((int) (epochMicros / 1_000_000)).putInt((int) (epochMicros % 1_000_000))
                .putInt(captured.length).putInt(Math.max(wireLength, captured.length));
        out.write(header.array(), 0, 16);
        out.write(captured);
        frames++;
    }

    /** One captured segment. */
    public void write(Segment s) throws IOException {
        write(s.frameBytes(), s.frameLength(), s.epochMicros());
    }

    public long frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
