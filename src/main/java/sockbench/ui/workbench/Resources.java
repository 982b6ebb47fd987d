package sockbench.ui.workbench;

import java.net.URL;

/** Resolves the workbench's resources in one place, and fails loudly when one is missing. */
public final class Resources {
    /** The workbench stylesheet, from {@code assets/styles/} (packaged under {@code sockbench/ui/}). */
    public static final String STYLESHEET = "workbench.css";

    private Resources() {}

    public static URL url(String name) {
        URL u = Resources.class.getResource("/sockbench/ui/" + name);
        if (u == null) {
            throw new IllegalStateException("missing resource sockbench/ui/" + name
                    + " (is assets/styles/ packaged? see the pom's resources)");
        }
        return u;
    }

    public static String stylesheet() {
        return url(STYLESHEET).toExternalForm();
    }
}
