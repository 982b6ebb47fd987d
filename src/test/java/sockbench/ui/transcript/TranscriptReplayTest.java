package sockbench.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.net.OptionCatalogue;
import sockbench.script.Interpreter;
import sockbench.script.ScriptRunner;
import sockbench.script.SocketConsole;
import sockbench.ui.SchemeConsoleEvaluator;
import sockbench.ui.async.Threads;
import sockbench.ui.async.UiQueue;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transfer.TransferViewModel;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * A session with every kind of window action — sockets, transfer, a live receive, options, the
 * low-level panel, the ports of the buffering view, console forms (one unbalanced), a failing action
 * — saved as a script, then replayed through the console's ScriptRunner: it runs to its end, with
 * no literal of this run's ephemeral ports, and prints what the session printed.
 */
class TranscriptReplayTest {
    private final ExecutorService pool = Threads.enginePool();
    /** The ui executor: a queue this test's thread runs, as the FX thread would, so no model state is shared across threads. */
    private final UiQueue ui = new UiQueue();
    private final WorkbenchModel model = new WorkbenchModel(ui.threads(pool), new SchemeConsoleEvaluator());

    @AfterEach
    void end() throws Exception {
        model.dispose();
        done(model.closeAllSockets());
        pool.shutdownNow();
    }

    private <T> T done(CompletableFuture<T> f) throws Exception {
        waitFor("the action is done", f::isDone);
        return f.get();
    }

    /** Runs what the engine threads handed to the ui, and the pulse, until the condition holds (bounded). */
    private void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        ui.runUntil(what, condition, () -> model.pulse().tick(System.nanoTime()));
    }

    @Test
    void should_replay_a_saved_session_of_every_kind_of_action() throws Exception {
        // given a loopback pair: s1 listens, s2 connects, s3 is accepted
        var sockets = model.sockets();
        // rows arrive from the engine threads' events, in no fixed order: each is found by its role
        sockbench.net.Socket connecting = done(sockets.loopbackPair());
        SocketRow s2 = sockets.rowFor(connecting);
        SocketRow s3 = sockets.rows().stream().filter(r -> connecting.name().equals(r.socket().peerName())).findFirst().orElseThrow();
        SocketRow s1 = sockets.rows().stream().filter(r -> r != s2 && r != s3).findFirst().orElseThrow();
        String port = s1.socket().name().toEggString().replaceAll(".*:", "");

        // sends, a receive, and a live receive
        TransferViewModel client = model.transfers().of(s2);
        TransferViewModel server = model.transfers().of(s3);
        client.textProperty().set("hello");
        done(client.send());
        done(server.receiveOnce());
        server.liveProperty().set(true);
        client.textProperty().set("live bytes");
        done(client.sendAll());
        waitFor("the live receive has the bytes", () -> server.bytesReceivedProperty().get() >= 10);
        server.liveProperty().set(false);
        client.textProperty().set("!");
        done(client.send());   // wakes the loop if the engine does not cancel its receive at once
        waitFor("the live receive is recorded", () -> model.transcript().entries().stream()
                .anyMatch(e -> e.form().startsWith("(let loop ((got 0))")));

        // an option, the low-level panel, a failing action, the buffering view's ports
        sockets.selectedProperty().set(s2);
        model.options().socketProperty().set(s2.socket());
        done(model.options().set(model.options().row("tcp-no-delay?"), true));
        model.lowLevel().socketProperty().set(s2.socket());
        done(model.lowLevel().get());
        sockets.selectedProperty().set(s1);
        sockets.portProperty().set("0");
        done(sockets.bind().exceptionally(e -> null));
        sockets.selectedProperty().set(s2);
        model.buffering().sendBufferSizeProperty().set("8");
        done(model.buffering().openPorts());
        model.buffering().writeTextProperty().set("ab");
        model.buffering().repeatProperty().set(3);
        done(model.buffering().write());
        done(model.buffering().flush());

        // console forms, one of them unbalanced
        model.console().textProperty().set("(define answer (+ 40 2))");
        model.console().submit();
        model.console().textProperty().set("(display answer");
        model.console().submit();
        model.console().textProperty().set("(print \"replayed \" answer)");
        model.console().submit();
        waitFor("the console forms ran", () -> model.transcript().entries().stream()
                .filter(e -> e.source() == TranscriptEntry.Source.CONSOLE).allMatch(TranscriptEntry::isFinished));

        // shutdown and close
        sockets.selectedProperty().set(s2);
        sockets.shutdownHowProperty().set("shut/wr");
        done(sockets.shutdown());
        done(server.receiveOnce());
        done(server.receiveOnce());   // end of stream: ""
        sockets.selectedProperty().set(s3);
        done(sockets.close());

        // when the transcript is saved and replayed through the console
        String script = model.transcript().toScript();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Interpreter fresh = SocketConsole.create(InputStream.nullInputStream(), out, out);
        int status = new ScriptRunner(fresh).run(script);
        String printed = out.toString(StandardCharsets.UTF_8);

        // then it runs to its end, and says what the session said
        assertThat(status).as(script + "\n---- printed:\n" + printed).isZero();
        assertThat(script).doesNotContain(" " + port + ")").doesNotContain(":" + port);
        assertThat(script).contains("(socket-connect s2 (socket-name s1))", "; unbalanced, not replayed: (display answer",
                "(let loop ((got 0)) (when (< got ", "(write-string ");
        assertThat(printed).contains("replayed 42").contains("error: ");
        assertThat(OptionCatalogue.byAccessor("tcp-no-delay?")).isPresent();
    }
}
