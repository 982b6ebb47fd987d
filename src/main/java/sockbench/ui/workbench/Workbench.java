package sockbench.ui.workbench;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sockbench.net.Constants;
import sockbench.ui.buffering.BufferingView;
import sockbench.ui.constants.ConstantsView;
import sockbench.ui.options.OptionsView;
import sockbench.ui.resolver.ResolverView;
import sockbench.ui.samples.SampleBar;
import sockbench.ui.samples.SamplesMenu;
import sockbench.ui.sockets.SocketsView;
import sockbench.ui.trace.TraceView;
import sockbench.ui.transcript.TranscriptView;
import sockbench.ui.transfer.TransferView;

/**
 * The window's content: a header with the views and the theme switches, the selected view above the
 * transcript and console line, and a status bar.
 */
public final class Workbench extends BorderPane {
    /** The views, by the names {@code --view} and the tests use. */
    public static final String SOCKETS = "sockets";
    public static final String RESOLVER = "resolver";
    public static final String OPTIONS = "options";
    public static final String CONSTANTS = "constants";
    public static final String TRANSFER = "transfer";
    public static final String BUFFERING = "buffering";
    public static final String TRACE = "trace";
    public static final String WIRE = "wire";
    /** Every view's name, in the header's order: what {@code --view=NAME} accepts. */
    public static final java.util.List<String> VIEWS = java.util.List.of(SOCKETS, RESOLVER, OPTIONS, CONSTANTS, TRANSFER,
            BUFFERING, TRACE, WIRE, sockbench.ui.explorer.ExplorerView.NAME);
    private static final java.util.Set<String> LIVE_VIEWS = java.util.Set.of("transfer", "buffering", "trace", "wire");

    private final WorkbenchModel model;
    private final Theme theme;
    private final Map<String, Node> views = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final ToggleGroup nav = new ToggleGroup();
    private final SplitPane split;
    private final StackPane center = new StackPane();
    private double lastDivider = 0.64;
    private TranscriptView transcriptView;
    private boolean traceOpened;
    private Shortcuts shortcuts;
    private String shown;
    private final Map<String, Double> dividers = new java.util.HashMap<>();

    public Workbench(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("workbench");
        getStylesheets().add(Resources.stylesheet());
        theme = new Theme(this);

        views.put(SOCKETS, new SocketsView(model.sockets()));
        views.put(RESOLVER, new ResolverView(model.resolver(), ai -> {
            model.useInSocketsPanel(ai);
            show(SOCKETS);
        }, ai -> model.sockets().connectAi(ai)));
        OptionsView options = new OptionsView(model.options(), model.sockets(), model.structEditor(), model.tcpInfo(),
                model.lowLevel());
        views.put(OPTIONS, options);
        views.put(CONSTANTS, new ConstantsView(model.constants()));
        sockbench.ui.explorer.ExplorerView explorer = sockbench.ui.explorer.ExplorerView.of(model);
        // a responder the window started shows live where its socket's transfer is
        views.put(TRANSFER, new TransferView(model.transfers(), (side, row) -> new sockbench.ui.explorer.ResponderStrip(
                explorer.model().liveResponders(), row, "responder-" + side)));
        views.put(BUFFERING, new BufferingView(model.buffering()));
        views.put(TRACE, new TraceView(model.trace(), model.sockets().rows()));
        views.put(WIRE, sockbench.ui.wire.WireViews.create(model));
        views.put(sockbench.ui.explorer.ExplorerView.NAME, explorer);
        // Each view scrolls rather than spill over the header when the window (or presentation mode) is tight.
        views.replaceAll((name, view) -> scrolling(view));
        center.setMinHeight(200);

        TranscriptView transcript = new TranscriptView(model.transcript(), model.console(), model::setStatus);
        transcriptView = transcript;
        transcript.setMinHeight(150);
        split = new SplitPane(center, transcript);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(transcript, false);
        transcript.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                lastDivider = split.getDividerPositions()[0];
                split.getItems().remove(center);
            } else {
                split.getItems().add(0, center);
                split.setDividerPositions(lastDivider);
            }
        });

        shortcuts = new Shortcuts(this);
        setTop(new javafx.scene.layout.VBox(header(), new SampleBar(model.samples())));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                shortcuts.install(scene);
            }
        });
        model.samples().scan();
        setCenter(split);
        setBottom(statusBar());
        show(SOCKETS);
        startPulse();
    }

    /** One AnimationTimer drives the model's pulse while the window lives; it stops with the model. */
    private void startPulse() {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (model.pulse().isStopped()) {
                    stop();
                    return;
                }
                model.pulse().tick(now);
            }
        }.start();
    }

    public WorkbenchModel model() {
        return model;
    }

    public Theme theme() {
        return theme;
    }

    /** The views' names, in the header's order. */
    public java.util.List<String> viewNames() {
        return java.util.List.copyOf(views.keySet());
    }

    /** The keyboard shortcuts, one per line, as the help shows them. */
    public String shortcutHelp() {
        return shortcuts.help();
    }

    /** Shows one view by name (see {@link #viewNames()}). */
    public void show(String view) {
        Node target = views.get(view);
        if (target == null) {
            throw new IllegalArgumentException("no view named " + view + "; there are " + views.keySet());
        }
        // the live views want room: each view keeps its own split between itself and the transcript
        if (shown != null && split.getItems().size() == 2) {
            dividers.put(shown, split.getDividerPositions()[0]);
        }
        shown = view;
        views.forEach((name, node) -> node.setVisible(name.equals(view)));
        // Only the shown view is in the scene: each pulse walks the whole scene graph for its bounds, and
        // the hidden views' nodes made most of it (ReceiveViewBenchmark: a quarter of the FX thread's time)
        center.getChildren().setAll(target);
        if (view.equals(TRACE) && !traceOpened) {
            // the trace records from the first time it is looked at; Record pauses it
            traceOpened = true;
            model.trace().recordingProperty().set(true);
        }
        transcriptView.expandedProperty().set(false);
        // presentation mode's large type needs more of the height for the view
        double transcriptLess = theme.presentationProperty().get() && !LIVE_VIEWS.contains(view) ? 0.06 : 0;
        split.setDividerPositions(dividers.getOrDefault(view, (LIVE_VIEWS.contains(view) ? 0.77 : 0.64) + transcriptLess));
        navButtons.get(view).setSelected(true);
    }

    private static Node scrolling(Node view) {
        javafx.scene.control.ScrollPane scroll = Ui.uncached(new javafx.scene.control.ScrollPane(view));
        // a view hears that it is hidden by its own visibility: the live ones stop their work
        view.visibleProperty().bind(scroll.visibleProperty());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE, "view-scroll");
        return scroll;
    }

    private HBox header() {
        compact = theme.presentationProperty().or(narrow);
        FontIcon logo = Ui.icon(Feather.RADIO);
        logo.getStyleClass().add("logo");
        Label title = new Label("Sockbench");
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");

        HBox segments = new HBox();
        segments.getStyleClass().add("nav");
        addNav(segments, SOCKETS, "Sockets", Feather.SERVER);
        addNav(segments, RESOLVER, "Resolver", Feather.GLOBE);
        addNav(segments, OPTIONS, "Options", Feather.SLIDERS);
        addNav(segments, CONSTANTS, "Constants", Feather.HASH);
        addNav(segments, TRANSFER, "Transfer", Feather.SHUFFLE);
        addNav(segments, BUFFERING, "Buffering", Feather.LAYERS);
        addNav(segments, TRACE, "Trace", Feather.TERMINAL);
        addNav(segments, WIRE, "Wire", Feather.ACTIVITY);
        addNav(segments, sockbench.ui.explorer.ExplorerView.NAME, "Explorer", Feather.COMPASS);
        segments.getChildren().get(0).getStyleClass().add(Styles.LEFT_PILL);
        for (int i = 1; i < segments.getChildren().size() - 1; i++) {
            segments.getChildren().get(i).getStyleClass().add(Styles.CENTER_PILL);
        }
        segments.getChildren().get(segments.getChildren().size() - 1).getStyleClass().add(Styles.RIGHT_PILL);
        // A view stays selected: clicking the selected one again does not leave none.
        nav.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });

        ToggleButton presentation = new ToggleButton(null, Ui.icon(Feather.MAXIMIZE));
        presentation.setId("presentation");
        presentation.setTooltip(new Tooltip("Presentation mode: larger type for the projector (F5)"));
        presentation.selectedProperty().bindBidirectional(theme.presentationProperty());
        presentation.getStyleClass().add(Styles.BUTTON_ICON);
        ToggleButton dark = new ToggleButton(null, Ui.icon(Feather.MOON));
        dark.setId("dark-mode");
        dark.setTooltip(new Tooltip("Dark theme (F6)"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        dark.getStyleClass().add(Styles.BUTTON_ICON);
        dark.selectedProperty().addListener((o, a, b) -> ((FontIcon) dark.getGraphic()).setIconCode(b ? Feather.SUN : Feather.MOON));

        SamplesMenu samples = new SamplesMenu(model.samples());
        samples.getStyleClass().add(Styles.FLAT);
        samples.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label keys = new Label(null, Ui.icon(Feather.COMMAND));
        keys.setId("shortcuts-help");
        Tooltip keysTip = new Tooltip();
        keysTip.getStyleClass().add("shortcuts-tip");
        keysTip.setShowDelay(javafx.util.Duration.millis(100));
        keysTip.setOnShowing(e -> keysTip.setText("Keyboard shortcuts\n\n" + shortcutHelp()));
        keys.setTooltip(keysTip);
        HBox header = Ui.row(14, logo, title, Ui.grow(), segments, Ui.grow(), samples, keys, presentation, dark);
        // a narrow window (under COMPACT_BELOW px) gets the presentation header: the nine views' names need the room
        header.widthProperty().addListener((o, was, now) -> narrow.set(now.doubleValue() < COMPACT_BELOW));
        // in presentation mode, or in a narrow window, the logo alone names the app
        title.visibleProperty().bind(compact.not());
        title.managedProperty().bind(title.visibleProperty());
        header.getStyleClass().add("header");
        header.setPadding(new Insets(8, 14, 8, 14));
        return header;
    }

    /** Below this header width the views' names give way to their icons (but the chosen one's). */
    private static final double COMPACT_BELOW = 1700;
    private final javafx.beans.property.BooleanProperty narrow = new javafx.beans.property.SimpleBooleanProperty();
    private javafx.beans.binding.BooleanBinding compact;

    private void addNav(HBox box, String view, String text, Feather icon) {
        ToggleButton b = new ToggleButton(text, Ui.icon(icon));
        b.setId("nav-" + view);
        b.setToggleGroup(nav);
        b.setOnAction(e -> show(view));
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // in presentation mode only the chosen view keeps its name beside its icon: the header fits at 1280 px
        b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(compact.and(b.selectedProperty().not()))
                .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
        b.setTooltip(new Tooltip(text + " (Ctrl+" + (navButtons.size() + 1) + ")"));
        navButtons.put(view, b);
        box.getChildren().add(b);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Ui.CAPTION);
        Label platform = new Label();
        platform.getStyleClass().add(Ui.CAPTION);
        platform.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.sockets().rows().size() + " sockets · " + Constants.all().values().stream().filter(v -> v != null).count()
                        + " constants defined here", model.sockets().rows()));
        HBox bar = Ui.row(10, Ui.icon(Feather.INFO), status, Ui.grow(), platform);
        status.setMinWidth(0);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 14, 4, 14));
        return bar;
    }
}
