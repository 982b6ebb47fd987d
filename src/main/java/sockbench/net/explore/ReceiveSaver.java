package sockbench.net.explore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sockbench.net.Constants;
import sockbench.net.Errors;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Receives from a socket into a file until the peer ends its stream, {@code blocks} receives have
 * been saved (0: no limit), or it is stopped: the raw bytes as they came, or the receive log as hex
 * text ({@link BlockLogFormat}). Each block is written and flushed as it arrives, so a stopped save
 * keeps everything received so far. {@link #write} saves a log already kept (a view's).
 */
public final class ReceiveSaver extends Job {
    /** Raw bytes or hex text. */
    public enum Format { RAW, HEX;
        public String word() { return name().toLowerCase(); }

        public static Format of(String word) {
            for (Format f : values()) {
                if (f.word().equals(word)) {
                    return f;
                }
            }
            throw Errors.badArgument("save-received", "format must be raw or hex, not " + word);
        }
    }

    private static final int STREAM = Constants.require("sock/stream");

    private final Socket socket;
    private final Path path;
    private final Format format;
    private final long limit;
    private final OutputStream out;
    private volatile long blocks;
    private volatile long bytes;

    private ReceiveSaver(Socket socket, Path path, Format format, long limit, OutputStream out) {
        super("save-received " + path.getFileName());
        this.socket = socket;
        this.path = path;
        this.format = format;
        this.limit = limit;
        this.out = out;
    }

    /** Starts saving; a closed socket or a file that cannot be written raise before anything is received. */
    public static ReceiveSaver start(Socket socket, Path path, Format format, long blocks) {
        if (socket.isClosed()) {
            throw Errors.closed("save-received");
        }
        if (blocks < 0) {
            throw Errors.badArgument("save-received", "blocks must be 0 (no limit) or more, not " + blocks);
        }
        ReceiveSaver s = new ReceiveSaver(socket, path, format, blocks, open(path));
        s.start();
        return s;
    }

    private static OutputStream open(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw Errors.badArgument("save-received", "no such directory: " + dir);
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(path));
        } catch (IOException e) {
            throw Errors.badArgument("save-received", "cannot write " + path + ": " + e.getMessage());
        }
    }

    @Override
    protected void run() throws IOException {
        byte[] buf = new byte[Responder.DEFAULT_BUFFER];
        long first = 0;
        try (out) {
            while (limit == 0 || blocks < limit) {
                int n;
                String peer = "";
                if (socket.type() == STREAM) {
                    n = socket.receive(buf, 0, buf.length, 0);
                    if (n == 0) {
                        return;
                    }
                } else {
                    Socket.Received r = socket.receiveFrom(buf, 0, buf.length, 0);
                    n = Math.min(r.count(), buf.length);
                    SockAddr from = r.source();
                    peer = from == null ? "" : from.toEggString();
                }
                long now = System.nanoTime();
                if (blocks == 0) {
                    first = now;
                }
                Block b = new Block(blocks + 1, Block.Direction.IN, java.util.Arrays.copyOf(buf, n), now,
                        System.currentTimeMillis(), peer);
                writeBlock(out, b, format, first);
                out.flush();
                blocks = b.number();
                bytes += n;
            }
        }
    }

    private static void writeBlock(OutputStream out, Block b, Format format, long first) throws IOException {
        if (format == Format.RAW) {
            out.write(b.data());
        } else {
            out.write(BlockLogFormat.format(b, first).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Saves blocks already received (a receive log) to {@code path}: raw bytes in order, or hex text. */
    public static void write(List<Block> log, Path path, Format format) {
        long first = log.isEmpty() ? 0 : log.get(0).nanos();
        try (OutputStream o = open(path)) {
            for (Block b : log) {
                writeBlock(o, b, format, first);
            }
        } catch (IOException e) {
            throw Errors.badArgument("save-received", "cannot write " + path + ": " + e.getMessage());
        }
    }

    public Path path() { return path; }
    public Format format() { return format; }
    /** Blocks saved so far. */
    public long blocks() { return blocks; }
    /** Bytes received and saved so far. */
    public long bytes() { return bytes; }

    @Override
    public String toString() {
        return "#<save-received " + path + " " + format.word() + " " + blocks + " blocks " + bytes + " bytes"
                + (isRunning() ? "" : " ended") + ">";
    }
}
