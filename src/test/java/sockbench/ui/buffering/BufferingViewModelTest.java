package sockbench.ui.buffering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sockbench.net.PortEvent;
import sockbench.net.SocketState;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Pulse;
import sockbench.ui.async.Threads;
import sockbench.ui.async.UiQueue;
import sockbench.ui.sockets.SocketNames;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.SocketsViewModel;
import sockbench.ui.transcript.TranscriptViewModel;
import sockbench.ui.transfer.TransfersViewModel;

/** The buffering view model without a window: engine calls on a pool, everything else on the test's thread. */
class BufferingViewModelTest {
    private ExecutorService pool;
    private SocketsViewModel sockets;
    private BufferingViewModel vm;
    private TransfersViewModel transfers;
    private final Pulse pulse = new Pulse();
    private final UiQueue ui = new UiQueue();

    @BeforeEach
    void pair() throws Exception {
        pool = Threads.enginePool();
        // the model's state is the test thread's, as the FX thread's in the window: engine threads hand it work
        Threads threads = ui.threads(pool);
        ActionRunner runner = new ActionRunner(threads, new TranscriptViewModel(threads));
        sockets = new SocketsViewModel(runner, new SocketNames());
        transfers = new TransfersViewModel(runner, sockets, pulse);
        vm = new BufferingViewModel(runner, transfers, pulse);
        ui.await(sockets.loopbackPair());
    }

    @AfterEach
    void close() {
        vm.dispose();
        transfers.dispose();
        sockets.rows().forEach(r -> r.socket().closeQuietly());
        sockets.dispose();
        pool.shutdownNow();
    }

    @Test
    void should_read_the_kernels_queues_only_while_the_view_is_shown() throws Exception {
        // given the client selected and the view hidden: pulses read nothing
        for (int i = 0; i < 10; i++) {
            pulse.tick(i * 1_000_000_000L);
        }
        ui.runFor(200); // a read, had one started, would be back by now
        assertThat(vm.selfKernel().readingProperty().get().queues()).isNull();

        // when the view is shown, the next pulse reads the client's queues
        vm.shownProperty().set(true);
        long deadline = System.nanoTime() + 5_000_000_000L;
        for (long t = 20_000_000_000L; vm.selfKernel().readingProperty().get().queues() == null && System.nanoTime() < deadline; t += 1_000_000_000L) {
            pulse.tick(t);
            ui.runFor(10);
        }
        assertThat(vm.selfKernel().readingProperty().get().queues()).isNotNull();
    }

    @Test
    void should_count_one_1024_byte_send_and_2_bytes_kept_after_500_and_526_through_512() throws Exception {
        // given the client's ports with a 512-byte buffer
        SocketRow client = vm.socketProperty().get();
        assertThat(client.name()).isEqualTo("s2");
        assertThat(client.socket().state()).isEqualTo(SocketState.CONNECTED);
        vm.sendBufferSizeProperty().set("512");
        ui.await(vm.openPorts());

        // when 500 then 526 bytes are written
        vm.writeTextProperty().set("a");
        vm.repeatProperty().set(500);
        ui.await(vm.write());
        vm.repeatProperty().set(526);
        ui.await(vm.write());
        vm.drain();

        // then one send-all and one send call of 1024 left, 2 bytes stay, and the counts are exact
        assertThat(vm.timeline()).extracting(PortStep::label).containsExactly("write 500", "write 526", "send-all 1024", "send 1024");
        assertThat(vm.outFillProperty().get()).isEqualTo(2);
        assertThat(vm.lastWriteTotalProperty().get()).isEqualTo(1026);
        assertThat(vm.lastSentProperty().get()).isEqualTo(1024);
        assertThat(vm.calls(PortEvent.Kind.SEND)).isEqualTo(1);
        assertThat(vm.bytes(PortEvent.Kind.WRITE)).isEqualTo(1026);

        // and a flush sends the last 2 in a send-all of their own
        ui.await(vm.flush());
        vm.drain();
        assertThat(vm.outFillProperty().get()).isZero();
        assertThat(vm.timeline()).extracting(PortStep::label).endsWith("send-all 2", "send 2");
    }

    @Test
    void should_refuse_sizes_that_are_not_sizes_before_any_port_is_made() {
        vm.sendBufferSizeProperty().set("-3");
        assertThat(vm.openPorts()).isCompletedExceptionally();
        assertThat(vm.sizesProblemProperty().get()).contains("socket-send-buffer-size").contains("positive size");
        assertThat(vm.portsOpenProperty().get()).isFalse();
    }
}
