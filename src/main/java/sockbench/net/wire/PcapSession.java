package sockbench.net.wire;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The headless {@code --pcap OUT.pcap}: captures while a script runs and writes every segment of the
 * sockets it made to a classic pcap file, whole (snap length 256 KiB), each payload once, from the
 * handshake to the close. Segments go to the file as they come, so the ring's bound does not cut it.
 */
public final class PcapSession implements AutoCloseable {
    private static final int SNAP = 262144;
    private final Capture capture;
    private final PcapWriter writer;
    private final AutoCloseable listening;
    private volatile IOException failure;

    private PcapSession(Capture capture, PcapWriter writer) {
        this.capture = capture;
        this.writer = writer;
        this.listening = capture.listen(this::write);
    }

    /** Starts capturing into {@code out}; a refused capture ({@link CaptureNotPermitted}) leaves no file. */
    public static PcapSession start(Path out) {
        Capture capture = Capture.start(CaptureOptions.DEFAULT.withRing(1024).withSnapLength(SNAP));
        try {
            return new PcapSession(capture, new PcapWriter(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), SNAP));
        } catch (IOException e) {
            capture.stop();
            throw new UncheckedIOException("pcap: cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private void write(Segment s) {
        if (failure == null) {
            try {
                writer.write(s);
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** Segments written so far. */
    public long segments() {
        return writer.frames();
    }

    public Capture capture() {
        return capture;
    }

    /** Stops the capture (taking what the kernel queued), closes the file; a write failure is raised here. */
    @Override
    public void close() {
        capture.stop();
        try {
            listening.close();
            writer.close();
        } catch (Exception e) {
            throw new UncheckedIOException("pcap: cannot finish the file: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        if (failure != null) {
            throw new UncheckedIOException("pcap: writing failed: " + failure.getMessage(), failure);
        }
    }
}
