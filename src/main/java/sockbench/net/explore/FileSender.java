package sockbench.net.explore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import sockbench.net.Errors;
import sockbench.net.Socket;

/**
 * Sends a file's bytes over a connected socket, {@link #CHUNK} bytes per send-all, with the progress
 * readable at any time and stop as cancel. A missing or unreadable file raises before anything is
 * sent, naming the path.
 */
public final class FileSender extends Job {
    /** Bytes read and sent per step: big enough for speed, small enough for a live progress bar. */
    public static final int CHUNK = 64 * 1024;

    private final Socket socket;
    private final Path path;
    private final long total;
    private volatile long sent;

    private FileSender(Socket socket, Path path, long total) {
        super("send-file " + path.getFileName());
        this.socket = socket;
        this.path = path;
        this.total = total;
    }

    public static FileSender start(Socket socket, Path path) {
        String p = "send-file";
        if (socket.isClosed()) {
            throw Errors.closed(p);
        }
        if (!Files.exists(path)) {
            throw Errors.badArgument(p, "no such file: " + path);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw Errors.badArgument(p, "not a readable file: " + path);
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw Errors.badArgument(p, "cannot read " + path + ": " + e.getMessage());
        }
        FileSender f = new FileSender(socket, path, size);
        f.start();
        return f;
    }

    @Override
    protected void run() throws IOException {
        byte[] buf = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.readNBytes(buf, 0, buf.length)) > 0; ) {
                socket.sendAll(buf, 0, n, 0);
                sent += n;
            }
        }
    }

    public Path path() { return path; }
    /** The file's size when the send started. */
    public long total() { return total; }
    /** Bytes sent so far. */
    public long sent() { return sent; }

    /** Done so far, 0 to 1 (1 for an empty file). */
    public double progress() {
        return total == 0 ? 1 : (double) sent / total;
    }

    @Override
    public String toString() {
        return "#<send-file " + path + " " + sent + "/" + total + (isRunning() ? "" : isStopped() ? " cancelled" : " done") + ">";
    }
}
