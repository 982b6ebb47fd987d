package sockbench.ui.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.Socket;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketNames;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

class LowLevelViewModelTest {
    private final Threads threads = Threads.direct();
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);
    private final LowLevelViewModel vm = new LowLevelViewModel(new ActionRunner(threads, transcript), new SocketNames());
    private final Socket tcp = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));

    @AfterEach
    void close() {
        tcp.closeQuietly();
    }

    @Test
    void should_set_from_hex_bytes_and_get_them_back_raw_and_decoded() {
        vm.socketProperty().set(tcp);
        vm.levelProperty().set("ipproto/tcp");
        vm.nameProperty().set("tcp/nodelay");
        vm.kindProperty().set(LowLevelViewModel.ValueKind.BYTES);
        vm.valueProperty().set("01 00 00 00");
        vm.set().join();

        vm.lengthProperty().set("4");
        vm.get().join();

        assertThat(transcript.entries()).extracting(TranscriptEntry::form).containsExactly(
                "(set-socket-option s1 ipproto/tcp tcp/nodelay #${01000000})",
                "(get-socket-option s1 ipproto/tcp tcp/nodelay 4)");
        assertThat(vm.resultHexProperty().get()).isEqualTo("01 00 00 00");
        assertThat(vm.resultDecodedProperty().get()).isEqualTo("as a C int: 1");
    }

    @Test
    void should_take_numbers_for_level_and_name_and_decode_a_struct() {
        vm.socketProperty().set(tcp);
        vm.levelProperty().set(Integer.toString(Constants.require("sol/socket")));
        vm.nameProperty().set(Integer.toString(Constants.require("so/linger")));
        vm.lengthProperty().set("8");
        vm.get().join();
        assertThat(vm.resultDecodedProperty().get()).isEqualTo("struct linger: (#f 0)");
    }

    @Test
    void should_read_an_integer_when_no_length_is_given() {
        vm.socketProperty().set(tcp);
        vm.nameProperty().set("so/type");
        vm.get().join();
        assertThat(vm.resultHexProperty().get()).isEqualTo(Integer.toString(Constants.require("sock/stream")));
        assertThat(transcript.entries().get(0).form()).isEqualTo("(get-socket-option s1 sol/socket so/type)");
    }

    @Test
    void should_explain_an_unknown_constant() {
        vm.socketProperty().set(tcp);
        vm.nameProperty().set("so/nonsense");
        vm.get().exceptionally(e -> null).join();
        // said at the field, before any call: nothing reaches the transcript
        assertThat(vm.whereProblemProperty().get()).contains("so/nonsense is not a constant");
        assertThat(transcript.entries()).isEmpty();
    }

    @Test
    void should_refuse_a_length_and_a_byte_value_that_are_not_such_at_their_fields() {
        vm.socketProperty().set(tcp);
        vm.lengthProperty().set("abc");
        assertThat(vm.get()).isCompletedExceptionally();
        assertThat(vm.lengthProblemProperty().get()).isEqualTo("length: expected an integer, got \"abc\"");
        vm.kindProperty().set(LowLevelViewModel.ValueKind.BYTES);
        vm.valueProperty().set("zz");
        assertThat(vm.set()).isCompletedExceptionally();
        assertThat(vm.valueProblemProperty().get()).contains("zz").contains("hex");
        assertThat(transcript.entries()).isEmpty();

        // and the message goes once the text changes
        vm.valueProperty().set("01 00 00 00");
        assertThat(vm.valueProblemProperty().get()).isEmpty();
    }
}
