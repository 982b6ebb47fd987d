package sockbench.script;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sockbench.net.SockAddr;
import sockbench.net.wire.Capture;
import sockbench.net.wire.CaptureOptions;
import sockbench.net.wire.Endpoint;
import sockbench.net.wire.PcapWriter;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpFlags;
import sockbench.net.wire.TcpStates;

/**
 * The Wire capture in the console (beyond the egg): start and stop a capture of this process's own
 * sockets on loopback, read its segments, print them as a ladder, save a pcap, and ask the kernel's
 * socket table for a connection's TCP state after close.
 */
final class WireBindings {
    private WireBindings() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("wire-capture-start", 0, 1, a -> Capture.start(a.length > 0
                ? CaptureOptions.DEFAULT.withRing(Args.intValue(a[0])) : CaptureOptions.DEFAULT));
        g.defineProcedure("wire-capture-stop", 1, 1, a -> {
            Capture c = capture(a[0]);
            c.stop();
            return c.kept();
        });
        g.defineProcedure("wire-segments", 1, 1, a -> Lists.fromJava(capture(a[0]).ring().snapshot()));
        g.defineProcedure("wire-segment?", 1, 1, a -> a[0] instanceof Segment);
        g.defineProcedure("wire-segment-label", 1, 1, a -> MString.of(segment(a[0]).label()));
        g.defineProcedure("wire-segment-flags", 1, 1, a -> flags(segment(a[0]).flags()));
        g.defineProcedure("wire-segment-seq", 1, 1, a -> segment(a[0]).seq());
        g.defineProcedure("wire-segment-ack", 1, 1, a -> segment(a[0]).ack());
        g.defineProcedure("wire-segment-length", 1, 1, a -> (long) segment(a[0]).length());
        g.defineProcedure("wire-segment-window", 1, 1, a -> (long) segment(a[0]).window());
        g.defineProcedure("wire-segment-source", 1, 1, a -> MString.of(segment(a[0]).source().toString()));
        g.defineProcedure("wire-segment-destination", 1, 1, a -> MString.of(segment(a[0]).destination().toString()));
        g.defineProcedure("wire-segment-sender", 1, 1, a -> segment(a[0]).sender() == null ? Boolean.FALSE : segment(a[0]).sender());
        g.defineProcedure("wire-segment-milliseconds", 1, 1, a -> segment(a[0]).timeNanos() / 1e6);
        g.defineProcedure("wire-ladder", 1, 2, a -> ladder(capture(a[0]), a.length > 1 ? Args.integer(a[1]) : -1));
        g.defineProcedure("wire-save-pcap", 2, 2, a -> save(capture(a[0]), Path.of(Args.string(a[1]).toJavaString())));
        g.defineProcedure("wire-tcp-state", 1, 2, a -> {
            String state = TcpStates.of(endpoint(a[0]), a.length > 1 ? endpoint(a[1]) : null);
            return state == null ? Boolean.FALSE : Symbol.of(state.toLowerCase().replace('_', '-'));
        });
    }

    /**
     * One string per segment of the capture, with the time since the first and who sent it:
     * {@code   0.412 ms  127.0.0.1:40000 > 127.0.0.1:5000  PSH|ACK seq=1:6 len=5}; only those of the
     * conversation with the given port when one is given.
     */
    private static Object ladder(Capture c, long port) {
        List<Segment> all = c.ring().snapshot();
        Long origin = null;
        List<Object> out = new ArrayList<>();
        for (Segment s : all) {
            if (port >= 0 && s.source().port() != port && s.destination().port() != port) {
                continue;
            }
            if (origin == null) {
                origin = s.timeNanos();
            }
            out.add(MString.of(String.format(java.util.Locale.ROOT, "%9.3f ms  %s > %s  %s", (s.timeNanos() - origin) / 1e6,
                    s.source(), s.destination(), s.label())));
        }
        return Lists.fromJava(out);
    }

    private static long save(Capture c, Path file) {
        try (PcapWriter w = new PcapWriter(new BufferedOutputStream(Files.newOutputStream(file)), c.options().snapLength())) {
            for (Segment s : c.ring().snapshot()) {
                w.write(s);
            }
            return w.frames();
        } catch (IOException e) {
            throw Errors.error("wire-save-pcap: cannot write " + file + ": " + e.getMessage(), MString.of(file.toString()));
        }
    }

    private static Object flags(int bits) {
        List<Object> out = new ArrayList<>();
        String text = TcpFlags.text(bits);
        if (!text.equals("none")) {
            for (String f : text.split("\\|")) {
                out.add(Symbol.of(f.toLowerCase()));
            }
        }
        return Lists.fromJava(out);
    }

    private static Endpoint endpoint(Object x) {
        if (!(x instanceof SockAddr a) || !a.isInet()) {
            throw Errors.error("expected an Internet sockaddr", x);
        }
        return Endpoint.of(a);
    }

    private static Capture capture(Object x) {
        if (!(x instanceof Capture c)) {
            throw Errors.error("expected a capture from wire-capture-start", x);
        }
        return c;
    }

    private static Segment segment(Object x) {
        if (!(x instanceof Segment s)) {
            throw Errors.error("expected a segment from wire-segments", x);
        }
        return s;
    }
}
