package sockbench.ui.workbench;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/** Light or dark (AtlantaFX Primer), and a presentation mode with larger type for projectors. */
public final class Theme {
    public static final double NORMAL_FONT = 14;
    public static final double PRESENTATION_FONT = 18;

    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);

    public Theme(Parent root) {
        apply(root);
        dark.addListener((o, a, b) -> apply(root));
        presentation.addListener((o, a, b) -> apply(root));
    }

    /** The user-agent stylesheet for the whole application (call before the first window). */
    public static void install(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public BooleanProperty darkProperty() { return dark; }
    public BooleanProperty presentationProperty() { return presentation; }

    private void apply(Parent root) {
        install(dark.get());
        root.setStyle("-fx-font-size: " + (presentation.get() ? PRESENTATION_FONT : NORMAL_FONT) + "px;");
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark.get() ? "dark" : "light");
        root.getStyleClass().remove("presentation");
        if (presentation.get()) {
            root.getStyleClass().add("presentation");
        }
    }
}
