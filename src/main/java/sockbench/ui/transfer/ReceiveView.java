package sockbench.ui.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * The receive view: each receive call its own block, headed by its number, size, stream offset and
 * (for datagrams) source, then its bytes as hex and text side by side, so the class sees where
 * recv() boundaries fall. Fed once per pulse with the new blocks; keeps what the log keeps, with a
 * first line that counts the blocks that left.
 */
public final class ReceiveView extends StackPane {
    /** Bytes per line: narrow enough for two panes side by side in presentation mode. */
    static final int PER_LINE = 8;
    static final String HEAD = "rx-head";
    static final String EOF = "rx-eof";
    static final String OFFSET = "rx-offset";
    static final String HEX = "rx-hex";
    static final String TEXT = "rx-text";
    static final String NOTE = "rx-note";
    static final String SUMMARY = "rx-summary";
    private static final String EMPTY = "No receive calls yet: turn live receive on, or press Receive.";

    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    /** Index and length in characters of each block drawn, oldest first. */
    private final ArrayDeque<long[]> drawn = new ArrayDeque<>();
    private long lastDrawn;
    private long generation;
    private String summary = EMPTY;

    public ReceiveView() {
        getStyleClass().add("receive-view");
        area.getStyleClass().add("receive-area");
        area.setEditable(false);
        // no undo history: it would keep every change of a view that changes each frame, without bound
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(false);
        area.replaceText(summary + "\n");
        area.setStyleClass(0, summary.length(), SUMMARY);
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    /** What the view shows, for tests and for copying. */
    public String text() {
        return area.getText();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** Draws the window's new blocks and drops the ones that left it (ui thread, once per pulse). */
    public void show(ReceiveLog.Window w) {
        boolean follow = atBottom();
        if (w.generation() != generation) {
            generation = w.generation();
            drawn.clear();
            lastDrawn = 0;
            area.replaceText(summary + "\n");
        }
        int drop = 0;
        while (!drawn.isEmpty() && drawn.peekFirst()[0] < w.firstKept()) {
            drop += (int) drawn.removeFirst()[1];
        }
        if (drop > 0) {
            int from = summary.length() + 1;
            area.deleteText(from, from + drop);
        }
        List<ReceiveLog.Block> fresh = new ArrayList<>();
        for (ReceiveLog.Block b : w.fresh()) {
            if (b.index() > lastDrawn) {
                fresh.add(b);
            }
        }
        if (!fresh.isEmpty()) {
            ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                    new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
            for (ReceiveLog.Block b : fresh) {
                drawn.addLast(new long[] {b.index(), lines(b, doc)});
                lastDrawn = b.index();
            }
            doc.addParagraph("", List.of());
            ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> built = doc.build();
            area.replace(area.getLength(), area.getLength(), built);
        }
        String s = summaryOf(w);
        if (!s.equals(summary)) {
            area.replace(0, summary.length(), s, SUMMARY);
            summary = s;
        }
        if (follow && !fresh.isEmpty()) {
            area.showParagraphAtBottom(paragraphs() - 1);
        }
    }

    /** Paragraphs in the area (through java.util.List: reactfx's list type is not in a module). */
    private int paragraphs() {
        java.util.List<?> ps = area.getParagraphs();
        return ps.size();
    }

    private boolean atBottom() {
        try {
            return area.lastVisibleParToAllParIndex() >= paragraphs() - 2;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static String summaryOf(ReceiveLog.Window w) {
        if (w.totalCalls() == 0) {
            return EMPTY;
        }
        String counts = w.totalCalls() + (w.totalCalls() == 1 ? " receive call, " : " receive calls, ")
                + w.totalBytes() + (w.totalBytes() == 1 ? " byte" : " bytes");
        if (w.earlierBlocks() == 0) {
            return counts;
        }
        return "… " + w.earlierBlocks() + " earlier " + (w.earlierBlocks() == 1 ? "block" : "blocks") + ", "
                + w.earlierBytes() + " bytes (not kept) · " + counts;
    }

    /**
     * A block's first line: a stream's call with its offset in the stream, or a datagram with its
     * source, its real size and what the kernel discarded when the buffer was shorter.
     */
    static String head(ReceiveLog.Block b) {
        if (!b.isDatagram()) {
            return "recv #" + b.index() + " · " + bytes(b.size()) + " at stream offset " + b.offset();
        }
        String from = b.source() != null ? " from " + b.source() : "";
        if (b.discarded() == 0) {
            return "recvfrom #" + b.index() + " · datagram of " + bytes(b.size()) + from;
        }
        return "recvfrom #" + b.index() + " · " + bytes(b.size()) + " received of a " + b.datagramSize()
                + "-byte datagram" + from + " · " + bytes(b.discarded()) + " discarded (truncated: the buffer was shorter)";
    }

    private static String bytes(int n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    /** Adds a block's paragraphs; returns how many characters they take, newlines included. */
    private static int lines(ReceiveLog.Block b, ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc) {
        int chars = 0;
        if (b.kind() == ReceiveLog.Kind.END_OF_STREAM) {
            String head = "recv #" + b.index() + " · 0 bytes: end of stream";
            doc.addParagraph(head, List.of(EOF));
            return head.length() + 1;
        }
        String head = head(b);
        doc.addParagraph(head, List.of(HEAD));
        chars += head.length() + 1;
        byte[] shown = b.shown();
        for (int i = 0; i < shown.length; i += PER_LINE) {
            int n = Math.min(PER_LINE, shown.length - i);
            // a datagram has no place in a stream: its lines count from its own first byte
            String offset = String.format("%08x  ", (b.isDatagram() ? 0 : b.offset()) + i);
            StringBuilder hex = new StringBuilder(PER_LINE * 3 + 1);
            StringBuilder text = new StringBuilder(PER_LINE);
            for (int k = 0; k < PER_LINE; k++) {
                if (k < n) {
                    hex.append(String.format("%02x ", shown[i + k] & 0xff));
                    text.append(Payload.printable(shown[i + k]));
                } else {
                    hex.append("   ");
                }
            }
            hex.append(' ');
            List<StyledSegment<String, Collection<String>>> segs = List.of(
                    new StyledSegment<>(offset, List.of(OFFSET)),
                    new StyledSegment<>(hex.toString(), List.of(HEX)),
                    new StyledSegment<>(text.toString(), List.of(TEXT)));
            doc.addParagraph(segs);
            chars += offset.length() + hex.length() + text.length() + 1;
        }
        if (b.size() > shown.length) {
            String note = "          … " + (b.size() - shown.length) + " more bytes of this call not drawn";
            doc.addParagraph(note, List.of(NOTE));
            chars += note.length() + 1;
        }
        return chars;
    }
}
