package sockbench.ui.wire;

import javafx.scene.Node;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.workbench.WorkbenchModel;

/**
 * Builds the Wire view for the workbench from the window's model: the capture starts the first time the
 * view is shown (as the trace records from its first look) and stops when the window's pulse stops.
 */
public final class WireViews {
    private WireViews() {}

    public static Node create(WorkbenchModel model) {
        WireViewModel wire = new WireViewModel(model.threads().engine(), model.pulse(),
                () -> model.sockets().rows().stream().map(SocketRow::socket).filter(s -> !s.isClosed()).toList(),
                sockbench.net.wire.Capture::start, model.transcript().entries());
        WirePlotsViewModel plots = new WirePlotsViewModel(model.pulse(), wire::shownSocket, wire::shownSegments);
        WireView view = new WireView(wire, plots);
        // the workbench shows a view by making its wrapper visible: look up the tree once per pulse
        model.pulse().add(now -> {
            if (!wire.capturingProperty().get() && wire.messageProperty().get().isEmpty() && shown(view)) {
                wire.start();
            }
        });
        // the window closes (or a test ends): so do the capture, its readers and the sampler
        model.disposeWith(() -> {
            wire.dispose();
            plots.dispose();
        });
        return view;
    }

    private static boolean shown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
