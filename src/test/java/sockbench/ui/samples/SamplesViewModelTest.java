package sockbench.ui.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesViewModelTest {
    private static final String SOURCE = """
            ;;; UDP datagrams: boundaries are kept.
            ;;;
            ;;; Teaches: one send-to is one datagram.

            (define a (socket af/inet sock/dgram))
            """;

    @Test
    void should_take_the_first_header_line_as_the_summary_and_the_whole_header_as_what_it_teaches() {
        assertThat(SamplesViewModel.summary(SOURCE)).isEqualTo("UDP datagrams: boundaries are kept.");
        assertThat(SamplesViewModel.header(SOURCE)).isEqualTo("UDP datagrams: boundaries are kept.\n\nTeaches: one send-to is one datagram.");
    }

    @Test
    void should_have_no_summary_when_the_file_starts_with_code() {
        assertThat(SamplesViewModel.summary("(display 1)\n;;; late comment")).isEmpty();
    }
}
