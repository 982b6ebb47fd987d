package sockbench.ui.workbench;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/**
 * Light or dark (AtlantaFX Primer), a presentation mode whose type grows with the window (24 px at
 * 1280x800, larger on a larger screen, so the back of the room can read it), and a zoom for any mode.
 */
public final class Theme {
    public static final double NORMAL_FONT = 14;
    /** The smallest presentation type, at 1280x800 or below. */
    public static final double PRESENTATION_FONT = 24;
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;

    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(1.0);
    private final javafx.beans.property.ReadOnlyDoubleWrapper fontSize = new javafx.beans.property.ReadOnlyDoubleWrapper(NORMAL_FONT);

    public Theme(Parent root) {
        apply(root);
        dark.addListener((o, a, b) -> apply(root));
        presentation.addListener((o, a, b) -> apply(root));
        zoom.addListener((o, a, b) -> applyFont(root));
        if (root instanceof javafx.scene.layout.Region r) {
            javafx.beans.InvalidationListener resized = o -> {
                if (presentation.get()) {
                    applyFont(root);
                }
            };
            r.widthProperty().addListener(resized);
            r.heightProperty().addListener(resized);
        }
    }

    /** Presentation type for a window of this size: 24 px at 1280x800, in proportion above it. */
    public static double presentationFont(double width, double height) {
        if (width <= 0 || height <= 0) {
            return PRESENTATION_FONT;
        }
        return Math.max(PRESENTATION_FONT, Math.floor(PRESENTATION_FONT * Math.min(width / 1280, height / 800)));
    }

    /** The zoom factor (1 = 100 %), Ctrl +/-/0. */
    public javafx.beans.property.DoubleProperty zoomProperty() { return zoom; }

    /** The type size now, in px. */
    public javafx.beans.property.ReadOnlyDoubleProperty fontSizeProperty() { return fontSize.getReadOnlyProperty(); }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, Math.round((zoom.get() + 0.1) * 10) / 10.0));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, Math.round((zoom.get() - 0.1) * 10) / 10.0));
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
        applyFont(root);
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark.get() ? "dark" : "light");
        root.getStyleClass().remove("presentation");
        if (presentation.get()) {
            root.getStyleClass().add("presentation");
        }
    }

    private void applyFont(Parent root) {
        double base = NORMAL_FONT;
        if (presentation.get()) {
            base = root instanceof javafx.scene.layout.Region r ? presentationFont(r.getWidth(), r.getHeight()) : PRESENTATION_FONT;
        }
        double size = Math.round(base * zoom.get());
        if (size != fontSize.get() || root.getStyle().isEmpty()) {
            fontSize.set(size);
            root.setStyle("-fx-font-size: " + size + "px;");
        }
    }
}
