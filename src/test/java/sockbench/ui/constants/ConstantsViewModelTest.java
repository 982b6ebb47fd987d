package sockbench.ui.constants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.Constants;

class ConstantsViewModelTest {
    private final ConstantsViewModel vm = new ConstantsViewModel();

    @Test
    void should_list_every_constant_with_its_value_or_undefined_here() {
        assertThat(vm.shown()).hasSize(Constants.names().size());
        ConstantRow inet = vm.shown().stream().filter(r -> r.symbol().equals("af/inet")).findFirst().orElseThrow();
        assertThat(inet.cName()).isEqualTo("AF_INET");
        assertThat(inet.valueText()).isEqualTo(Integer.toString(Constants.require("af/inet")));
        assertThat(vm.shown().stream().filter(r -> r.value() == null))
                .allMatch(r -> r.valueText().equals(ConstantRow.UNDEFINED)).isNotEmpty();
    }

    @Test
    void should_search_symbols_c_names_and_values() {
        vm.searchProperty().set("linger");
        assertThat(vm.shown()).extracting(ConstantRow::symbol).containsExactly("so/linger");
        vm.searchProperty().set("IP_MULTICAST_T");
        assertThat(vm.shown()).extracting(ConstantRow::symbol).containsExactly("ip/multicast-ttl");
        vm.searchProperty().set("undefined");
        assertThat(vm.shown()).allMatch(r -> r.value() == null);
        vm.searchProperty().set("");
        assertThat(vm.shown()).hasSize(vm.total());
    }

    @Test
    void should_convert_both_ways_as_you_type() {
        Conversion toFamily = vm.conversions().get(0);
        toFamily.inputProperty().set(Integer.toString(Constants.require("af/inet6")));
        assertThat(toFamily.outputProperty().get()).isEqualTo("af/inet6");
        assertThat(toFamily.formProperty().get()).isEqualTo("(integer->address-family " + Constants.require("af/inet6") + ")");
        toFamily.inputProperty().set("9999");
        assertThat(toFamily.outputProperty().get()).isEqualTo("#f");
        toFamily.inputProperty().set("x");
        assertThat(toFamily.outputProperty().get()).startsWith("error");

        Conversion toInteger = vm.conversions().get(5);
        toInteger.inputProperty().set("ipproto/udp");
        assertThat(toInteger.outputProperty().get()).isEqualTo(Integer.toString(Constants.require("ipproto/udp")));
        assertThat(toInteger.formProperty().get()).isEqualTo("(protocol-type->integer 'ipproto/udp)");
    }
}
