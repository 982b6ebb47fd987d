package sockbench.ui.wire;

import static sockbench.ui.workbench.Ui.button;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import sockbench.ui.workbench.Ui;

/** Three line charts of the shown conversation's socket (ours), with PNG and CSV export. */
final class WirePlotsView extends VBox {
    WirePlotsView(WirePlotsViewModel vm) {
        super(6);
        setId("wire-plots");
        ToggleButton sample = new ToggleButton("Sample");
        sample.setId("wire-plots-sample");
        sample.setGraphic(Ui.icon(Feather.ACTIVITY));
        sample.selectedProperty().bindBidirectional(vm.samplingProperty());
        LineChart<Number, Number> tcp = chart(vm, "tcp_info", vm.rtt, vm.cwnd, vm.unacked);
        LineChart<Number, Number> queues = chart(vm, "kernel queues", vm.receiveQueue, vm.sendQueue, vm.receiveBuffer, vm.sendBuffer);
        LineChart<Number, Number> rate = chart(vm, "throughput", vm.throughput);
        tcp.setId("wire-plot-tcp");
        queues.setId("wire-plot-queues");
        rate.setId("wire-plot-throughput");
        VBox charts = new VBox(4, tcp, queues, rate);
        Button png = button("wire-plots-png", "PNG", Feather.IMAGE, "save the charts as a picture", () -> {
            java.io.File f = choose("sockbench-plots.png");
            if (f != null) {
                try (OutputStream out = Files.newOutputStream(f.toPath())) {
                    PngWriter.write(charts.snapshot(null, null), out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        Button csv = button("wire-plots-csv", "CSV", Feather.FILE_TEXT, "save the samples as CSV", () -> {
            java.io.File f = choose("sockbench-plots.csv");
            if (f != null) {
                try (Writer w = Files.newBufferedWriter(f.toPath(), StandardCharsets.UTF_8)) {
                    vm.writeCsv(w);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        getChildren().addAll(Ui.row(6, sample, png, csv, Ui.caption("the shown conversation's socket, 10 samples a second; its segments as marks")), charts);
    }

    private java.io.File choose(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        return chooser.showSaveDialog(getScene().getWindow());
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // addAll only reads the array
    private static LineChart<Number, Number> chart(WirePlotsViewModel vm, String title, XYChart.Series<Number, Number>... series) {
        NumberAxis x = new NumberAxis();
        x.setLabel("s");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        x.setAnimated(false); // a range that glides would leave the marks where the old range put them
        y.setAnimated(false);
        x.setAutoRanging(false);
        y.setAutoRanging(false);
        LineChart<Number, Number> c = new MarkedLineChart(x, y, vm.marks());
        Runnable fit = () -> {
            double[] span = vm.span();
            PlotAxes.time(x, span[0], span[1]);
            PlotAxes.values(y, c);
        };
        fit.run(); // before the first sample too: NumberAxis's own 0..100 in steps of 5 crowds an empty chart
        vm.revision().addListener((o, was, now) -> fit.run());
        c.setTitle(title);
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setPrefHeight(190);
        c.getData().addAll(series);
        return c;
    }
}
