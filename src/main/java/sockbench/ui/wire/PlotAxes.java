package sockbench.ui.wire;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The plots' axis ranges, set rather than auto-ranged: NumberAxis's auto-ranging tries tick units by
 * formatting and measuring every candidate label each time a point is added, which at ten samples a
 * second took most of the charts' layout. Time spans the samples kept, in ticks of 1, 2 or 5 times a
 * power of ten (aligned, so a label keeps its node as the range moves on); values start at zero (every
 * plotted reading is one) and end at a round number that changes only when the data outgrows or
 * shrinks well below it.
 */
final class PlotAxes {
    private PlotAxes() {}

    /** A step of 1, 2 or 5 times a power of ten that cuts {@code span} into about {@code ticks}. */
    static double niceStep(double span, int ticks) {
        double raw = span / ticks;
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }

    /** The time axis over [from, to] seconds (at least one second wide). */
    static void time(NumberAxis x, double from, double to) {
        double upper = Math.max(to, from + 1);
        x.setTickUnit(niceStep(upper - from, 6));
        x.setLowerBound(from);
        x.setUpperBound(upper);
    }

    /** The value axis from 0 to a round number above the largest value of the chart's series. */
    static void values(NumberAxis y, XYChart<Number, Number> chart) {
        double max = 0;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                max = Math.max(max, d.getYValue().doubleValue());
            }
        }
        double step = niceStep(max > 0 ? max : 1, 5);
        double upper = Math.max(step, Math.ceil(max * 1.05 / step) * step);
        // a new range only when the data left the old one or fills less than a third of it: no jitter
        if (upper != y.getUpperBound() && (max > y.getUpperBound() || max < y.getUpperBound() / 3 || y.getUpperBound() <= 0)) {
            y.setLowerBound(0);
            y.setTickUnit(step);
            y.setUpperBound(upper);
        }
    }
}
