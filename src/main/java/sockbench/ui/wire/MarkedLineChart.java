package sockbench.ui.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * A line chart with the shown conversation's segments as vertical marks at their instants, coloured by
 * kind like the ladder's arrows (SYN, data, ACK, FIN, RST), so a jump in rtt or a queue that fills lines
 * up with the segments around it (each line's user data is its mark: kind, label, instant). Marks outside
 * the x range the samples span are not drawn.
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final ObservableList<WirePlotsViewModel.Mark> marks;
    /**
     * The lines drawn, by kind: a line keeps its kind's style class for good and is only moved, so a
     * layout per sample styles no node anew (restyling 200 marks ten times a second took most of the
     * charts' time).
     */
    private final Map<String, List<Line>> drawn = new HashMap<>();

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
        Map<String, Integer> used = new HashMap<>();
        for (WirePlotsViewModel.Mark m : marks) {
            if (m.t() < x.getLowerBound() || m.t() > x.getUpperBound()) {
                continue;
            }
            List<Line> pool = drawn.computeIfAbsent(m.kind(), k -> new ArrayList<>());
            int n = used.merge(m.kind(), 1, Integer::sum) - 1;
            Line l;
            if (n < pool.size()) {
                l = pool.get(n);
            } else {
                l = new Line();
                l.getStyleClass().setAll("wire-plot-mark", m.kind());
                pool.add(l);
                getPlotChildren().add(l);
            }
            l.setUserData(m);
            double at = x.getDisplayPosition(m.t());
            l.setStartX(at);
            l.setEndX(at);
            l.setStartY(0);
            l.setEndY(height);
        }
        for (Map.Entry<String, List<Line>> e : drawn.entrySet()) {
            List<Line> pool = e.getValue();
            int keep = used.getOrDefault(e.getKey(), 0);
            if (keep < pool.size()) {
                List<Line> gone = new ArrayList<>(pool.subList(keep, pool.size()));
                pool.subList(keep, pool.size()).clear();
                getPlotChildren().removeAll(gone);
            }
        }
    }
}
