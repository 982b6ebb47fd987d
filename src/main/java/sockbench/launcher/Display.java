package sockbench.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * Whether the window can open here. On Linux JavaFX draws through GTK on X11 and needs
 * {@code DISPLAY} (Wayland sessions provide it through XWayland); without it JavaFX would fail with
 * a stack trace. Monocle ({@code -Dglass.platform=Monocle}, the headless tests) needs no display.
 */
final class Display {
    private Display() {}

    /** Why the window cannot open, or empty when it can (as far as can be told before trying). */
    static Optional<String> missing(String osName, Map<String, String> env, String glassPlatform) {
        boolean x11 = osName.startsWith("Linux") || osName.contains("BSD");
        if (!x11 || glassPlatform != null || !blank(env.get("DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("no display: DISPLAY is not set, and the window needs an X11 display"
                + " (or XWayland). Run headless with --script FILE or --repl.");
    }

    /** {@code " (DISPLAY=:0)"} for the message about a display that did not open, or nothing. */
    static String named(String display) {
        return blank(display) ? "" : " (DISPLAY=" + display + ")";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
