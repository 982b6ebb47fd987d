package sockbench.ui.wire;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * A line chart with the shown conversation's segments as vertical marks at their instants, coloured by
 * kind like the ladder's arrows (SYN, data, ACK, FIN, RST), so a jump in rtt or a queue that fills lines
 * up with the segments around it (each line's user data is its mark: kind, label, instant). Marks outside
 * the x range the samples span are not drawn. The lines are kept by kind ({@link NodePool}) and moved:
 * restyling 200 marks ten times a second took most of the charts' time.
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final ObservableList<WirePlotsViewModel.Mark> marks;
    /** As many spare lines of a kind as marks may be drawn: the marks' mix of kinds shifts as the samples' window slides. */
    private final NodePool drawn = new NodePool(WirePlotsViewModel.MAX_MARKS, getPlotChildren());

    MarkedLineChart(NumberAxis x, NumberAxis y, ObservableList<WirePlotsViewModel.Mark> marks) {
        super(x, y);
        this.marks = marks;
        marks.addListener((ListChangeListener<WirePlotsViewModel.Mark>) c -> requestChartLayout());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        drawn.begin();
        for (WirePlotsViewModel.Mark m : marks) {
            if (m.t() < x.getLowerBound() || m.t() > x.getUpperBound()) {
                continue;
            }
            Line l = drawn.take(m.kind(), 0, () -> {
                Line n = new Line();
                n.getStyleClass().setAll("wire-plot-mark", m.kind());
                return n;
            });
            l.setUserData(m);
            double at = x.getDisplayPosition(m.t());
            l.setStartX(at);
            l.setEndX(at);
            l.setStartY(0);
            l.setEndY(height);
        }
        drawn.end();
    }
}
