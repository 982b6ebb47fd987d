package sockbench.ui.workbench;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the views share, so every card, button and caption looks the same. */
public final class Ui {
    /** Style classes of workbench.css. */
    public static final String CARD = "card";
    public static final String CARD_TITLE = "card-title";
    public static final String MONO = "mono";
    public static final String MUTED = "muted";
    public static final String CAPTION = "caption";
    public static final String FORM_PREVIEW = "form-preview";

    /**
     * The node property that names a node of one socket's controls ({@code send-s2}) in place of a CSS
     * id: JavaFX's style caches key on ids and never forget one, so an id per socket made every socket's
     * pane a new set of cache entries (SocketChurnBenchmark: +0.26 MB per socket, for good).
     */
    public static final String NAME = "sockbench.name";

    private Ui() {}

    /**
     * Moves each id under {@code root} that has {@code token} as one of its dash-separated words
     * ({@code send-s2}, {@code receive-length-s2-problem}) into the {@link #NAME} property.
     */
    public static void nameInsteadOfId(Node root, String token) {
        String id = root.getId();
        if (id != null && ("-" + id + "-").contains("-" + token + "-")) {
            root.getProperties().put(NAME, id);
            root.setId(null);
        }
        if (root instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                nameInsteadOfId(child, token);
            }
        }
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("icon");
        return i;
    }

    public static Button button(String id, String text, Ikon ikon, Runnable onAction) {
        Button b = new Button(text, ikon == null ? null : icon(ikon));
        b.setId(id);
        b.setOnAction(e -> onAction.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    public static Button button(String id, String text, Ikon ikon, String tip, Runnable onAction) {
        Button b = button(id, text, ikon, onAction);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    public static Label mono(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(MONO);
        return l;
    }

    public static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(CAPTION);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(CARD_TITLE);
        return l;
    }

    /** A titled card: a rounded panel holding a form or a table. */
    public static VBox card(String title, Node... content) {
        VBox card = new VBox(10);
        card.getStyleClass().add(CARD);
        if (title != null) {
            card.getChildren().add(title(title));
        }
        card.getChildren().addAll(content);
        return card;
    }

    /**
     * The scroll pane with its viewport drawn directly, not through a cached image. ScrollPaneSkin caches
     * the viewport (a bitmap of the whole visible content): a live view changes something every pulse, so
     * the renderer redrew the whole view into that image each pulse instead of the changed part alone
     * (ReceiveViewBenchmark under a flood: most of the render thread in CacheFilter.renderNodeToCache).
     */
    public static <T extends javafx.scene.control.ScrollPane> T uncached(T scroll) {
        scroll.skinProperty().addListener((o, old, skin) -> {
            if (skin != null) {
                for (Node child : scroll.getChildrenUnmodifiable()) {
                    if (child.getStyleClass().contains("viewport")) {
                        child.setCache(false);
                    }
                }
            }
        });
        return scroll;
    }

    /** A row of controls; its labels never shrink to "…". */
    public static HBox row(double spacing, Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Label l && !l.minWidthProperty().isBound()) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox h = new HBox(spacing, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /**
     * A row of controls that wraps onto a next line when the pane is narrower than the row (large type,
     * a narrow window) instead of cutting or squeezing them; its labels never shrink to "…".
     */
    public static javafx.scene.layout.FlowPane wrap(double spacing, Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Label l && !l.minWidthProperty().isBound()) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        javafx.scene.layout.FlowPane f = new javafx.scene.layout.FlowPane(spacing, 6, nodes) {
            @Override
            protected double computePrefWidth(double height) {
                // what the row needs on one line (FlowPane's own answer is its wrap length)
                double w = 0;
                for (Node n : getManagedChildren()) {
                    w += n.prefWidth(-1);
                }
                return getInsets().getLeft() + w + spacing * Math.max(0, getManagedChildren().size() - 1)
                        + getInsets().getRight();
            }
        };
        f.setAlignment(Pos.CENTER_LEFT);
        return f;
    }

    /**
     * An AtlantaFX switch bound to a property, which also flips when its text is clicked (the
     * switch itself only answers on its thumb).
     */
    public static atlantafx.base.controls.ToggleSwitch toggleSwitch(String id, String text,
                                                                    javafx.beans.property.BooleanProperty p, String tip) {
        atlantafx.base.controls.ToggleSwitch s = new atlantafx.base.controls.ToggleSwitch(text);
        s.setId(id);
        s.selectedProperty().bindBidirectional(p);
        if (tip != null) {
            s.setTooltip(new Tooltip(tip));
        }
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && !s.isDisabled() && !onThumb(e.getTarget(), s)
                    && s.contains(s.sceneToLocal(e.getSceneX(), e.getSceneY()))) {
                s.setSelected(!s.isSelected());
            }
        });
        return s;
    }

    private static boolean onThumb(Object target, Node stop) {
        for (Node n = target instanceof Node t ? t : null; n != null && n != stop; n = n.getParent()) {
            if (n.getStyleClass().contains("thumb-area") || n.getStyleClass().contains("thumb")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps a table column's preferred width at {@code ems} times the type size of {@code probe} (a
     * control in the base type), never below {@code px}: the columns grow with presentation mode and zoom.
     * A listener, not a binding, so that dragging the column still sets its width.
     */
    public static void emWidth(javafx.scene.control.TableColumn<?, ?> column, javafx.scene.control.Labeled probe,
                               double px, double ems) {
        Runnable size = () -> column.setPrefWidth(Math.max(px, Math.round(probe.getFont().getSize() * ems)));
        probe.fontProperty().addListener(o -> size.run());
        size.run();
    }

    public static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
