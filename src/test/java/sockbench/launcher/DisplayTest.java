package sockbench.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void should_say_what_is_missing_on_linux_without_display() {
        assertThat(Display.missing("Linux", Map.of(), null)).hasValueSatisfying(m ->
                assertThat(m).contains("DISPLAY is not set").contains("--script FILE or --repl"));
        assertThat(Display.missing("Linux", Map.of("DISPLAY", " "), null)).isPresent();
    }

    @Test
    void should_find_nothing_missing_with_a_display_or_monocle_or_off_x11() {
        assertThat(Display.missing("Linux", Map.of("DISPLAY", ":104"), null)).isEmpty();
        assertThat(Display.missing("Linux", Map.of(), "Monocle")).isEmpty();
        assertThat(Display.missing("Mac OS X", Map.of(), null)).isEmpty();
        assertThat(Display.missing("Windows 11", Map.of(), null)).isEmpty();
    }
}
