package sockbench.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EggTextTest {

    @Test
    void should_write_values_as_the_console_reads_them() {
        assertThat(EggText.string("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\x1;\"");
        assertThat(EggText.value(true)).isEqualTo("#t");
        assertThat(EggText.value(null)).isEqualTo("#f");
        assertThat(EggText.value(new byte[] {1, 0, 0x64})).isEqualTo("#${010064}");
        assertThat(EggText.value(List.of(true, 100))).isEqualTo("(#t 100)");
        assertThat(EggText.spacedHex(new byte[] {1, (byte) 0xff})).isEqualTo("01 ff");
    }

    @Test
    void should_write_ports_services_and_flags_as_the_spec_does() {
        assertThat(EggText.portOrService("8080")).isEqualTo("8080");
        assertThat(EggText.portOrService("http")).isEqualTo("\"http\"");
        assertThat(EggText.portOrService(" ")).isEqualTo("#f");
        assertThat(EggText.portOrServiceValue("80")).isEqualTo(80);
        assertThat(EggText.flags(List.of())).isEqualTo("0");
        assertThat(EggText.flags(List.of("ai/passive"))).isEqualTo("ai/passive");
        assertThat(EggText.flags(List.of("ni/numerichost", "ni/numericserv")))
                .isEqualTo("(bitwise-ior ni/numerichost ni/numericserv)");
    }
}
