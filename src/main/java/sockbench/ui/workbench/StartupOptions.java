package sockbench.ui.workbench;

import java.util.List;

/**
 * What the window understands on its command line (everything else is left to {@code Main}):
 * {@code --demo} opens with a loopback pair and an example in each panel ({@code --demo=transfer},
 * {@code =buffering}, {@code =trace} set up those views' classroom scenes), {@code --view=NAME} opens
 * a view, {@code --dark} and {@code --presentation} pick the look, {@code --sample=FILE} opens a sample
 * to step through, {@code --size=1920x1080} the window's size (1280x800 by default).
 */
public record StartupOptions(String demoName, String view, boolean dark, boolean presentation, String sample,
                             int width, int height) {

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
        int width = 1280;
        int height = 800;
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
            } else if (a.matches("--size=[0-9]{3,4}x[0-9]{3,4}")) {
                String[] wh = a.substring("--size=".length()).split("x");
                width = Integer.parseInt(wh[0]);
                height = Integer.parseInt(wh[1]);
            }
        }
        return new StartupOptions(demo, view, dark, presentation, sample, width, height);
    }
}
