package sockbench.ui.wire;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;
import javafx.scene.control.Tooltip;

/**
 * A line chart with the shown conversation's segments as vertical marks at their instants, coloured by
 * kind like the ladder's arrows (SYN, data, ACK, FIN, RST), so a jump in rtt or a queue that fills lines
 * up with the segments around it. Marks outside the x range the samples span are not drawn.
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final ObservableList<WirePlotsViewModel.Mark> marks;
    private final List<Line> drawn = new ArrayList<>();

    MarkedLineChart(NumberAxis x, NumberAxis y, ObservableList<WirePlotsViewModel.Mark> marks) {
        super(x, y);
        this.marks = marks;
        marks.addListener((ListChangeListener<WirePlotsViewModel.Mark>) c -> requestChartLayout());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(drawn);
        drawn.clear();
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        for (WirePlotsViewModel.Mark m : marks) {
            if (m.t() < x.getLowerBound() || m.t() > x.getUpperBound()) {
                continue;
            }
            double at = x.getDisplayPosition(m.t());
            Line l = new Line(at, 0, at, height);
            l.getStyleClass().addAll("wire-plot-mark", m.kind());
            l.setUserData(m);
            Tooltip.install(l, new Tooltip(m.label()));
            drawn.add(l);
        }
        getPlotChildren().addAll(drawn);
    }
}
