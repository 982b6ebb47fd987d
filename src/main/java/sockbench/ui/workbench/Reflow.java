package sockbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * Columns side by side while each gets at least its preferred width; as many to a line as fit when
 * they do not (large type in presentation mode, a narrow window), each line as wide as the pane. Nothing
 * is squeezed below what it needs or cut: the view's scroll pane scrolls down instead. The extra width of
 * a line goes to its children marked {@code HBox.setHgrow(child, ALWAYS)} (to all of them when none is).
 * On one line the columns are as tall as the pane; on several, each line is as tall as its tallest.
 * Preferred widths in em (workbench.css) make the lines follow the type size.
 */
public final class Reflow extends Pane {
    private final double gap;

    public Reflow(double gap, Node... columns) {
        this.gap = gap;
        getChildren().addAll(columns);
        getStyleClass().add("reflow");
    }

    /** How many lines the columns take at the pane's width now. */
    public int lineCount() {
        return lines(getWidth()).size();
    }

    private double inset() {
        Insets i = getInsets();
        return i.getLeft() + i.getRight();
    }

    private static double natural(Node n) {
        return Math.max(n.minWidth(-1), n.prefWidth(-1));
    }

    /** The children, greedily packed into lines that fit {@code width}. */
    private List<List<Node>> lines(double width) {
        if (width < 0) {
            width = getWidth() > 0 ? getWidth() : Double.MAX_VALUE;
        }
        double room = width - inset();
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        double used = 0;
        for (Node n : getManagedChildren()) {
            double w = natural(n);
            if (!line.isEmpty() && used + gap + w > room) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : gap) + w;
            line.add(n);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The widths the children of a line get in {@code room}. */
    private double[] widths(List<Node> line, double room) {
        double sum = gap * (line.size() - 1);
        for (Node n : line) {
            sum += natural(n);
        }
        double extra = Math.max(0, room - sum);
        long growing = line.stream().filter(n -> HBox.getHgrow(n) == Priority.ALWAYS).count();
        double[] w = new double[line.size()];
        for (int i = 0; i < w.length; i++) {
            Node n = line.get(i);
            w[i] = natural(n);
            if (growing == 0 || HBox.getHgrow(n) == Priority.ALWAYS) {
                w[i] += extra / (growing == 0 ? line.size() : growing);
            }
            w[i] = snapSizeX(Math.min(w[i], Math.max(natural(n), n.maxWidth(-1))));
        }
        if (line.size() == 1) {
            w[0] = snapSizeX(Math.max(room, 0));
        }
        return w;
    }

    /** A line of several needs its tallest child's preferred height (at the width that child gets). */
    private static double lineHeight(List<Node> line, double[] widths) {
        double h = 0;
        for (int i = 0; i < widths.length; i++) {
            Node n = line.get(i);
            double w = n.getContentBias() == Orientation.HORIZONTAL ? widths[i] : -1;
            h = Math.max(h, Math.max(n.minHeight(w), n.prefHeight(w)));
        }
        return h;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double max = 0;
        for (Node n : getManagedChildren()) {
            max = Math.max(max, n.minWidth(-1));
        }
        return inset() + max;
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = gap * Math.max(0, getManagedChildren().size() - 1);
        for (Node n : getManagedChildren()) {
            sum += natural(n);
        }
        return inset() + sum;
    }

    @Override
    protected double computeMinHeight(double width) {
        return height(width, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return height(width, false);
    }

    private double height(double width, boolean min) {
        List<List<Node>> lines = lines(width);
        double w = (width < 0 ? getWidth() : width) - inset();
        double h = 0;
        if (lines.size() == 1) {
            // one line fills the pane's height: its minimum is its children's
            for (Node n : lines.get(0)) {
                h = Math.max(h, min ? n.minHeight(-1) : n.prefHeight(-1));
            }
        } else {
            // several lines: each needs its preferred height, and below that the scroll pane scrolls
            for (List<Node> line : lines) {
                h += lineHeight(line, widths(line, w));
            }
            h += gap * (lines.size() - 1);
        }
        return getInsets().getTop() + h + getInsets().getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets i = getInsets();
        double room = getWidth() - inset();
        List<List<Node>> lines = lines(getWidth());
        double y = i.getTop();
        for (List<Node> line : lines) {
            double[] w = widths(line, room);
            double h = lines.size() == 1 ? getHeight() - i.getTop() - i.getBottom() : snapSizeY(lineHeight(line, w));
            double x = i.getLeft();
            for (int k = 0; k < w.length; k++) {
                layoutInArea(line.get(k), x, y, w[k], h, 0, Insets.EMPTY, true, true, HPos.LEFT, VPos.TOP);
                x += w[k] + gap;
            }
            y += h + gap;
        }
    }
}
