package sockbench.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sockbench.net.Errors;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.Threads;

class ConsoleViewModelTest {
    private final Threads threads = Threads.direct();
    private final TranscriptViewModel transcript = new TranscriptViewModel(threads);

    @Test
    void should_say_the_console_is_not_available_yet() {
        // given the placeholder evaluator
        ConsoleViewModel console = new ConsoleViewModel(threads, transcript, ConsoleEvaluator.UNAVAILABLE);

        // when a form is submitted
        console.textProperty().set("  (socket af/inet sock/stream) ");
        console.submit();

        // then it is in the transcript, not run, with the reason; the line is cleared
        TranscriptEntry e = transcript.entries().get(0);
        assertThat(e.form()).isEqualTo("(socket af/inet sock/stream)");
        assertThat(e.status()).isEqualTo(TranscriptEntry.Status.NOT_RUN);
        assertThat(e.output()).startsWith("console not available yet");
        assertThat(console.textProperty().get()).isEmpty();
    }

    @Test
    void should_show_values_output_and_explained_errors_of_an_evaluator() {
        // given an evaluator that answers by the text
        List<String> seen = new ArrayList<>();
        ConsoleViewModel console = new ConsoleViewModel(threads, transcript, text -> {
            seen.add(text);
            return text.equals("(boom)")
                    ? ConsoleEvaluator.Result.error("", Errors.syscall("connect", 111))
                    : ConsoleEvaluator.Result.value("hello\n", "42");
        });

        // when two forms and a blank line are submitted
        console.textProperty().set("(+ 40 2)");
        console.submit();
        console.textProperty().set("   ");
        console.submit();
        console.textProperty().set("(boom)");
        console.submit();

        // then they ran in order, blank did nothing, and the error carries its errno meaning
        assertThat(seen).containsExactly("(+ 40 2)", "(boom)");
        assertThat(transcript.entries().get(0).result()).isEqualTo("42");
        assertThat(transcript.entries().get(0).output()).isEqualTo("hello\n");
        assertThat(transcript.entries().get(1).error().symbol()).isEqualTo("ECONNREFUSED");
        assertThat(transcript.entries().get(1).error().meaning()).startsWith("nobody listens there");
    }
}
