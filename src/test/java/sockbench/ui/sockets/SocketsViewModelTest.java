package sockbench.ui.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.Socket;
import sockbench.net.SocketState;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Threads;
import sockbench.ui.async.UiQueue;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

class SocketsViewModelTest {
    private final Threads threads = Threads.direct();
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);
    private final SocketsViewModel sockets = new SocketsViewModel(new ActionRunner(threads, transcript), new SocketNames());
    private Socket foreign;

    @AfterEach
    void closeEverything() {
        java.util.List.copyOf(sockets.rows()).forEach(r -> r.socket().closeQuietly());
        if (foreign != null) {
            foreign.closeQuietly();
        }
        sockets.dispose();
    }

    private java.util.List<String> forms() {
        return transcript.entries().stream().map(TranscriptEntry::form).toList();
    }

    @Test
    void should_connect_a_client_to_a_listener_and_write_each_step_as_an_egg_form() {
        // given a listener bound to 127.0.0.1 port 0
        sockets.create().join();
        sockets.hostProperty().set("127.0.0.1");
        sockets.portProperty().set("0");
        sockets.bind().join();
        sockets.listen().join();
        SocketRow listener = sockets.selected();
        String listenerName = listener.local();
        assertThat(listener.state()).isEqualTo(SocketState.LISTENING);
        assertThat(listenerName).startsWith("127.0.0.1:").isNotEqualTo("127.0.0.1:0");

        // when a client connects to the address the listener's name shows, and the listener accepts
        sockets.create().join();
        SocketRow client = sockets.selected();
        sockets.useNameOf(listener);
        sockets.connect().join();
        sockets.selectedProperty().set(listener);
        sockets.accept().join();
        SocketRow server = sockets.selected();

        // then both ends are connected to each other and the transcript says so in the egg's words
        assertThat(client.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(client.peer()).isEqualTo(listenerName);
        assertThat(server.peer()).isEqualTo(client.local());
        assertThat(forms()).containsExactly(
                "(define s1 (socket af/inet sock/stream))",
                "(socket-bind s1 (inet-address \"127.0.0.1\" 0))",
                "(socket-listen s1 8)",
                "(define s2 (socket af/inet sock/stream))",
                "(socket-connect s2 (socket-name s1))",
                "(define s3 (socket-accept s1))");
        assertThat(transcript.entries().get(0).result()).matches("#<socket fd:\\d+ af/inet sock/stream>");
    }

    @Test
    void should_list_a_socket_made_outside_the_window() {
        // when someone else (the console, say) makes a socket
        foreign = Socket.create(Constants.require("af/inet6"), Constants.require("sock/dgram"));

        // then it appears in the panel with its printed form
        assertThat(sockets.rows()).extracting(SocketRow::socket).containsExactly(foreign);
        assertThat(sockets.rows().get(0).printedProperty().get()).isEqualTo(foreign.toString());
        assertThat(sockets.rows().get(0).state()).isEqualTo(SocketState.CREATED);
    }

    @Test
    void should_show_a_refused_connect_as_an_explained_error() throws Exception {
        // given a loopback port nobody listens on
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        sockets.create().join();

        // when connecting there
        sockets.portProperty().set(Integer.toString(port));
        CompletableFuture<Void> f = sockets.connect();

        // then the transcript shows ECONNREFUSED and what it means
        assertThat(f).isCompletedExceptionally();
        TranscriptEntry e = transcript.entries().get(1);
        assertThat(e.status()).isEqualTo(TranscriptEntry.Status.FAILED);
        assertThat(e.form()).isEqualTo("(socket-connect s1 (inet-address \"127.0.0.1\" " + port + "))");
        assertThat(e.error().symbol()).isEqualTo("ECONNREFUSED");
        assertThat(e.error().meaning()).startsWith("nobody listens there");
        // and the socket's state says exactly what happened
        assertThat(sockets.selected().state()).isEqualTo(SocketState.CONNECT_FAILED);
        assertThat(sockets.selected().stateText()).isEqualTo("connect failed (ECONNREFUSED)");
    }

    @Test
    void should_cancel_a_pending_accept_and_keep_the_listener_open() throws Exception {
        ExecutorService pool = Threads.enginePool();
        UiQueue ui = new UiQueue(); // the model's state is this thread's, as the FX thread's in the window
        Threads async = ui.threads(pool);
        TranscriptViewModel t = new TranscriptViewModel(async);
        SocketsViewModel vm = new SocketsViewModel(new ActionRunner(async, t), new SocketNames());
        try {
            // given a listener waiting in accept
            ui.await(vm.create());
            ui.await(vm.bind());
            ui.await(vm.listen());
            SocketRow listener = vm.selected();
            CompletableFuture<Socket> accepting = vm.accept();
            assertThat(listener.pending()).isEqualTo("accepting…");
            assertThat(vm.canCancelProperty().get()).isTrue();

            // when the person cancels
            vm.cancelPending();

            // then the accept ends as cancelled, and the listener still listens
            ui.runUntil("the accept ends", accepting::isDone, () -> {});
            assertThat(accepting).isCompletedExceptionally();
            assertThat(t.entries().get(3).status()).isEqualTo(TranscriptEntry.Status.CANCELLED);
            assertThat(listener.pending()).isNull();
            assertThat(listener.socket().isClosed()).isFalse();
            assertThat(listener.socket().state()).isEqualTo(SocketState.LISTENING);
        } finally {
            vm.rows().forEach(r -> r.socket().closeQuietly());
            vm.dispose();
            pool.shutdownNow();
        }
    }
    @Test
    void should_cancel_a_pending_connect_by_interrupting_it() throws Exception {
        ExecutorService pool = Threads.enginePool();
        UiQueue ui = new UiQueue(); // the model's state is this thread's, as the FX thread's in the window
        Threads async = ui.threads(pool);
        TranscriptViewModel t = new TranscriptViewModel(async);
        SocketsViewModel vm = new SocketsViewModel(new ActionRunner(async, t), new SocketNames());
        try {
            // given a loopback listener with backlog 0 whose accept queue is already full: the kernel
            // drops the next handshake, so a second connect waits
            ui.await(vm.create());
            ui.await(vm.bind());
            vm.backlogProperty().set(0);
            ui.await(vm.listen());
            SocketRow listener = vm.selected();
            // the table learns the listener's name a moment after bind (its snapshot is read off this thread)
            ui.runUntil("the table knows the listener's name", () -> !listener.local().equals("#f"), () -> {});
            ui.await(vm.create());
            vm.useNameOf(listener);
            try {
                ui.await(vm.connect());
            } catch (Exception e) {
                // gVisor's netstack sometimes refuses instead of queueing when the backlog is 0
                org.junit.jupiter.api.Assumptions.abort("this kernel refused the first connect: " + e.getMessage());
            }
            ui.await(vm.create());
            SocketRow waiting = vm.selected();
            CompletableFuture<Void> connecting = vm.connect();
            ui.runFor(300);
            org.junit.jupiter.api.Assumptions.assumeFalse(connecting.isDone(), "this kernel completed the handshake anyway");
            assertThat(waiting.pending()).isEqualTo("connecting…");

            // when the person cancels
            vm.cancelPending();

            // then the connect ends as cancelled (the engine's cancelled condition), and the socket stays open
            ui.runUntil("the connect ends", connecting::isDone, () -> {});
            assertThat(connecting).isCompletedExceptionally();
            java.util.List<TranscriptEntry> entries = t.entries();
            TranscriptEntry connect = entries.stream().filter(e -> e.form().startsWith("(socket-connect s3")).findFirst().orElseThrow();
            assertThat(connect.status()).isEqualTo(TranscriptEntry.Status.CANCELLED);
            assertThat(entries).extracting(TranscriptEntry::form).doesNotContain("(socket-close s3)");
            assertThat(waiting.socket().isClosed()).isFalse();
        } finally {
            vm.rows().forEach(r -> r.socket().closeQuietly());
            vm.dispose();
            pool.shutdownNow();
        }
    }

    @Test
    void should_keep_only_the_last_closed_sockets_in_the_table() throws Exception {
        // given many sockets made and closed through the window
        int made = SocketsViewModel.KEPT_CLOSED + 10;
        for (int i = 0; i < made; i++) {
            sockets.create().get(5, TimeUnit.SECONDS);
            sockets.close().get(5, TimeUnit.SECONDS);
        }
        sockets.create().get(5, TimeUnit.SECONDS);

        // then the table holds the live one and at most the last few closed ones, the newest of them
        java.util.List<SocketRow> closed = sockets.rows().stream().filter(r -> r.state() == SocketState.CLOSED).toList();
        assertThat(closed).hasSizeLessThanOrEqualTo(SocketsViewModel.KEPT_CLOSED);
        assertThat(closed.get(closed.size() - 1).name()).isEqualTo("s" + made);
        assertThat(sockets.rows()).filteredOn(r -> r.state() != SocketState.CLOSED).hasSize(1);
    }
}
