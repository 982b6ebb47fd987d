package sockbench.ui.workbench;

import java.util.concurrent.CompletableFuture;
import sockbench.net.OptionCatalogue;

/**
 * {@code --demo}: what a teacher wants on screen before the first question. A loopback pair (listener,
 * client, accepted server), {@code localhost} resolved, a reverse lookup, {@code SO_LINGER} set to
 * {@code (#t 100)} on the client through the byte editor, Nagle switched off, and one refused connect
 * to show how errors read. Every step goes through the window's actions, so the transcript shows it.
 */
public final class Demo {
    private Demo() {}

    public static CompletableFuture<?> run(WorkbenchModel m) {
        return m.sockets().loopbackPair().thenCompose(client -> {
            m.resolver().aiFlags().get("ai/canonname").set(true);
            return m.resolver().resolve()
                    .thenCompose(x -> m.resolver().lookUp())
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

    /** A fresh socket connecting to a loopback port nobody listens on: ECONNREFUSED, explained. */
    private static CompletableFuture<?> refusedConnect(WorkbenchModel m) {
        m.sockets().familyProperty().set("af/inet");
        m.sockets().typeProperty().set("sock/stream");
        return m.sockets().create().thenCompose(s -> {
            m.sockets().hostProperty().set("127.0.0.1");
            m.sockets().portProperty().set("1");
            return m.sockets().connect().handle((x, e) -> null);
        });
    }
}
