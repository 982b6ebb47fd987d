package sockbench.ui.buffering;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import sockbench.net.TcpInfo;
import sockbench.ui.workbench.Ui;

/** One socket in the kernel: its two queues as gauges against their buffers, and tcp_info. */
final class KernelPane extends VBox {
    private final ProgressBar receive = new ProgressBar(0);
    private final ProgressBar send = new ProgressBar(0);
    private final Label receiveText = Ui.mono("—");
    private final Label sendText = Ui.mono("—");
    /** The exact counts behind the rounded ones; one tooltip each, its text changed (a new one per reading cost a popup's CSS). */
    private final javafx.scene.control.Tooltip receiveTip = new javafx.scene.control.Tooltip();
    private final javafx.scene.control.Tooltip sendTip = new javafx.scene.control.Tooltip();
    private final Label state = Ui.mono("—");
    private final Label rtt = Ui.mono("—");
    private final Label cwnd = Ui.mono("—");
    private final Label unacked = Ui.mono("—");
    private final Label retransmits = Ui.mono("—");
    private final Label options = Ui.mono("—");
    private final Label wscale = Ui.mono("—");
    private final Label problem = Ui.caption("");

    KernelPane(String side, KernelSide k, javafx.scene.Node extra) {
        super(8);
        getStyleClass().add("kernel-pane");
        receive.setId("receive-queue-" + side);
        send.setId("send-queue-" + side);
        receiveText.setId("receive-queue-text-" + side);
        sendText.setId("send-queue-text-" + side);
        for (ProgressBar p : new ProgressBar[] {receive, send}) {
            p.setMaxWidth(Double.MAX_VALUE);
            p.getStyleClass().add("queue-gauge");
        }
        Label title = Ui.title("");
        title.textProperty().bind(k.titleProperty().map(t -> t.isEmpty() ? (side.equals("self") ? "this socket" : "other end")
                : t + (side.equals("self") ? " · this socket" : " · its other end")));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setMinWidth(80);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        grid.addRow(0, label("receive queue", "SIOCINQ against SO_RCVBUF: bytes waiting for receive calls"), receive, receiveText);
        grid.addRow(1, label("send queue", "SIOCOUTQ against SO_SNDBUF: bytes not yet sent or not yet acknowledged"), send, sendText);

        GridPane info = new GridPane();
        info.setHgap(14);
        info.setVgap(2);
        info.getStyleClass().add("tcp-info-grid");
        // name and value side by side, two pairs a row: the values keep their width however large the type
        info.addRow(0, name("state"), state, name("rtt"), rtt);
        info.addRow(1, name("cwnd"), cwnd, name("unacked"), unacked);
        info.addRow(2, name("retrans"), retransmits, name("wscale"), wscale);
        info.add(name("options"), 0, 3);
        info.add(options, 1, 3, 3, 1);
        for (Label l : new Label[] {state, rtt, cwnd, unacked, retransmits, wscale, options}) {
            l.setMinWidth(Label.USE_PREF_SIZE);
        }
        options.setId("tcp-options-" + side);
        wscale.setId("tcp-wscale-" + side);

        getChildren().addAll(extra == null ? Ui.row(8, title) : Ui.row(8, title, Ui.grow(), extra), grid, info, problem);
        problem.managedProperty().bind(problem.visibleProperty());
        k.readingProperty().addListener((o, a, r) -> show(r));
        show(k.readingProperty().get());
    }

    /** Bytes for a gauge: exact below 10 KiB, else in KiB or MiB. */
    static String bytes(long n) {
        if (n < 10 * 1024) {
            return String.format("%,d B", n);
        }
        if (n < 1024L * 1024) {
            return String.format("%,.0f KiB", n / 1024.0);
        }
        return String.format("%,.1f MiB", n / (1024.0 * 1024));
    }

    /** A field's name beside its value: one line, never broken into letters. */
    private static Label name(String text) {
        Label l = Ui.caption(text);
        l.setWrapText(false);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label label(String text, String tip) {
        Label l = new Label(text);
        l.setTooltip(new javafx.scene.control.Tooltip(tip));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void show(KernelSide.Reading r) {
        if (r == null || r.queues() == null) {
            receive.setProgress(0);
            send.setProgress(0);
            receiveText.setText("—");
            sendText.setText("—");
            receiveText.setTooltip(null);
            sendText.setTooltip(null);
            problem.setText(r == null || r.problem() == null ? "" : r.problem());
            problem.setVisible(r != null && r.problem() != null && !r.problem().equals("no socket"));
        } else {
            var q = r.queues();
            receive.setProgress(KernelSide.fraction(q.receiveQueued(), q.receiveBuffer()));
            send.setProgress(KernelSide.fraction(q.sendQueued(), q.sendBuffer()));
            receiveText.setText(bytes(q.receiveQueued()) + " / " + bytes(q.receiveBuffer()));
            sendText.setText(bytes(q.sendQueued()) + " / " + bytes(q.sendBuffer()));
            receiveTip.setText(String.format("%,d of %,d bytes", q.receiveQueued(), q.receiveBuffer()));
            sendTip.setText(String.format("%,d of %,d bytes", q.sendQueued(), q.sendBuffer()));
            receiveText.setTooltip(receiveTip);
            sendText.setTooltip(sendTip);
            problem.setVisible(false);
        }
        TcpInfo t = r == null ? null : r.tcpInfo();
        state.setText(t == null ? "—" : t.stateName());
        rtt.setText(t == null ? "—" : String.format("%.2f ms", t.rtt() / 1000.0));
        cwnd.setText(t == null ? "—" : Long.toString(t.sndCwnd()));
        unacked.setText(t == null ? "—" : Long.toString(t.unacked()));
        retransmits.setText(t == null ? "—" : t.retransmits() + " / " + t.totalRetrans());
        options.setText(t == null ? "—" : sockbench.ui.options.TcpInfoText.options(t.fields().get("tcpi_options")));
        wscale.setText(t == null ? "—" : sockbench.ui.options.TcpInfoText.wscale(t.fields().get("tcpi_wscale")));
    }
}
