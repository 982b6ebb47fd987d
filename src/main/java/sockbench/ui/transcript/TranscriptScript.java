package sockbench.ui.transcript;

import java.util.List;

/**
 * Writes a transcript as a {@code .scm} script that {@code --script} replays: each form as it was
 * run, results as comments, failed forms guarded by {@code condition-case} so the replay shows the
 * same error and goes on, and forms that never completed commented out.
 */
public final class TranscriptScript {
    private TranscriptScript() {}

    public static String write(List<TranscriptEntry> entries, String header) {
        StringBuilder s = new StringBuilder();
        for (String line : header.split("\n", -1)) {
            s.append(";; ").append(line).append('\n');
        }
        s.append('\n');
        for (TranscriptEntry e : entries) {
            appendEntry(s, e);
        }
        return s.toString();
    }

    private static void appendEntry(StringBuilder s, TranscriptEntry e) {
        if (!FormText.balanced(e.form())) {
            // console input that does not read as forms would break every form after it: kept as a comment
            comment(s, e.form(), "unbalanced, not replayed: ");
            if (e.error() != null) {
                comment(s, "error: " + e.error().oneLine(), "");
            }
            return;
        }
        switch (e.status()) {
            case DONE -> {
                s.append(e.form()).append('\n');
                comment(s, e.output(), "");
                if (e.result() != null) {
                    comment(s, e.result(), "=> ");
                }
            }
            case FAILED -> {
                s.append("(condition-case ").append(e.form()).append('\n')
                        .append("  (e (exn) (print \"error: \" (get-condition-property e 'exn 'message))))\n");
                comment(s, e.output(), "");
                comment(s, "error: " + e.error().oneLine(), "");
            }
            case CANCELLED -> comment(s, e.form(), "cancelled: ");
            case STOPPED -> comment(s, e.form(), "stopped: ");
            case PENDING -> comment(s, e.form(), "still running when saved: ");
            case NOT_RUN -> {
                comment(s, e.form(), "not run: ");
                comment(s, e.output(), "");
            }
            default -> throw new IllegalStateException(e.status().toString());
        }
    }

    private static void comment(StringBuilder s, String text, String prefix) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            s.append("; ").append(i == 0 ? prefix : " ".repeat(prefix.length())).append(lines[i]).append('\n');
        }
    }
}
