package sockbench.ui.workbench;

import java.util.concurrent.CompletableFuture;
import sockbench.net.OptionCatalogue;
import sockbench.ui.buffering.BufferingViewModel;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transfer.Payload;
import sockbench.ui.transfer.TransferViewModel;

/**
 * {@code --demo}: what a teacher wants on screen before the first question. A loopback pair (listener,
 * client, accepted server), {@code localhost} resolved, a reverse lookup, {@code SO_LINGER} set to
 * {@code (#t 100)} on the client through the byte editor, Nagle switched off, and one refused connect
 * to show how errors read. Every step goes through the window's actions, so the transcript shows it.
 */
public final class Demo {
    public static final String BASIC = "basic";
    public static final String TRANSFER = "transfer";
    public static final String BUFFERING = "buffering";
    public static final String TRACE = "trace";

    private Demo() {}

    /** Runs the named demo: {@link #BASIC}, {@link #TRANSFER}, {@link #BUFFERING} or {@link #TRACE}. */
    public static CompletableFuture<?> run(WorkbenchModel m, String name) {
        return switch (name) {
            case TRANSFER -> transfer(m);
            case BUFFERING -> buffering(m);
            case TRACE -> trace(m);
            default -> run(m);
        };
    }

    /**
     * A loopback pair receiving live on both ends, the server in calls of 16 bytes: a 45-byte request
     * arrives as three blocks, and two quick replies as one, so recv() boundaries are not send()'s.
     */
    public static CompletableFuture<?> transfer(WorkbenchModel m) {
        return pair(m).thenCompose(srv -> {
            SocketRow c = m.sockets().selected();
            TransferViewModel cv = m.transfers().of(c);
            TransferViewModel sv = m.transfers().of(srv);
            sv.receiveLengthProperty().set(16);
            sv.liveProperty().set(true);
            cv.liveProperty().set(true);
            cv.textProperty().set("GET /index.html HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n");
            return pause(300).thenCompose(x -> cv.sendAll())
                    .thenCompose(x -> pause(300))
                    .thenCompose(x -> {
                        sv.encodingProperty().set(Payload.Encoding.HEX);
                        sv.textProperty().set("48 54 54 50 2f 31 2e 31 20 32 30 30 20 4f 4b 0d 0a");
                        return sv.send();
                    })
                    .thenCompose(x -> {
                        sv.encodingProperty().set(Payload.Encoding.ESCAPES);
                        sv.textProperty().set("Content-Length: 5\\r\\n\\r\\nhello");
                        return sv.send();
                    })
                    .thenCompose(x -> pause(300))
                    .thenCompose(x -> {
                        cv.encodingProperty().set(Payload.Encoding.HEX);
                        cv.textProperty().set("00 01 02 03 fe ff");
                        return cv.send();
                    })
                    .thenCompose(x -> {
                        cv.encodingProperty().set(Payload.Encoding.ESCAPES);
                        cv.textProperty().set("bye\\r\\n");
                        m.setStatus("Demo: s2 (client) and s3 (server) receive live; s3 reads 16 bytes per call.");
                        return CompletableFuture.completedFuture(null);
                    });
        });
    }

    /**
     * The client's ports with a 512-byte send buffer: 500 then 526 bytes (one 1024-byte send, 2 kept),
     * then a stream of 1000-byte writes while the server does not read, so both kernel queues fill and
     * the writes stall.
     */
    public static CompletableFuture<?> buffering(WorkbenchModel m) {
        return pair(m).thenCompose(srv -> {
            var b = m.buffering();
            b.sendBufferSizeProperty().set("512");
            return b.openPorts().thenCompose(p -> {
                b.writeTextProperty().set("a");
                b.repeatProperty().set(500);
                return b.write();
            }).thenCompose(x -> {
                b.writeTextProperty().set("b");
                b.repeatProperty().set(526);
                return b.write();
            }).thenCompose(x -> pause(500)).thenCompose(x -> {
                b.peerReadingProperty().set(false);
                b.writeTextProperty().set("x");
                b.repeatProperty().set(1000);
                b.paceProperty().set(sockbench.ui.buffering.Pace.FAST);
                b.streamingProperty().set(true);
                m.setStatus("Demo: s2 streams 1000-byte writes through a 512-byte port buffer; s3 does not read. "
                        + "Switch \"reads\" on to drain.");
                return CompletableFuture.completedFuture(null);
            });
        });
    }

    /** The trace recording while a loopback pair is made, a few bytes go each way, and a connect is refused. */
    public static CompletableFuture<?> trace(WorkbenchModel m) {
        m.trace().recordingProperty().set(true);
        return anyway(refusedConnect(m)).thenCompose(x -> pair(m)).thenCompose(srv -> {
            SocketRow c = m.sockets().selected();
            TransferViewModel cv = m.transfers().of(c);
            TransferViewModel sv = m.transfers().of(srv);
            cv.textProperty().set("hello\\r\\n");
            return cv.send().thenCompose(x -> sv.receiveOnce())
                    .thenCompose(x -> {
                        sv.textProperty().set("hi there\\r\\n");
                        return sv.sendAll();
                    })
                    .thenCompose(x -> cv.receiveOnce())
                    .whenComplete((x, e) -> m.setStatus("Demo: every native call of the engine, C-style; pick a socket to filter."));
        });
    }

    /** A loopback pair, once the window knows both ends of it (their names arrive a moment later); gives the server. */
    private static CompletableFuture<SocketRow> pair(WorkbenchModel m) {
        return m.sockets().loopbackPair().thenCompose(client -> peer(m, m.sockets().rowFor(client), 100));
    }

    private static CompletableFuture<SocketRow> peer(WorkbenchModel m, SocketRow client, int tries) {
        return m.transfers().peerOf(client).map(CompletableFuture::completedFuture).orElseGet(() -> tries == 0
                ? CompletableFuture.failedFuture(new IllegalStateException("the pair's other end never showed"))
                : pause(50).thenCompose(x -> peer(m, client, tries - 1)));
    }

    /** Completes on the ui thread after a while, without holding it. */
    private static CompletableFuture<Void> pause(long millis) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        p.setOnFinished(e -> f.complete(null));
        p.play();
        return f;
    }

    public static CompletableFuture<?> run(WorkbenchModel m) {
        return m.sockets().loopbackPair().thenCompose(client -> {
            m.resolver().aiFlags().get("ai/canonname").set(true);
            // each step's failure is in the transcript already; the scene goes on without it (a
            // machine whose resolver cannot answer still gets its refused connect and its options)
            return anyway(m.resolver().resolve())
                    .thenCompose(x -> anyway(m.resolver().lookUp()))
                    .thenCompose(x -> refusedConnect(m))
                    .thenCompose(x -> {
                        m.sockets().selectedProperty().set(m.sockets().rowFor(client));
                        m.structEditor().optionProperty().set(OptionCatalogue.byAccessor("so-linger").orElseThrow());
                        m.structEditor().fields().get(0).textProperty().set("1");
                        m.structEditor().fields().get(1).textProperty().set("100");
                        return m.structEditor().apply();
                    })
                    .thenCompose(x -> m.options().set(m.options().row("tcp-no-delay?"), Boolean.TRUE))
                    .thenCompose(x -> m.tcpInfo().refresh())
                    .whenComplete((x, e) -> m.setStatus("Demo: a loopback pair (s1 listens, s2 is the client, "
                            + "s3 the accepted server). Try the Options view."));
        });
    }

    /** Completes (on the ui thread, as the step did) when the step has, whether it failed or not. */
    private static CompletableFuture<Void> anyway(CompletableFuture<?> step) {
        return step.handle((x, e) -> null);
    }

    /** A fresh socket connecting to a loopback port nobody listens on: ECONNREFUSED, explained. */
    private static CompletableFuture<?> refusedConnect(WorkbenchModel m) {
        m.sockets().familyProperty().set("af/inet");
        m.sockets().typeProperty().set("sock/stream");
        return m.sockets().create().thenCompose(s -> {
            m.sockets().hostProperty().set("127.0.0.1");
            m.sockets().portProperty().set("1");
            return anyway(m.sockets().connect());
        });
    }
}
