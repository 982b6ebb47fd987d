package sockbench.ui.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import sockbench.ui.transcript.TranscriptEntry;

/** Which form each ladder row happened in: spans from the transcript, heads before their rows. */
class FormSpansTest {
    private long now;
    private final FormSpans spans = new FormSpans(() -> now);

    private static LadderItem call(long t, String text) {
        return new LadderItem.Call(t, true, text);
    }

    @Test
    void a_console_form_typed_while_another_runs_starts_when_that_one_ends() {
        ObservableList<TranscriptEntry> transcript = FXCollections.observableArrayList();
        spans.follow(transcript);
        now = 100;
        TranscriptEntry first = new TranscriptEntry(TranscriptEntry.Source.CONSOLE, "(socket-accept l)", null);
        transcript.add(first);
        now = 110;
        TranscriptEntry second = new TranscriptEntry(TranscriptEntry.Source.CONSOLE, "(socket-send s \"hi\")", null);
        transcript.add(second);
        now = 500;
        first.succeed("(socket-accept l)", "#<socket>", null);
        now = 520;
        second.succeed("(socket-send s \"hi\")", "2", null);

        List<FormSpans.Span> all = spans.spans();
        assertThat(all).extracting(s -> s.start, s -> s.end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(100L, 500L), org.assertj.core.groups.Tuple.tuple(500L, 520L));
        // a row at 300 is the accept's, though the send was typed at 110
        List<LadderItem> headed = FormSpans.headed(List.of(call(300, "accept → fd 8"), call(510, "send 2")), all);
        assertThat(headed).extracting(i -> i instanceof LadderItem.Form f ? "form " + f.text() + " rows " + f.rows()
                : ((LadderItem.Call) i).text()).containsExactly(
                "form (socket-accept l) rows 1", "accept → fd 8", "form (socket-send s \"hi\") rows 1", "send 2");
    }

    @Test
    void rows_outside_every_form_stand_alone_and_a_form_heads_only_its_own_run_of_rows() {
        now = 10;
        FormSpans.Span connect = spans.begin("(socket-connect c\n   (socket-name l))", TranscriptEntry.Source.CONSOLE);
        now = 20;
        spans.end(connect);
        List<LadderItem> rows = List.of(call(5, "before"), call(12, "SYN"), call(15, "SYN|ACK"), call(20, "ACK"),
                call(40, "delayed ACK"));

        List<LadderItem> headed = FormSpans.headed(rows, spans.spans());

        assertThat(headed).hasSize(6);
        assertThat(headed.get(0)).isEqualTo(rows.get(0));
        assertThat(headed.get(1)).isEqualTo(new LadderItem.Form(12, connect.number, "(socket-connect c (socket-name l))", 3));
        assertThat(headed.subList(2, 6)).containsExactlyElementsOf(rows.subList(1, 5));
    }

    @Test
    void where_window_actions_overlap_the_later_begun_holds_the_row_and_a_running_form_holds_what_comes() {
        now = 0;
        FormSpans.Span a = spans.begin("(socket-accept s1)", TranscriptEntry.Source.WINDOW);
        now = 5;
        FormSpans.Span b = spans.begin("(socket-connect s2 (socket-name s1))", TranscriptEntry.Source.WINDOW);
        now = 30;
        spans.end(a);

        List<LadderItem> headed = FormSpans.headed(List.of(call(7, "connect"), call(9, "accept → fd 9"), call(1_000, "late")), spans.spans());

        assertThat(headed.get(0)).isEqualTo(new LadderItem.Form(7, b.number, "(socket-connect s2 (socket-name s1))", 3));
    }
}
