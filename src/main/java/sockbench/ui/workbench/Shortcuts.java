package sockbench.ui.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.transfer.TransferPane;
import sockbench.ui.transfer.TransferViewModel;

/**
 * The window's keyboard shortcuts, one table for the accelerators and for the help that lists them,
 * so a teacher can drive the main actions without the mouse while the class watches the screen.
 */
final class Shortcuts {
    private final Map<KeyCombination, Entry> entries = new LinkedHashMap<>();

    private record Entry(String what, Runnable action) {}

    Shortcuts(Workbench w) {
        WorkbenchModel m = w.model();
        add(shortcut(KeyCode.N), "create a socket (the Sockets form)", () -> m.sockets().create());
        add(shortcut(KeyCode.L), "loopback pair", () -> m.sockets().loopbackPair());
        add(shortcut(KeyCode.K), "connect the selected socket", () -> m.sockets().connect());
        add(shortcut(KeyCode.ENTER), "send the composer's bytes (focused or left pane)", () -> send(w));
        add(shortcut(KeyCode.W), "close the selected socket", () -> m.sockets().close());
        add(new KeyCodeCombination(KeyCode.F5), "presentation mode on/off", () -> toggle(w.theme().presentationProperty()));
        add(new KeyCodeCombination(KeyCode.F6), "dark/light theme", () -> toggle(w.theme().darkProperty()));
        add(new KeyCodeCombination(KeyCode.F10), "sample: next form", () -> m.samples().next());
        add(shortcut(KeyCode.F10), "sample: run to end", () -> m.samples().runToEnd());
        add(new KeyCodeCombination(KeyCode.ESCAPE), "stop the running console form or sample step", () -> {
            m.samples().stop();
            m.console().stop();
        });
        add(shortcut(KeyCode.EQUALS), "zoom in", () -> w.theme().zoomIn());
        add(shortcut(KeyCode.ADD), "zoom in (keypad)", () -> w.theme().zoomIn());
        add(shortcut(KeyCode.PLUS), "zoom in (+)", () -> w.theme().zoomIn());
        add(shortcut(KeyCode.MINUS), "zoom out", () -> w.theme().zoomOut());
        add(shortcut(KeyCode.SUBTRACT), "zoom out (keypad)", () -> w.theme().zoomOut());
        add(shortcut(KeyCode.DIGIT0), "zoom back to 100 %", () -> w.theme().zoomProperty().set(1.0));
        int i = 1;
        for (String view : w.viewNames()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + i++);
            add(shortcut(digit), "show " + view, () -> w.show(view));
        }
    }

    /** Installs every shortcut on the scene. */
    void install(Scene scene) {
        entries.forEach((k, e) -> scene.getAccelerators().put(k, e.action()));
    }

    /** The help text: one line per shortcut. */
    String help() {
        StringBuilder b = new StringBuilder();
        entries.forEach((k, e) -> b.append(String.format("%-12s %s%n", k.getDisplayText(), e.what())));
        return b.toString().stripTrailing();
    }

    private void add(KeyCombination k, String what, Runnable action) {
        entries.put(k, new Entry(what, action));
    }

    private static KeyCombination shortcut(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    private static void toggle(javafx.beans.property.BooleanProperty p) {
        p.set(!p.get());
    }

    /** Sends from the transfer pane that has the focus, else from the selected socket's. */
    private static void send(Workbench w) {
        Node focus = w.getScene() == null ? null : w.getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TransferPane pane) {
                pane.viewModel().send();
                return;
            }
        }
        SocketRow row = w.model().sockets().selected();
        if (row != null) {
            TransferViewModel vm = w.model().transfers().of(row);
            vm.send();
        }
    }
}
