package sockbench.ui.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketNames;
import sockbench.ui.transcript.TranscriptViewModel;

class StructEditorViewModelTest {
    private final Threads threads = Threads.direct();
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);
    private final StructEditorViewModel vm = new StructEditorViewModel(new ActionRunner(threads, transcript), new SocketNames());
    private Socket tcp;

    @BeforeEach
    void littleEndian() {
        Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "byte expectations are little-endian");
    }

    @AfterEach
    void close() {
        if (tcp != null) {
            tcp.closeQuietly();
        }
    }

    private FieldModel field(String name) {
        return vm.fields().stream().filter(f -> f.field().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_start_with_linger_and_turn_fields_into_bytes() {
        assertThat(vm.optionProperty().get().accessor()).isEqualTo("so-linger");
        assertThat(vm.cells()).hasSize(8);

        field("l_onoff").textProperty().set("1");
        field("l_linger").textProperty().set("100");

        assertThat(vm.hexProperty().get()).isEqualTo("01 00 00 00 64 00 00 00");
        assertThat(vm.cells().get(4).hexProperty().get()).isEqualTo("64");
        assertThat(vm.cells().get(4).field()).isEqualTo(1);
        assertThat(vm.decodedProperty().get()).isEqualTo("(#t 100)");
    }

    @Test
    void should_turn_bytes_into_fields() {
        vm.cells().get(5).hexProperty().set("01");
        assertThat(field("l_linger").textProperty().get()).isEqualTo("256");
        vm.setHex("#${0100000005000000}");
        assertThat(field("l_onoff").textProperty().get()).isEqualTo("1");
        assertThat(field("l_linger").textProperty().get()).isEqualTo("5");
        assertThatThrownBy(() -> vm.setHex("01 02")).hasMessageContaining("has 8 bytes");
    }

    @Test
    void should_keep_the_bytes_and_say_why_when_a_field_does_not_parse() {
        field("l_linger").textProperty().set("100");
        field("l_linger").textProperty().set("lots");
        assertThat(field("l_linger").problemProperty().get()).contains("expected an integer");
        assertThat(vm.hexProperty().get()).isEqualTo("00 00 00 00 64 00 00 00");
        field("l_linger").textProperty().set("99999999999");
        assertThat(field("l_linger").problemProperty().get()).contains("does not fit a int");
    }

    @Test
    void should_have_the_bytes_of_every_field_whenever_the_fields_change() {
        // the view draws each field over its bytes as soon as the fields change: the cells must be there
        java.util.List<String> missing = new java.util.ArrayList<>();
        vm.fields().addListener((javafx.collections.ListChangeListener<FieldModel>) c -> {
            for (FieldModel f : vm.fields()) {
                if (f.field().offset() + f.field().size() > vm.cells().size()) {
                    missing.add(f.field().name() + " past " + vm.cells().size() + " cells");
                }
            }
        });
        for (String option : new String[] {"so-receive-timeout", "ip-add-membership", "so-linger", "so-send-timeout"}) {
            vm.optionProperty().set(OptionCatalogue.byAccessor(option).orElseThrow());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void should_draw_timeval_and_ip_mreqn_with_their_own_layouts() {
        vm.optionProperty().set(OptionCatalogue.byAccessor("so-receive-timeout").orElseThrow());
        assertThat(vm.cells()).hasSize(16);
        field("tv_sec").textProperty().set("2");
        field("tv_usec").textProperty().set("500000");
        assertThat(vm.decodedProperty().get()).isEqualTo("(2 500000)");

        vm.optionProperty().set(OptionCatalogue.byAccessor("ip-add-membership").orElseThrow());
        assertThat(vm.cells()).hasSize(12);
        field("imr_multiaddr").textProperty().set("224.0.0.251");
        // network order: the first byte of the address comes first
        assertThat(vm.hexProperty().get()).startsWith("e0 00 00 fb");
    }

    @Test
    void should_apply_linger_and_read_back_what_the_kernel_keeps() {
        tcp = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        vm.socketProperty().set(tcp);
        field("l_onoff").textProperty().set("1");
        field("l_linger").textProperty().set("100");

        vm.apply().join();

        assertThat(vm.readBackProperty().get()).isEqualTo("01 00 00 00 64 00 00 00");
        assertThat(vm.readBackDecodedProperty().get()).isEqualTo("(#t 100)");
        assertThat(transcript.entries().get(0).form()).isEqualTo("(set-socket-option s1 sol/socket so/linger #${0100000064000000})");
        assertThat(transcript.entries().get(1).result()).isEqualTo("#${0100000064000000}   ; (#t 100)");
    }

    @Test
    void should_load_the_kernels_value_into_the_editor() {
        tcp = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        vm.socketProperty().set(tcp);
        vm.optionProperty().set(OptionCatalogue.byAccessor("so-send-timeout").orElseThrow());
        field("tv_sec").textProperty().set("9");
        vm.load().join();
        assertThat(field("tv_sec").textProperty().get()).isEqualTo("0");
        assertThat(vm.decodedProperty().get()).isEqualTo("(0 0)");
    }
}
