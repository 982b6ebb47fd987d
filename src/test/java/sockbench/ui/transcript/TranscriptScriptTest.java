package sockbench.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sockbench.ui.errors.Explanation;

class TranscriptScriptTest {

    private static TranscriptEntry entry(String form) {
        return new TranscriptEntry(TranscriptEntry.Source.WINDOW, form, null);
    }

    @Test
    void should_write_done_forms_with_their_results_as_comments() {
        // given a form that returned a value and one that returned nothing
        TranscriptEntry create = entry("(socket af/inet sock/stream)");
        create.succeed("(define s1 (socket af/inet sock/stream))", "#<socket fd:7 af/inet sock/stream>", null);
        TranscriptEntry listen = entry("(socket-listen s1 8)");
        listen.succeed("(socket-listen s1 8)", null, null);

        // when written
        String script = TranscriptScript.write(List.of(create, listen), "header");

        // then each form is code and each result a comment
        assertThat(script).isEqualTo(";; header\n\n"
                + "(define s1 (socket af/inet sock/stream))\n; => #<socket fd:7 af/inet sock/stream>\n"
                + "(socket-listen s1 8)\n");
    }

    @Test
    void should_guard_failed_forms_so_the_replay_goes_on() {
        // given a refused connect
        TranscriptEntry e = entry("(socket-connect s1 (inet-address \"127.0.0.1\" 1))");
        e.fail(new Explanation("ECONNREFUSED", "connect: Connection refused", "nobody listens there",
                List.of("exn", "i/o", "net", "transient")), null);

        // when written
        String script = TranscriptScript.write(List.of(e), "h");

        // then it runs inside condition-case and its error is a comment
        assertThat(script).contains("(condition-case (socket-connect s1 (inet-address \"127.0.0.1\" 1))\n"
                + "  (e (exn) (print \"error: \" (get-condition-property e 'exn 'message))))\n"
                + "; error: ECONNREFUSED: nobody listens there (connect: Connection refused)\n");
    }

    @Test
    void should_comment_out_what_never_completed() {
        // given a cancelled accept, a pending one and a console line that was not run
        TranscriptEntry cancelled = entry("(socket-accept s1)");
        cancelled.markCancelled();
        TranscriptEntry pending = entry("(socket-accept s2)");
        TranscriptEntry notRun = new TranscriptEntry(TranscriptEntry.Source.CONSOLE, "(display 1)", null);
        notRun.notRun("console not available yet");

        // when written
        String script = TranscriptScript.write(List.of(cancelled, pending, notRun), "h");

        // then none of them is code
        assertThat(script).contains("; cancelled: (socket-accept s1)\n", "; still running when saved: (socket-accept s2)\n",
                "; not run: (display 1)\n; console not available yet\n");
        assertThat(script.lines().filter(l -> l.startsWith("("))).isEmpty();
    }
}
