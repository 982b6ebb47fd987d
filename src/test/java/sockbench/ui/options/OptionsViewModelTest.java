package sockbench.ui.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketNames;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

class OptionsViewModelTest {
    private final Threads threads = Threads.direct();
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);
    private final SocketNames names = new SocketNames();
    private final OptionsViewModel vm = new OptionsViewModel(new ActionRunner(threads, transcript), names);
    private final Socket tcp = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));

    @AfterEach
    void close() {
        tcp.closeQuietly();
    }

    @Test
    void should_group_every_catalogue_option_by_level() {
        assertThat(vm.byLevel().keySet()).containsExactly("sol/socket", "ipproto/tcp", "ipproto/ip", "ipproto/ipv6");
        assertThat(vm.byLevel().values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(OptionCatalogue.all().size());
        assertThat(vm.row("so-type").availability()).isEqualTo(OptionRow.Availability.NO_SOCKET);
    }

    /**
     * socket(7): reading SO_ERROR clears the pending error. A connected datagram socket's ICMP "port
     * unreachable" waits there for its next call (udp(7)); a panel that read every option at each
     * selection would take it, and the receive the lesson is about would wait instead of raising.
     */
    @Test
    void should_leave_a_pending_error_for_the_next_call_and_read_it_only_when_asked() throws Exception {
        int inet = Constants.require("af/inet");
        int dgram = Constants.require("sock/dgram");
        Socket gone = Socket.create(inet, dgram);
        gone.bind(sockbench.net.SockAddr.inet("127.0.0.1", 0));
        sockbench.net.SockAddr nobody = gone.name();
        gone.close();
        Socket udp = Socket.create(inet, dgram);
        try {
            udp.connect(nobody);
            udp.send(new byte[] {1}, 0, null, 0);
            Thread.sleep(50); // the kernel's ICMP answer, over loopback

            // when the panel shows the socket
            vm.socketProperty().set(udp);

            // then so/error is not read, and the socket's next call still gets its error
            assertThat(vm.row("so-error").availability()).isEqualTo(OptionRow.Availability.ON_REQUEST);
            assertThat(vm.row("so-error").value()).isEqualTo("not read");
            assertThat(vm.row("so-type").value()).isEqualTo(Integer.toString(dgram));
            sockbench.net.NetException e = org.junit.jupiter.api.Assertions.assertThrows(sockbench.net.NetException.class,
                    () -> udp.receive(new byte[8], 0, null, Constants.require("msg/dontwait")));
            assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");

            // and asked, the panel reads it, as the form that reads it
            vm.readBack(udp, vm.row("so-error"));
            assertThat(vm.row("so-error").availability()).isEqualTo(OptionRow.Availability.READ);
            assertThat(vm.row("so-error").value()).isEqualTo("0");
            assertThat(transcript.entries()).extracting(TranscriptEntry::form).containsExactly("(so-error " + names.nameOf(udp) + ")");
        } finally {
            udp.closeQuietly();
        }
    }

    @Test
    void should_read_a_socket_selected_while_hidden_only_when_shown_again() {
        vm.shownProperty().set(false);
        vm.socketProperty().set(tcp);
        assertThat(vm.row("so-type").availability()).as("nothing read while hidden").isEqualTo(OptionRow.Availability.NO_SOCKET);

        vm.shownProperty().set(true);
        assertThat(vm.row("so-type").value()).isEqualTo(Integer.toString(Constants.require("sock/stream")));
    }

    @Test
    void should_read_every_option_of_the_socket_and_say_why_some_cannot_be() {
        // when a TCP socket is selected
        vm.socketProperty().set(tcp);

        // then values are read, and the rest say why not
        assertThat(vm.row("so-type").value()).isEqualTo(Integer.toString(Constants.require("sock/stream")));
        assertThat(vm.row("tcp-no-delay?").value()).isEqualTo("#f");
        assertThat(vm.row("so-linger").value()).isEqualTo("(#f 0)");
        assertThat(vm.row("tcp-no-push?").availability()).isEqualTo(OptionRow.Availability.UNSUPPORTED);
        assertThat(vm.row("tcp-no-push?").reason()).contains("tcp/nopush is #f here");
        assertThat(vm.row("ip-add-membership").availability()).isEqualTo(OptionRow.Availability.WRITE_ONLY);
        // an IPv6 option on an IPv4 socket: the kernel refuses it, and the reason carries its errno
        assertThat(vm.row("ipv6-v6-only?").availability()).isIn(OptionRow.Availability.UNSUPPORTED, OptionRow.Availability.FAILED);
        assertThat(vm.row("ipv6-v6-only?").reason()).matches("E[A-Z]+: .*");
        assertThat(transcript.entries()).as("reading is not an action").isEmpty();
    }

    @Test
    void should_set_an_option_and_read_it_back_as_two_forms() {
        vm.socketProperty().set(tcp);
        Object back = vm.set(vm.row("so-receive-buffer"), 65536).join();

        // Linux doubles SO_RCVBUF: the read-back shows what the kernel kept, not what was asked
        assertThat(back).isEqualTo(131072);
        assertThat(vm.row("so-receive-buffer").value()).isEqualTo("131072");
        assertThat(transcript.entries()).extracting(TranscriptEntry::form)
                .containsExactly("(set! (so-receive-buffer s1) 65536)", "(so-receive-buffer s1)");
    }

    @Test
    void should_refuse_a_read_only_option_with_an_explained_error() {
        vm.socketProperty().set(tcp);
        vm.set(vm.row("so-type"), 2).exceptionally(e -> null).join();
        assertThat(transcript.entries().get(0).status()).isEqualTo(TranscriptEntry.Status.FAILED);
        assertThat(transcript.entries().get(0).error().message()).contains("read-only");
    }

    @Test
    void should_parse_editor_text_for_the_option_type() {
        assertThat(OptionsViewModel.parse(OptionCatalogue.byAccessor("tcp-no-delay?").orElseThrow(), "#t")).isEqualTo(true);
        assertThat(OptionsViewModel.parse(OptionCatalogue.byAccessor("ip-time-to-live").orElseThrow(), "#x40")).isEqualTo(64);
        assertThatThrownBy(() -> OptionsViewModel.parse(OptionCatalogue.byAccessor("ip-time-to-live").orElseThrow(), "many"))
                .hasMessageContaining("expected an integer");
    }
}
