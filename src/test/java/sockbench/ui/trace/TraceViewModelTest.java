package sockbench.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.Socket;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Housekeeping;
import sockbench.ui.async.Pulse;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketNames;
import sockbench.ui.sockets.SocketsViewModel;
import sockbench.ui.transcript.TranscriptViewModel;

class TraceViewModelTest {

    @Test
    void should_keep_at_most_max_rows_name_the_sockets_and_leave_out_the_windows_polling() throws Exception {
        // given a trace recording, and a socket the window knows
        Threads direct = Threads.direct();
        SocketsViewModel sockets = new SocketsViewModel(new ActionRunner(direct, new TranscriptViewModel(direct)), new SocketNames());
        Pulse pulse = new Pulse();
        TraceViewModel vm = new TraceViewModel(sockets, pulse);
        vm.recordingProperty().set(true);
        Socket s = Socket.create(Constants.require("af/inet"), Constants.require("sock/dgram"));
        try {
            // when the socket makes thousands of calls, and the window polls it once
            for (int i = 0; i < 3 * TraceViewModel.MAX_ROWS; i++) {
                s.isReceiveReady();
                if (i % 500 == 0) {
                    pulse.tick(System.nanoTime());
                }
            }
            pulse.tick(System.nanoTime());
            long beforePolling = vm.recordedProperty().get();
            Housekeeping.call(s::isReceiveReady);
            pulse.tick(System.nanoTime());

            // then the table keeps the newest MAX_ROWS, each named after its socket, and the window's poll is left out
            assertThat(vm.rows()).hasSize(TraceViewModel.MAX_ROWS);
            assertThat(vm.rows()).allMatch(r -> r.fd() == s.fileno() && r.socket().equals(sockets.names().nameOf(s)));
            assertThat(beforePolling).isGreaterThanOrEqualTo(3L * TraceViewModel.MAX_ROWS);
            assertThat(vm.recordedProperty().get()).isEqualTo(beforePolling);

            // and pausing stops listening: the engine's calls no longer arrive
            vm.recordingProperty().set(false);
            long heard = vm.recordedProperty().get();
            s.isReceiveReady();
            pulse.tick(System.nanoTime());
            assertThat(vm.recordedProperty().get()).isEqualTo(heard);
        } finally {
            s.close();
            vm.dispose();
            sockets.dispose();
        }
    }
}
