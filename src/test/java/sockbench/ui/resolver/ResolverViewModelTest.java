package sockbench.ui.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Threads;
import sockbench.ui.transcript.TranscriptEntry;
import sockbench.ui.transcript.TranscriptViewModel;

class ResolverViewModelTest {
    private final Threads threads = Threads.direct();
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);
    private final ResolverViewModel vm = new ResolverViewModel(new ActionRunner(threads, transcript));

    @Test
    void should_write_the_form_with_only_the_keywords_that_differ_from_the_defaults() {
        vm.nodeProperty().set("localhost");
        vm.serviceProperty().set("http");
        assertThat(vm.addressInformationForm()).isEqualTo("(address-information \"localhost\" \"http\")");

        vm.nodeProperty().set("");
        vm.serviceProperty().set("53");
        vm.familyProperty().set("af/inet6");
        vm.typeProperty().set("#f");
        vm.protocolProperty().set("ipproto/udp");
        vm.aiFlags().get("ai/passive").set(true);
        vm.aiFlags().get("ai/canonname").set(true);
        assertThat(vm.addressInformationForm()).isEqualTo("(address-information #f 53 family: af/inet6 type: #f "
                + "protocol: ipproto/udp flags: (bitwise-ior ai/passive ai/canonname))");
    }

    @Test
    void should_resolve_a_numeric_address_into_the_table() {
        // when 127.0.0.1 port 53 is resolved for datagrams
        vm.nodeProperty().set("127.0.0.1");
        vm.serviceProperty().set("53");
        vm.typeProperty().set("sock/dgram");
        List<AddrInfo> r = vm.resolve().join();

        // then one udp result, selected, printed in the transcript as the egg prints it
        assertThat(vm.results()).containsExactlyElementsOf(r).hasSize(1);
        AddrInfo ai = vm.results().get(0);
        assertThat(ai.family()).isEqualTo(Constants.require("af/inet"));
        assertThat(ai.address().toEggString()).isEqualTo("127.0.0.1:53");
        assertThat(vm.selectedProperty().get()).isEqualTo(ai);
        assertThat(transcript.entries().get(0).result()).isEqualTo("(#<addrinfo \"127.0.0.1:53\" af/inet sock/dgram ipproto/udp>)");
    }

    @Test
    void should_show_an_unknown_name_as_the_empty_list() {
        // ai/numerichost: a name is then unknown without asking any name server
        vm.nodeProperty().set("localhost");
        vm.aiFlags().get("ai/numerichost").set(true);
        vm.resolve().join();
        assertThat(vm.results()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("()");
        assertThat(transcript.entries().get(0).result()).isEqualTo("()");
    }

    @Test
    void should_look_up_a_name_numerically() {
        vm.niAddressProperty().set("::1");
        vm.niPortProperty().set("80");
        vm.niFlags().get("ni/numerichost").set(true);
        vm.niFlags().get("ni/numericserv").set(true);
        vm.lookUp().join();
        assertThat(transcript.entries().get(0).form())
                .isEqualTo("(name-information (inet-address \"::1\" 80) (bitwise-ior ni/numerichost ni/numericserv))");
        assertThat(vm.niResultProperty().get()).isEqualTo("(\"::1\" . 80)");
    }

    @Test
    void should_show_a_bad_address_as_an_error_line() {
        vm.niAddressProperty().set("300.1.1.1");
        vm.lookUp().exceptionally(e -> null).join();
        assertThat(transcript.entries().get(0).status()).isEqualTo(TranscriptEntry.Status.FAILED);
        assertThat(vm.niResultProperty().get()).isEmpty();
        assertThat(vm.niProblemProperty().get()).contains("300.1.1.1").doesNotContain("Exception");
    }
}
