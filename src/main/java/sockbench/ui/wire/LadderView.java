package sockbench.ui.wire;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpFlags;
import sockbench.ui.workbench.Ui;

/**
 * The ladder: two lanes, time flowing down, each segment an arrow between them with its label, each
 * socket call and state change on its lane, and the time since the first row in the margin. A pause of
 * more than 10 ms between rows (Nagle waiting for a delayed ACK) opens a gap that says how long.
 * Redrawn as a whole when the view model's rows change (once per pulse at most); the rows are bounded,
 * and the nodes are kept from one redraw to the next ({@link NodePool}).
 */
final class LadderView extends ScrollPane {
    static final double ROW = 26;
    private static final double MARGIN = 80;
    /** Room beside a lane for its calls and state pills; a longer call goes on the lane's inner side. */
    private static final double SIDE = 100;
    /** The size the ladder's texts are drawn at (wire.css): the drawing's scale makes them the window's type size. */
    private static final double DRAWN_TYPE = 12;
    /** The least room between the lanes, for the segments' labels (a SYN's with its options is some 45 characters). */
    private static final double BETWEEN = 320;
    /** Room right of the right lane's side. */
    private static final double TRAILING = 10;
    private static final double GAP = 26;
    private final WireViewModel vm;
    private final Pane canvas = new Pane();
    /** The drawing's layers, in the order they are drawn: lanes and click bands, arrows and pills, texts. */
    private static final int BACK = 0;
    private static final int MIDDLE = 1;
    private static final int FRONT = 2;
    private final Group[] layers = {new Group(), new Group(), new Group()};
    private final Group drawing = new Group(layers);
    private final NodePool pool = new NodePool(layers[BACK].getChildren(), layers[MIDDLE].getChildren(), layers[FRONT].getChildren());
    /**
     * Follows the window's type size (presentation mode, zoom): its font against the size the texts are
     * drawn at is the scale the whole drawing is shown at, rows and type alike, so the ladder's texts are
     * the window's type and read from the back of the room; as far as the lanes and their texts still
     * fit the width, never below the drawn size.
     */
    private final javafx.scene.control.Label typeSize = new javafx.scene.control.Label();
    private double typeScale = 1;
    private double scale = 1;
    /** The width the drawing needs at the normal size: margin, a lane's side, between the lanes, the other side. */
    private static final double NEEDED_WIDTH = MARGIN + SIDE + BETWEEN + SIDE + TRAILING;
    /** How far beyond the viewport rows get nodes, so a scroll shows drawn rows before the next redraw. */
    private static final double DRAWN_BEYOND = 1200;
    private double drawnFrom;
    private double drawnTo = Double.MAX_VALUE;
    /** Whether the view keeps the newest row in sight: until the person scrolls up, and again once back at the end. */
    private boolean following = true;
    private boolean scrolling;

    LadderView(WireViewModel vm) {
        this.vm = vm;
        Ui.uncached(this);
        getStyleClass().add("wire-ladder");
        setId("wire-ladder");
        canvas.getStyleClass().add("wire-ladder-canvas");
        typeSize.setVisible(false);
        typeSize.setManaged(false);
        canvas.getChildren().setAll(drawing, typeSize);
        typeSize.fontProperty().addListener((o, was, font) -> {
            typeScale = font.getSize() / DRAWN_TYPE;
            redraw();
        });
        setContent(canvas);
        setFitToWidth(true);
        vm.items().addListener((ListChangeListener<LadderItem>) c -> redraw());
        vvalueProperty().addListener((o, a, v) -> {
            if (!scrolling) {
                following = v.doubleValue() >= getVmax() - 0.01;
                double viewport = getViewportBounds().getHeight() / scale;
                double top = (v.doubleValue() - getVmin()) / Math.max(1e-9, getVmax() - getVmin())
                        * Math.max(0, canvas.getHeight() / scale - viewport);
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
        return Math.max(leftX() + BETWEEN, getWidth() / scale - SIDE - TRAILING);
    }

    private void redraw() {
        double fits = Math.max(1, Math.min(typeScale, getWidth() / NEEDED_WIDTH));
        if (fits != scale) {
            scale = fits;
            drawing.getTransforms().setAll(new javafx.scene.transform.Scale(scale, scale));
        }
        List<LadderItem> items = vm.items();
        double lx = leftX();
        double rx = rightX();
        pool.begin();
        Line left = lane(lx);
        Line right = lane(rx);
        text(vm.leftLabelProperty().get(), lx, 14, TextAlignment.CENTER, "wire-lane-title");
        text(vm.rightLabelProperty().get(), rx, 14, TextAlignment.CENTER, "wire-lane-title");
        text(vm.kernelLeftProperty().get(), lx, 30, TextAlignment.CENTER, "wire-kernel");
        text(vm.kernelRightProperty().get(), rx, 30, TextAlignment.CENTER, "wire-kernel");
        // only the rows near the viewport get nodes: a full ladder of 600 rows rebuilt each pulse under bulk
        // kept the ui thread busy for most of each frame; the rest are only counted into the height
        double height = heightOf(items) + 20;
        double viewport = (getViewportBounds() == null ? 800 : getViewportBounds().getHeight()) / scale;
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
                    text("⋮ " + elapsed(dt), MARGIN - 8, y + 6, TextAlignment.RIGHT, "wire-gap");
                }
                y += GAP;
            }
            previous = item.timeNanos();
            if (item instanceof LadderItem.Form f) {
                if (form != null) {
                    bracket(form, formTop, y - ROW / 2);
                }
                if (near(y)) {
                    Text head = text("▸ " + f.text(), 14, y + 4, TextAlignment.LEFT, "wire-form");
                    head.getProperties().put(Ui.NAME, "wire-form-head-" + f.number());
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
                text(elapsed(item.timeNanos() - origin), MARGIN - 8, y + 4, TextAlignment.RIGHT, "wire-time");
                arrow(a, lx, rx, y);
            } else if (item instanceof LadderItem.Call c) {
                text(elapsed(item.timeNanos() - origin), MARGIN - 8, y + 4, TextAlignment.RIGHT, "wire-time");
                Text call = text(c.text(), c.left() ? lx - 10 : rx + 10, y + 4, c.left() ? TextAlignment.RIGHT : TextAlignment.LEFT, "wire-call");
                double w = call.getLayoutBounds().getWidth();
                // too long for the outer side of its lane: beside it on the inner side, where a call's row has no arrow
                if (c.left() && call.getX() < MARGIN + 4) {
                    call.setX(lx + 10);
                } else if (!c.left() && rx + 10 + w > getWidth() / scale - 4) {
                    call.setX(rx - 10 - w);
                }
            } else if (item instanceof LadderItem.StateChange s) {
                text(elapsed(item.timeNanos() - origin), MARGIN - 8, y + 4, TextAlignment.RIGHT, "wire-time");
                state(s, s.left() ? lx : rx, y);
            }
            if (form != null && --formRows == 0) {
                bracket(form, formTop, y + ROW / 2);
                form = null;
            }
            y += ROW;
        }
        if (form != null) {
            bracket(form, formTop, y - ROW / 2);
        }
        left.setEndY(y);
        right.setEndY(y);
        pool.end();
        canvas.setPrefHeight((y + 20) * scale);
        canvas.setMinHeight((y + 20) * scale);
        if (following) { // a live ladder shows its newest row, unless the person has scrolled up to read
            scrolling = true;
            layout();
            setVvalue(getVmax());
            scrolling = false;
        }
    }

    /** A lane from under its titles down to {@code y} (set once the rows are laid out), under the rows. */
    private Line lane(double x) {
        Line l = pool.take("lane", BACK, () -> {
            Line n = new Line();
            n.getStyleClass().add("wire-lane");
            return n;
        });
        l.setStartX(x);
        l.setEndX(x);
        l.setStartY(40);
        return l;
    }

    private void arrow(LadderItem.Arrow a, double lx, double rx, double y) {
        Segment s = a.segment();
        String kind = kind(s);
        double x0 = a.rightward() ? lx : rx;
        double x1 = a.rightward() ? rx : lx;
        double y1 = y + ROW * 0.55;
        // a wide transparent band under the arrow takes the click
        boolean selected = s == vm.selectedProperty().get();
        Rectangle hit = pool.take(selected ? "hit selected" : "hit", BACK, () -> {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("wire-hit");
            if (selected) {
                r.getStyleClass().add("selected");
            }
            selectsItsSegment(r);
            return r;
        });
        hit.setX(lx);
        hit.setY(y - 16);
        hit.setWidth(rx - lx);
        hit.setHeight(ROW);
        hit.setUserData(s);
        hit.getProperties().put(Ui.NAME, "wire-segment-" + s.index());
        Line line = pool.take("arrow " + kind, MIDDLE, () -> {
            Line l = new Line();
            l.getStyleClass().addAll("wire-arrow", kind);
            return l;
        });
        line.setStartX(x0);
        line.setStartY(y - 4);
        line.setEndX(x1);
        line.setEndY(y1);
        double dir = a.rightward() ? -1 : 1;
        Polygon head = pool.take("head " + kind, MIDDLE, () -> {
            Polygon p = new Polygon();
            p.getStyleClass().addAll("wire-arrow-head", kind);
            return p;
        });
        head.getPoints().setAll(x1, y1, x1 + dir * 10, y1 - 5, x1 + dir * 10, y1 + 3);
        Text label = text(s.label(), (lx + rx) / 2, y - 4, TextAlignment.CENTER, "wire-label", kind);
        if (label.getOnMouseClicked() == null) {
            selectsItsSegment(label);
        }
        label.setUserData(s);
    }

    private void selectsItsSegment(Node n) {
        n.setOnMouseClicked(e -> vm.selectedProperty().set((Segment) n.getUserData()));
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
    private void bracket(LadderItem.Form f, double top, double bottom) {
        if (bottom < drawnFrom || top > drawnTo) {
            return;
        }
        Line l = bracketLine(6, top, 6, bottom);
        l.getProperties().put(Ui.NAME, "wire-form-" + f.number());
        bracketLine(6, bottom, 12, bottom);
    }

    private Line bracketLine(double x0, double y0, double x1, double y1) {
        Line l = pool.take("bracket", MIDDLE, () -> {
            Line n = new Line();
            n.getStyleClass().add("wire-form-bracket");
            return n;
        });
        l.getProperties().remove(Ui.NAME);
        l.setStartX(x0);
        l.setStartY(y0);
        l.setEndX(x1);
        l.setEndY(y1);
        return l;
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

    private void state(LadderItem.StateChange s, double x, double y) {
        String name = s.transition().to().name();
        Text label = s.read() ? text(name, x, y + 4, TextAlignment.CENTER, "wire-state-text")
                : text(name, x, y + 4, TextAlignment.CENTER, "wire-state-text", "inferred");
        double w = label.getLayoutBounds().getWidth() + 14;
        String side = s.left() ? "left" : "right";
        // inferred: RFC 9293's step for the segment; the kernel was not read in it
        Rectangle pill = pool.take("pill " + side + (s.read() ? "" : " inferred"), MIDDLE, () -> {
            Rectangle r = new Rectangle();
            r.setArcWidth(14);
            r.setArcHeight(14);
            r.getStyleClass().addAll("wire-state", side);
            if (!s.read()) {
                r.getStyleClass().add("inferred");
            }
            return r;
        });
        pill.setX(x - w / 2);
        pill.setY(y - 9);
        pill.setWidth(w);
        pill.setHeight(18);
        // the cause goes between the lanes, where a state's row has no arrow; then who said so
        String said = s.read() ? s.source() : "too brief to read";
        text(s.transition().event() + " · " + said, s.left() ? x + w / 2 + 8 : x - w / 2 - 8, y + 4,
                s.left() ? TextAlignment.LEFT : TextAlignment.RIGHT, "wire-event");
    }

    /** {@code 0.412 ms}, {@code 40.1 ms}, {@code 1.523 s}: short enough for the margin. */
    static String elapsed(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(java.util.Locale.ROOT, "%.3f ms", ms)
                : ms < 1000 ? String.format(java.util.Locale.ROOT, "%.1f ms", ms)
                : String.format(java.util.Locale.ROOT, "%.3f s", ms / 1000);
    }

    /** A text of the pool's kind for these style classes, filled and placed. */
    private Text text(String s, double x, double y, TextAlignment align, String... styles) {
        Text t = pool.take("text " + String.join(" ", styles), FRONT, () -> {
            Text n = new Text();
            n.getStyleClass().addAll(styles);
            n.setTextOrigin(VPos.BASELINE);
            return n;
        });
        t.getProperties().remove(Ui.NAME);
        t.setText(s == null ? "" : s);
        double w = t.getLayoutBounds().getWidth();
        t.setX(align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x);
        t.setY(y);
        return t;
    }
}
