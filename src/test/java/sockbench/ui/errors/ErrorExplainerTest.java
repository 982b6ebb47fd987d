package sockbench.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.Errors;

class ErrorExplainerTest {

    @Test
    void should_explain_a_refused_connect_in_plain_words() {
        Explanation x = ErrorExplainer.explain(Errors.syscall("connect", 111));
        assertThat(x.symbol()).isEqualTo("ECONNREFUSED");
        assertThat(x.message()).isEqualTo("connect: Connection refused");
        assertThat(x.oneLine()).startsWith("ECONNREFUSED: nobody listens there");
        assertThat(x.kinds()).contains("transient");
    }

    @Test
    void should_fall_back_to_strerror_for_an_errno_without_a_meaning() {
        // EXDEV (18): no socket meaning in the table
        Explanation x = ErrorExplainer.explain(Errors.syscall("rename", 18));
        assertThat(x.symbol()).isEqualTo("EXDEV");
        assertThat(x.meaning()).isEqualTo(Errors.strerror(18));
    }

    @Test
    void should_explain_errors_without_an_errno_by_their_kind() {
        assertThat(ErrorExplainer.explain(Errors.timeout("accept", 100)).meaning()).contains("timeout parameter");
        assertThat(ErrorExplainer.explain(Errors.closed("socket-send")).meaning()).startsWith("the socket is closed");
        assertThat(ErrorExplainer.explain(Errors.badArgument("inet-address", "port 70000 is outside 0..65535")).heading())
                .isEqualTo("(exn type)");
        assertThat(ErrorExplainer.explain(new IllegalStateException("oops")).message()).isEqualTo("oops");
    }
}
