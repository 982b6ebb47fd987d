package sockbench.ui.workbench;

import java.util.List;

/**
 * What the window understands on its command line (everything else is left to {@code Main}):
 * {@code --demo} opens with a loopback pair and an example in each panel ({@code --demo=transfer},
 * {@code =buffering}, {@code =trace} set up those views' classroom scenes), {@code --view=NAME} opens
 * a view, {@code --dark} and {@code --presentation} pick the look, {@code --sample=FILE} opens a sample
 * to step through.
 */
public record StartupOptions(String demoName, String view, boolean dark, boolean presentation, String sample) {

    /** Whether a demo was asked for. */
    public boolean demo() {
        return demoName != null;
    }

    public static StartupOptions parse(List<String> args) {
        String demo = null;
        boolean dark = false;
        boolean presentation = false;
        String view = Workbench.SOCKETS;
        String sample = null;
        for (String a : args) {
            if (a.equals("--demo")) {
                demo = Demo.BASIC;
            } else if (a.startsWith("--demo=")) {
                demo = a.substring("--demo=".length());
            } else if (a.equals("--dark")) {
                dark = true;
            } else if (a.equals("--presentation")) {
                presentation = true;
            } else if (a.startsWith("--sample=")) {
                sample = a.substring("--sample=".length());
            } else if (a.startsWith("--view=")) {
                view = a.substring("--view=".length());
            }
        }
        return new StartupOptions(demo, view, dark, presentation, sample);
    }
}
