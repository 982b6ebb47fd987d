package sockbench.ui.workbench;

import java.util.List;

/**
 * What the window understands on its command line (everything else is left to {@code Main}):
 * {@code --demo} opens with a loopback pair and an example in each panel, {@code --view=NAME} opens
 * a view, {@code --dark} and {@code --presentation} pick the look.
 */
public record StartupOptions(boolean demo, String view, boolean dark, boolean presentation) {

    public static StartupOptions parse(List<String> args) {
        boolean demo = false;
        boolean dark = false;
        boolean presentation = false;
        String view = Workbench.SOCKETS;
        for (String a : args) {
            if (a.equals("--demo")) {
                demo = true;
            } else if (a.equals("--dark")) {
                dark = true;
            } else if (a.equals("--presentation")) {
                presentation = true;
            } else if (a.startsWith("--view=")) {
                view = a.substring("--view=".length());
            }
        }
        return new StartupOptions(demo, view, dark, presentation);
    }
}
