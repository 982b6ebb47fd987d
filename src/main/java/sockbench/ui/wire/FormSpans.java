package sockbench.ui.wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import sockbench.ui.transcript.TranscriptEntry;

/**
 * When each console or sample form ran: from the moment the transcript shows it (a console form waits
 * for the one before it, which runs on the same thread, so it starts when that one ends) to the moment
 * it finished. The ladder heads the rows captured inside a span with the form, so a class sees which
 * segments {@code (socket-connect c addr)} put on the wire and which came with {@code (socket-send c "hi")}.
 * Window actions are forms too. The times are taken on the ui thread, which hears of the end a pulse
 * late at most: a span may hold a row that came just after its form ended, never lose one of its own.
 * Owned by the ui thread; the last {@value #MAX_SPANS} are kept.
 */
final class FormSpans {
    static final int MAX_SPANS = 500;

    /** One form's run; {@code end} is {@link Long#MAX_VALUE} while it runs, {@code start} too while it waits its turn. */
    static final class Span {
        final int number;
        final String text;
        final TranscriptEntry.Source source;
        long start;
        long end = Long.MAX_VALUE;

        Span(int number, String text, TranscriptEntry.Source source, long start) {
            this.number = number;
            this.text = text;
            this.source = source;
            this.start = start;
        }

        boolean holds(long t) {
            return t >= start && t <= end;
        }

        @Override
        public String toString() {
            return number + " " + text + " [" + start + ", " + end + "]";
        }
    }

    private final LongSupplier clock;
    private final Deque<Span> spans = new ArrayDeque<>();
    private int numbered;
    private Span lastConsole;

    FormSpans(LongSupplier clock) {
        this.clock = clock;
    }

    /** Follows a transcript from now on. */
    void follow(ObservableList<TranscriptEntry> entries) {
        entries.addListener((ListChangeListener<TranscriptEntry>) c -> {
            while (c.next()) {
                for (TranscriptEntry e : c.getAddedSubList()) {
                    begun(e);
                }
            }
        });
    }

    private void begun(TranscriptEntry e) {
        Span s = begin(e.form(), e.source());
        if (e.isFinished()) {
            end(s);
            return;
        }
        e.statusProperty().addListener((o, was, now) -> {
            if (now != TranscriptEntry.Status.PENDING) {
                end(s);
            }
        });
    }

    /** A form shown in the transcript now. */
    Span begin(String text, TranscriptEntry.Source source) {
        long now = clock.getAsLong();
        Span s = new Span(++numbered, oneLine(text), source, now);
        if (source == TranscriptEntry.Source.CONSOLE) {
            if (lastConsole != null && lastConsole.end == Long.MAX_VALUE) {
                s.start = Long.MAX_VALUE; // queued behind a running form: it starts when that one ends
            }
            lastConsole = s;
        }
        spans.addLast(s);
        while (spans.size() > MAX_SPANS) {
            spans.removeFirst();
        }
        return s;
    }

    /** The form ended (any way). */
    void end(Span s) {
        long now = clock.getAsLong();
        if (s.start == Long.MAX_VALUE) {
            s.start = now; // stopped before its turn came
        }
        s.end = now;
        if (s.source == TranscriptEntry.Source.CONSOLE) {
            for (Span next : spans) { // the console form queued behind it starts now
                if (next.source == TranscriptEntry.Source.CONSOLE && next.number > s.number && next.start == Long.MAX_VALUE) {
                    next.start = now;
                    break;
                }
            }
        }
    }

    /** The spans kept, oldest first. */
    List<Span> spans() {
        return new ArrayList<>(spans);
    }

    /**
     * The rows with a {@link LadderItem.Form} head before each run of rows that lie in one form's span;
     * the latest-begun span wins where window actions overlap. Rows in no span stand alone.
     */
    static List<LadderItem> headed(List<LadderItem> rows, List<Span> spans) {
        List<LadderItem> out = new ArrayList<>(rows.size() + 8);
        if (rows.isEmpty()) {
            return out;
        }
        long first = rows.get(0).timeNanos();
        long last = rows.get(rows.size() - 1).timeNanos();
        List<Span> near = new ArrayList<>();
        for (Span s : spans) {
            if (s.start <= last && s.end >= first) {
                near.add(s);
            }
        }
        spans = near;
        Span open = null;
        int headAt = -1;
        int count = 0;
        for (LadderItem row : rows) {
            Span s = spanOf(row.timeNanos(), spans);
            if (s != open) {
                if (open != null) {
                    out.set(headAt, withRows((LadderItem.Form) out.get(headAt), count));
                }
                open = s;
                count = 0;
                if (s != null) {
                    headAt = out.size();
                    out.add(new LadderItem.Form(row.timeNanos(), s.number, s.text, 0));
                }
            }
            if (s != null) {
                count++;
            }
            out.add(row);
        }
        if (open != null) {
            out.set(headAt, withRows((LadderItem.Form) out.get(headAt), count));
        }
        return out;
    }

    private static LadderItem.Form withRows(LadderItem.Form f, int rows) {
        return new LadderItem.Form(f.timeNanos(), f.number(), f.text(), rows);
    }

    private static Span spanOf(long t, List<Span> spans) {
        Span best = null;
        for (Span s : spans) {
            if (s.holds(t) && (best == null || s.start >= best.start)) {
                best = s;
            }
        }
        return best;
    }

    /** The form on one line, cut to fit the ladder's width. */
    static String oneLine(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() > 90 ? t.substring(0, 89) + "…" : t;
    }
}
