package sockbench.ui.wire;

import java.util.ArrayList;
import java.util.List;
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
    private final List<Line> drawn = new ArrayList<>();

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
        int used = 0;
        for (WirePlotsViewModel.Mark m : marks) {
            if (m.t() < x.getLowerBound() || m.t() > x.getUpperBound()) {
                continue;
            }
            // the lines are kept and moved: a layout per sample must not build and style 200 nodes anew
            Line l;
            if (used < drawn.size()) {
                l = drawn.get(used);
            } else {
                l = new Line();
                drawn.add(l);
                getPlotChildren().add(l);
            }
            used++;
            if (l.getUserData() != m) {
                l.getStyleClass().setAll("wire-plot-mark", m.kind());
                l.setUserData(m);
            }
            double at = x.getDisplayPosition(m.t());
            l.setStartX(at);
            l.setEndX(at);
            l.setStartY(0);
            l.setEndY(height);
        }
        if (used < drawn.size()) {
            List<Line> gone = new ArrayList<>(drawn.subList(used, drawn.size()));
            drawn.subList(used, drawn.size()).clear();
            getPlotChildren().removeAll(gone);
        }
    }
}
