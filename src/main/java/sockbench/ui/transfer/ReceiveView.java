package sockbench.ui.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional;
import sockbench.net.explore.Block;
import sockbench.ui.explorer.TimedLog;

/**
 * The receive view: each receive call its own block, headed by its time since the first block, its
 * number, size, stream offset and (for datagrams) source, then its bytes as hex and text side by
 * side, so the class sees where recv() boundaries fall; this pane's sends are blocks too. The
 * wall-clock time of a block is its tooltip. A filter by direction and by text (as bytes or hex
 * digits, through {@link TimedLog}) shows only the blocks that match. Fed once per pulse with the new
 * blocks; keeps what the log keeps, with a first line that counts the blocks that left.
 */
public final class ReceiveView extends StackPane {
    /** Bytes per line: narrow enough for two panes side by side in presentation mode. */
    static final int PER_LINE = 8;
    static final String HEAD = "rx-head";
    static final String TIME = "rx-time";
    static final String SENT = "rx-sent";
    static final String EOF = "rx-eof";
    static final String OFFSET = "rx-offset";
    static final String HEX = "rx-hex";
    static final String TEXT = "rx-text";
    static final String NOTE = "rx-note";
    static final String SUMMARY = "rx-summary";
    /**
     * Blocks drawn per delivery at most: in a flood every delivery brings all the kept blocks anew, and
     * drawing them all (hundreds of lines, of which a few are on screen) took the FX thread's pulses
     * (ReceiveViewBenchmark); the newest ones are drawn, the others stay kept for the filter.
     */
    static final int DRAWN_PER_DELIVERY = 4;
    /**
     * The log's text changes at most five times a second: under a flood each change made the text area
     * build and style a cell for each new line, most of the FX thread's pulse (ReceiveViewBenchmark); a
     * change due sooner waits for the rest of the interval. The blocks are kept at once either way.
     */
    static final long DRAW_EVERY_NANOS = 200_000_000L;
    private static final String EMPTY = "No receive calls yet: turn live receive on, or press Receive.";

    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final ObjectProperty<Block.Direction> direction = new SimpleObjectProperty<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty peer = new SimpleStringProperty();
    private final Tooltip tooltip = new Tooltip();
    /** Times and filter of the blocks in the window; made anew when the log is cleared. */
    private TimedLog timed = new TimedLog(ReceiveLog.WINDOW_BLOCKS);
    /** The window's blocks by index, with their timed twins. */
    private final Map<Long, Entry> entries = new HashMap<>();
    /** Index, characters and paragraphs of each block drawn, oldest first. */
    private final ArrayDeque<long[]> drawn = new ArrayDeque<>();
    private long lastSeen;
    private long lastDrawn;
    private long firstKept = 1;
    private long generation;
    private String summary = EMPTY;
    private ReceiveLog.Window last;
    private long lastDrawNanos = System.nanoTime() - DRAW_EVERY_NANOS;
    /** Draws what a change that came too soon left undrawn, once the interval has passed. */
    private final javafx.animation.PauseTransition later = new javafx.animation.PauseTransition();

    private record Entry(ReceiveLog.Block block, Block timed) {}

    public ReceiveView() {
        getStyleClass().add("receive-view");
        area.getStyleClass().add("receive-area");
        area.setEditable(false);
        // no undo history: it would keep every change of a view that changes each frame, without bound
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(false);
        later.setOnFinished(e -> {
            if (last != null) {
                show(last);
            }
        });
        area.replaceText(summary + "\n");
        area.setStyleClass(0, summary.length(), SUMMARY);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String t = tooltipAt(e.getCharacterIndex());
            if (t != null) {
                tooltip.setText(t);
                tooltip.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
        direction.addListener(o -> redraw());
        filterText.addListener(o -> redraw());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    /** What the view shows, for tests and for copying. */
    public String text() {
        return area.getText();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** Blocks of this direction only; null for both. */
    public ObjectProperty<Block.Direction> directionProperty() {
        return direction;
    }

    /** The stream's peer as {@code sockaddr->string}: a stream block's tooltip says where it came from or went. */
    public StringProperty peerProperty() {
        return peer;
    }

    /** Blocks containing this text, as bytes or as hex digits ("de ad"); empty for all. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /**
     * The tooltip of the block drawn at a character of the view: its wall-clock time (UTC), where it
     * came from or went, and its time since the first block; null outside the blocks.
     */
    public String tooltipAt(int characterIndex) {
        int paragraph = area.offsetToPosition(characterIndex, TwoDimensional.Bias.Forward).getMajor();
        int at = 1; // the summary is paragraph 0
        for (long[] d : drawn) {
            if (paragraph < at + d[2]) {
                Entry e = entries.get(d[0]);
                return e == null ? null : timed.tooltip(e.timed()) + "\n" + timed.relativeTime(e.timed()) + " after the first block";
            }
            at += (int) d[2];
        }
        return null;
    }

    /** Takes the window's new blocks, drops the ones that left it, draws those that pass the filter (ui thread, once per pulse). */
    public void show(ReceiveLog.Window w) {
        last = w;
        if (w.generation() != generation) {
            generation = w.generation();
            timed = new TimedLog(ReceiveLog.WINDOW_BLOCKS);
            entries.clear();
            drawn.clear();
            lastSeen = 0;
            lastDrawn = 0;
            area.replaceText(summary + "\n");
        }
        for (ReceiveLog.Block b : w.fresh()) {
            if (b.index() > lastSeen) {
                Block t = new Block(b.index(), b.kind() == ReceiveLog.Kind.SENT ? Block.Direction.OUT : Block.Direction.IN,
                        b.shown(), b.nanos(), b.wallMillis(), b.source() != null ? b.source() : streamPeer());
                timed.add(t);
                entries.put(b.index(), new Entry(b, t));
                lastSeen = b.index();
            }
        }
        firstKept = w.firstKept();
        entries.keySet().removeIf(i -> i < firstKept);
        long now = System.nanoTime();
        if (now - lastDrawNanos < DRAW_EVERY_NANOS) {
            if (later.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                later.setDuration(javafx.util.Duration.millis((DRAW_EVERY_NANOS - (now - lastDrawNanos)) / 1e6 + 1));
                later.playFromStart();
            }
            return;
        }
        lastDrawNanos = now;
        // asked only when drawing: finding the last visible paragraph walks the text area's cells, and
        // asking at each pulse was most of the view's time in a flood (ReceiveViewBenchmark, JFR)
        boolean follow = atBottom();
        // one change of the document, not three: the new blocks at the end, the ones that left the
        // window after the summary, the summary itself (each in the coordinates of the document before:
        // the end first, so the earlier positions still hold)
        var change = area.createMultiChange(3);
        List<ReceiveLog.Block> next = passing(lastDrawn);
        boolean added = draw(next.size() > DRAWN_PER_DELIVERY ? next.subList(next.size() - DRAWN_PER_DELIVERY, next.size()) : next, change);
        int drop = 0;
        while (!drawn.isEmpty() && drawn.peekFirst()[0] < firstKept) {
            drop += (int) drawn.removeFirst()[1];
        }
        if (drop > 0) {
            int from = summary.length() + 1;
            change.deleteTextAbsolutely(from, from + drop);
        }
        updateSummary(w, change);
        if (change.hasChanges()) {
            change.commit();
        }
        if (follow && added) {
            area.showParagraphAtBottom(paragraphs() - 1);
        }
    }

    private String streamPeer() {
        String p = peer.get();
        return p == null || p.equals("#f") || p.equals(sockbench.ui.sockets.SocketSnapshot.NONE) ? "" : p;
    }

    /** The kept blocks after {@code after} that pass the filter, oldest first. */
    private List<ReceiveLog.Block> passing(long after) {
        List<ReceiveLog.Block> out = new ArrayList<>();
        boolean filtering = direction.get() != null || !filterText.get().isEmpty();
        if (!filtering) {
            entries.values().stream().map(Entry::block).filter(b -> b.index() > after)
                    .sorted(java.util.Comparator.comparingLong(ReceiveLog.Block::index)).forEach(out::add);
            return out;
        }
        for (Block t : timed.filter(direction.get(), filterText.get())) {
            Entry e = entries.get(t.number());
            if (e != null && t.number() > after) {
                out.add(e.block());
            }
        }
        return out;
    }

    /** The filter changed: draws the kept blocks that pass it now. */
    private void redraw() {
        drawn.clear();
        lastDrawn = 0;
        area.replaceText(summary + "\n");
        area.setStyleClass(0, summary.length(), SUMMARY);
        var change = area.createMultiChange(2);
        draw(passing(0), change);
        if (last != null) {
            updateSummary(last, change);
        }
        if (change.hasChanges()) {
            change.commit();
        }
        area.showParagraphAtBottom(paragraphs() - 1);
    }

    /** Appends the blocks' lines to the change; false when there are none. */
    private boolean draw(List<ReceiveLog.Block> blocks, MultiChangeBuilder<Collection<String>, String, Collection<String>> change) {
        if (blocks.isEmpty()) {
            return false;
        }
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        for (ReceiveLog.Block b : blocks) {
            long[] size = lines(b, timed.relativeTime(entries.get(b.index()).timed()), doc);
            drawn.addLast(new long[] {b.index(), size[0], size[1]});
            lastDrawn = b.index();
        }
        doc.addParagraph("", List.of());
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> built = doc.build();
        change.replaceAbsolutely(area.getLength(), area.getLength(), built);
        return true;
    }

    /** Puts the new summary in the change, when it is new; positions after the summary are the change's own from here on. */
    private void updateSummary(ReceiveLog.Window w, MultiChangeBuilder<Collection<String>, String, Collection<String>> change) {
        String s = summaryOf(w) + filterNote();
        if (!s.equals(summary)) {
            change.replaceAbsolutely(0, summary.length(),
                    ReadOnlyStyledDocument.fromString(s, List.of(), List.of(SUMMARY), SegmentOps.styledTextOps()));
            summary = s;
        }
    }

    private String filterNote() {
        if (direction.get() == null && filterText.get().isEmpty()) {
            return drawn.size() < entries.size()
                    ? " · the newest " + drawn.size() + " of " + entries.size() + " kept blocks drawn (they came faster than a person reads)"
                    : "";
        }
        return " · showing " + drawn.size() + " of " + entries.size() + " kept blocks"
                + (direction.get() == null ? "" : ", " + direction.get().word() + " only")
                + (filterText.get().isEmpty() ? "" : ", containing \"" + filterText.get() + "\"");
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
        if (w.totalCalls() == 0 && w.fresh().isEmpty() && w.earlierBlocks() == 0) {
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
     * source, its real size and what the kernel discarded when the buffer was shorter; a send with
     * its size; then what the receive flags did.
     */
    static String head(ReceiveLog.Block b) {
        if (b.kind() == ReceiveLog.Kind.SENT) {
            return "send #" + b.number() + " · " + bytes(b.size()) + " sent" + (b.source() != null ? " to " + b.source() : "");
        }
        return receiveHead(b) + flagNotes(b);
    }

    private static String receiveHead(ReceiveLog.Block b) {
        if (!b.isDatagram()) {
            if (b.discardedByKernel()) {
                return "recv #" + b.number() + " · " + bytes(b.size()) + " at stream offset " + b.offset()
                        + " · msg/trunc: the kernel took them from the queue without copying them";
            }
            return "recv #" + b.number() + " · " + bytes(b.size()) + " at stream offset " + b.offset();
        }
        String from = b.source() != null ? " from " + b.source() : "";
        if (b.discarded() == 0) {
            return "recvfrom #" + b.number() + " · datagram of " + bytes(b.size()) + from;
        }
        return "recvfrom #" + b.number() + " · " + bytes(b.size()) + " received of a " + b.datagramSize()
                + "-byte datagram" + from + " · " + bytes(b.discarded()) + " discarded (truncated: the buffer was shorter)";
    }

    private static String flagNotes(ReceiveLog.Block b) {
        StringBuilder s = new StringBuilder();
        if (b.peeked()) {
            s.append(" · msg/peek: still queued, the next receive gets them again");
        }
        if (ReceiveLog.WAITALL != 0 && (b.flags() & ReceiveLog.WAITALL) != 0 && !b.isDatagram()) {
            s.append(b.size() < b.asked()
                    ? " · msg/waitall, yet " + b.size() + " of " + b.asked() + ": on a non-blocking socket the kernel gives what is queued"
                    : " · msg/waitall");
        }
        return s.toString();
    }

    private static String bytes(int n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    /** Lower-case hex digits: String.format per byte was a third of a flood's drawing time (JFR). */
    private static final java.util.HexFormat HEX_DIGITS = java.util.HexFormat.of();

    /** A stream offset as at least eight hex digits, as {@code %08x}. */
    static String offset(long at) {
        String digits = Long.toHexString(at);
        return digits.length() >= 8 ? digits : "00000000".substring(digits.length()) + digits;
    }

    /** Adds a block's paragraphs; returns how many characters they take (newlines included) and how many paragraphs. */
    private static long[] lines(ReceiveLog.Block b, String time,
                             ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc) {
        String stamp = time + "  ";
        if (b.kind() == ReceiveLog.Kind.END_OF_STREAM) {
            String head = "recv #" + b.number() + " · 0 bytes: end of stream";
            doc.addParagraph(List.of(new StyledSegment<>(stamp, List.of(OFFSET, TIME)), new StyledSegment<>(head, List.of(EOF))));
            return new long[] {stamp.length() + head.length() + 1, 1};
        }
        String head = head(b);
        List<String> headStyle = b.kind() == ReceiveLog.Kind.SENT ? List.of(HEAD, SENT) : List.of(HEAD);
        doc.addParagraph(List.of(new StyledSegment<>(stamp, List.of(OFFSET, TIME)), new StyledSegment<>(head, headStyle)));
        int chars = stamp.length() + head.length() + 1;
        int paragraphs = 1;
        byte[] shown = b.shown();
        // a datagram and a send have no place in the received stream: their lines count from their own first byte
        long base = b.isDatagram() || b.kind() == ReceiveLog.Kind.SENT ? 0 : b.offset();
        for (int i = 0; i < shown.length; i += PER_LINE) {
            int n = Math.min(PER_LINE, shown.length - i);
            String offset = offset(base + i) + "  ";
            StringBuilder hex = new StringBuilder(PER_LINE * 3 + 1);
            StringBuilder text = new StringBuilder(PER_LINE);
            for (int k = 0; k < PER_LINE; k++) {
                if (k < n) {
                    HEX_DIGITS.toHexDigits(hex, shown[i + k]).append(' ');
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
            paragraphs++;
        }
        if (b.size() > shown.length && !b.discardedByKernel()) {
            String note = "          … " + (b.size() - shown.length) + " more bytes of this call not drawn";
            doc.addParagraph(note, List.of(NOTE));
            chars += note.length() + 1;
            paragraphs++;
        }
        return new long[] {chars, paragraphs};
    }
}
