package sockbench.ui.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.OptionCatalogue;
import sockbench.net.OptionType;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;

/** The read-back note explains what Linux does to SO_RCVBUF / SO_SNDBUF: a real set, a real read. */
class ReadBackNoteTest {

    @Test
    void should_explain_the_kernel_doubling_so_rcvbuf_where_it_reads_back() {
        var rcvbuf = OptionCatalogue.bySymbol("so/rcvbuf").orElseThrow();
        try (Socket s = Socket.create(sockbench.net.Constants.require("af/inet"), sockbench.net.Constants.require("sock/stream"), 0)) {
            // given 8192 set on a real socket
            SocketOptions.set(s, rcvbuf, 8192);
            Object back = SocketOptions.get(s, rcvbuf);

            // then the note says what the kernel did with it
            String note = OptionsViewModel.readBackNote(rcvbuf, 8192, back);
            assertThat(back).isEqualTo(16384);
            assertThat(note).contains("set 8192, reads 16384").contains("doubles SO_RCVBUF").contains("socket(7)");
        }
    }

    @Test
    void should_say_nothing_when_the_value_reads_back_as_set_or_for_other_options() {
        var nodelay = OptionCatalogue.bySymbol("tcp/nodelay").orElseThrow();
        assertThat(nodelay.type()).isEqualTo(OptionType.BOOLEAN);
        assertThat(OptionsViewModel.readBackNote(nodelay, true, true)).isEmpty();
        var sndbuf = OptionCatalogue.bySymbol("so/sndbuf").orElseThrow();
        assertThat(OptionsViewModel.readBackNote(sndbuf, 4608, 4608)).isEmpty();
        assertThat(OptionsViewModel.readBackNote(sndbuf, 1, 4608)).contains("within its limits");
    }
}
