package sockbench.ui.wire;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpFlags;

/**
 * The ladder: two lanes, time flowing down, each segment an arrow between them with its label, each
 * socket call and state change on its lane, and the time since the first row in the margin. A pause of
 * more than 10 ms between rows (Nagle waiting for a delayed ACK) opens a gap that says how long.
 * Redrawn as a whole when the view model's rows change (once per pulse at most); the rows are bounded.
 */
final class LadderView extends ScrollPane {
    static final double ROW = 26;
    private static final double MARGIN = 84;
    private static final double SIDE = 150;
    private static final double GAP = 26;
    private final WireViewModel vm;
    private final Pane canvas = new Pane();
    /** How far beyond the viewport rows get nodes, so a scroll shows drawn rows before the next redraw. */
    private static final double DRAWN_BEYOND = 1200;
    private double drawnFrom;
    private double drawnTo = Double.MAX_VALUE;
    /** Whether the view keeps the newest row in sight: until the person scrolls up, and again once back at the end. */
    private boolean following = true;
    private boolean scrolling;

    LadderView(WireViewModel vm) {
        this.vm = vm;
        getStyleClass().add("wire-ladder");
        setId("wire-ladder");
        canvas.getStyleClass().add("wire-ladder-canvas");
        setContent(canvas);
        setFitToWidth(true);
        vm.items().addListener((ListChangeListener<LadderItem>) c -> redraw());
        vvalueProperty().addListener((o, a, v) -> {
            if (!scrolling) {
                following = v.doubleValue() >= getVmax() - 0.01;
                double viewport = getViewportBounds().getHeight();
                double top = (v.doubleValue() - getVmin()) / Math.max(1e-9, getVmax() - getVmin())
                        * Math.max(0, canvas.getHeight() - viewport);
                if (top < drawnFrom + DRAWN_BEYOND / 2 || top + viewport > drawnTo - DRAWN_BEYOND / 2) {
                    redraw(); // scrolled towards rows without nodes
                }
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> redraw());
        widthProperty().addListener((o, a, b) -> redraw());
        vm.leftLabelProperty().addListener((o, a, b) -> redraw());
        vm.kernelLeftProperty().addListener((o, a, b) -> redraw());
        vm.kernelRightProperty().addListener((o, a, b) -> redraw());
    }

    private double leftX() {
        return MARGIN + SIDE;
    }

    private double rightX() {
        return Math.max(leftX() + 340, getWidth() - SIDE - 20);
    }

    private void redraw() {
        List<LadderItem> items = vm.items();
        double lx = leftX();
        double rx = rightX();
        Group g = new Group();
        Text lh = text(vm.leftLabelProperty().get(), lx, 14, "wire-lane-title", TextAlignment.CENTER);
        Text rh = text(vm.rightLabelProperty().get(), rx, 14, "wire-lane-title", TextAlignment.CENTER);
        Text lk = text(vm.kernelLeftProperty().get(), lx, 30, "wire-kernel", TextAlignment.CENTER);
        Text rk = text(vm.kernelRightProperty().get(), rx, 30, "wire-kernel", TextAlignment.CENTER);
        g.getChildren().addAll(lh, rh, lk, rk);
        // only the rows near the viewport get nodes: a full ladder of 600 rows rebuilt each pulse under bulk
        // kept the ui thread busy for most of each frame; the rest are only counted into the height
        double height = heightOf(items) + 20;
        double viewport = getViewportBounds() == null ? 800 : getViewportBounds().getHeight();
        double top = following ? Math.max(0, height - viewport)
                : Math.max(0, (getVvalue() - getVmin()) / Math.max(1e-9, getVmax() - getVmin()) * (height - viewport));
        drawnFrom = top - DRAWN_BEYOND;
        drawnTo = top + viewport + DRAWN_BEYOND;
        double y = 50;
        long origin = items.isEmpty() ? 0 : items.get(0).timeNanos();
        long previous = origin;
        LadderItem.Form form = null; // the form whose rows are being drawn
        double formTop = 0;
        int formRows = 0;
        for (LadderItem item : items) {
            long dt = item.timeNanos() - previous;
            if (dt > 10_000_000L) {
                if (near(y)) {
                    g.getChildren().add(text("⋮ " + elapsed(dt), MARGIN - 8, y + 6, "wire-gap", TextAlignment.RIGHT));
                }
                y += GAP;
            }
            previous = item.timeNanos();
            if (item instanceof LadderItem.Form f) {
                if (form != null) {
                    bracket(g, form, formTop, y - ROW / 2);
                }
                if (near(y)) {
                    Text head = text("▸ " + f.text(), 14, y + 4, "wire-form", TextAlignment.LEFT);
                    head.setId("wire-form-head-" + f.number());
                    g.getChildren().add(head);
                }
                form = f.rows() > 0 ? f : null;
                formTop = y - 8;
                formRows = f.rows();
                y += ROW;
                continue;
            }
            if (!near(y)) {
                // counted, not drawn
            } else if (item instanceof LadderItem.Arrow a) {
                g.getChildren().add(text(elapsed(item.timeNanos() - origin), MARGIN - 8, y + 4, "wire-time", TextAlignment.RIGHT));
                arrow(g, a, lx, rx, y);
            } else if (item instanceof LadderItem.Call c) {
                g.getChildren().add(text(elapsed(item.timeNanos() - origin), MARGIN - 8, y + 4, "wire-time", TextAlignment.RIGHT));
                g.getChildren().add(text(c.text(), c.left() ? lx - 10 : rx + 10, y + 4,
                        "wire-call", c.left() ? TextAlignment.RIGHT : TextAlignment.LEFT));
            } else if (item instanceof LadderItem.StateChange s) {
                g.getChildren().add(text(elapsed(item.timeNanos() - origin), MARGIN - 8, y + 4, "wire-time", TextAlignment.RIGHT));
                state(g, s, s.left() ? lx : rx, y);
            }
            if (form != null && --formRows == 0) {
                bracket(g, form, formTop, y + ROW / 2);
                form = null;
            }
            y += ROW;
        }
        if (form != null) {
            bracket(g, form, formTop, y - ROW / 2);
        }
        Line left = new Line(lx, 40, lx, y);
        Line right = new Line(rx, 40, rx, y);
        left.getStyleClass().add("wire-lane");
        right.getStyleClass().add("wire-lane");
        g.getChildren().add(0, left);
        g.getChildren().add(1, right);
        canvas.getChildren().setAll(g);
        canvas.setPrefHeight(y + 20);
        canvas.setMinHeight(y + 20);
        if (following) { // a live ladder shows its newest row, unless the person has scrolled up to read
            scrolling = true;
            layout();
            setVvalue(getVmax());
            scrolling = false;
        }
    }

    private void arrow(Group g, LadderItem.Arrow a, double lx, double rx, double y) {
        Segment s = a.segment();
        double x0 = a.rightward() ? lx : rx;
        double x1 = a.rightward() ? rx : lx;
        double y1 = y + ROW * 0.55;
        Line line = new Line(x0, y - 4, x1, y1);
        line.getStyleClass().addAll("wire-arrow", kind(s));
        double dir = a.rightward() ? -1 : 1;
        Polygon head = new Polygon(x1, y1, x1 + dir * 10, y1 - 5, x1 + dir * 10, y1 + 3);
        head.getStyleClass().addAll("wire-arrow-head", kind(s));
        Text label = text(s.label(), (lx + rx) / 2, y - 4, "wire-label", TextAlignment.CENTER);
        label.getStyleClass().add(kind(s));
        // a wide transparent band under the arrow takes the click
        Rectangle hit = new Rectangle(lx, y - 16, rx - lx, ROW);
        hit.getStyleClass().add("wire-hit");
        hit.setId("wire-segment-" + s.index());
        if (s == vm.selectedProperty().get()) {
            hit.getStyleClass().add("selected");
        }
        hit.setOnMouseClicked(e -> vm.selectedProperty().set(s));
        label.setOnMouseClicked(e -> vm.selectedProperty().set(s));
        g.getChildren().addAll(hit, line, head, label);
    }

    /** The height the rows take, as {@link #redraw()} lays them out. */
    private static double heightOf(List<LadderItem> items) {
        double y = 50;
        long previous = items.isEmpty() ? 0 : items.get(0).timeNanos();
        for (LadderItem item : items) {
            if (item.timeNanos() - previous > 10_000_000L) {
                y += GAP;
            }
            previous = item.timeNanos();
            y += ROW;
        }
        return y;
    }

    /** Whether a row at {@code y} is near enough the viewport to be drawn. */
    private boolean near(double y) {
        return y >= drawnFrom && y <= drawnTo;
    }

    /** The form's rows held by a bracket down the margin, from its head to its last row. */
    private void bracket(Group g, LadderItem.Form f, double top, double bottom) {
        if (bottom < drawnFrom || top > drawnTo) {
            return;
        }
        Line l = new Line(6, top, 6, bottom);
        l.setId("wire-form-" + f.number());
        l.getStyleClass().add("wire-form-bracket");
        Line tick = new Line(6, bottom, 12, bottom);
        tick.getStyleClass().add("wire-form-bracket");
        g.getChildren().addAll(l, tick);
    }

    /** The style class of a segment's kind: syn, data, ack, fin, rst (the plots' marks use it too). */
    static String kind(Segment s) {
        if (s.has(TcpFlags.RST)) {
            return "rst";
        }
        if (s.has(TcpFlags.SYN)) {
            return "syn";
        }
        if (s.has(TcpFlags.FIN)) {
            return "fin";
        }
        return s.length() > 0 ? "data" : "ack";
    }

    private void state(Group g, LadderItem.StateChange s, double x, double y) {
        String name = s.transition().to().name();
        Text t = text(name, x, y + 4, "wire-state-text", TextAlignment.CENTER);
        double w = name.length() * 7.5 + 14;
        Rectangle pill = new Rectangle(x - w / 2, y - 9, w, 18);
        pill.setArcWidth(14);
        pill.setArcHeight(14);
        pill.getStyleClass().addAll("wire-state", s.left() ? "left" : "right");
        if (!s.read()) {
            pill.getStyleClass().add("inferred"); // RFC 9293's step for the segment; the kernel was not read in it
            t.getStyleClass().add("inferred");
        }
        // the cause goes between the lanes, where a state's row has no arrow; then who said so
        String said = s.read() ? s.source() : "too brief to read";
        Text why = text(s.transition().event() + " · " + said, s.left() ? x + w / 2 + 8 : x - w / 2 - 8, y + 4, "wire-event",
                s.left() ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.getChildren().addAll(pill, t, why);
    }

    /** {@code 0.412 ms}, {@code 40.1 ms}, {@code 1.523 s}: short enough for the margin. */
    static String elapsed(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(java.util.Locale.ROOT, "%.3f ms", ms)
                : ms < 1000 ? String.format(java.util.Locale.ROOT, "%.1f ms", ms)
                : String.format(java.util.Locale.ROOT, "%.3f s", ms / 1000);
    }

    private static Text text(String s, double x, double y, String style, TextAlignment align) {
        Text t = new Text(s == null ? "" : s);
        t.getStyleClass().add(style);
        t.setTextOrigin(VPos.BASELINE);
        double w = t.getLayoutBounds().getWidth();
        t.setX(align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x);
        t.setY(y);
        return t;
    }
}
