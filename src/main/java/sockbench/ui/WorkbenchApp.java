package sockbench.ui;

import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sockbench.ui.ConsoleEvaluator;
import sockbench.ui.async.Threads;
import sockbench.ui.workbench.Demo;
import sockbench.ui.workbench.StartupOptions;
import sockbench.ui.workbench.Theme;
import sockbench.ui.workbench.Workbench;
import sockbench.ui.workbench.WorkbenchModel;

/** The workbench window. {@code Main} starts it with {@link #launchWindow(String[])}. */
public final class WorkbenchApp extends Application {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    /** The console's evaluator; the Scheme interpreter replaces the placeholder before launch. */
    private static volatile ConsoleEvaluator evaluator = ConsoleEvaluator.UNAVAILABLE;

    private ExecutorService engine;
    private WorkbenchModel model;

    /** JavaFX makes the instance. */
    public WorkbenchApp() {
        // Nothing to set up before start().
    }

    /** Opens the window and returns when it closes. */
    public static void launchWindow(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    /** Sets what the console line runs its text with (call before {@link #launchWindow}). */
    public static void setConsoleEvaluator(ConsoleEvaluator e) {
        evaluator = e;
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        Theme.install(options.dark());
        Platform.setImplicitExit(false);
        engine = Threads.enginePool();
        model = new WorkbenchModel(Threads.fx(engine), evaluator);
        installErrorHandler(model);

        Workbench workbench = new Workbench(model);
        workbench.theme().darkProperty().set(options.dark());
        workbench.theme().presentationProperty().set(options.presentation());
        workbench.show(options.view());
        stage.setTitle("Sockbench");
        stage.setScene(new Scene(workbench, options.width(), options.height()));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        // The window goes at once; its sockets close in the background (a lingering close waits),
        // and the toolkit exits when the last has closed.
        stage.setOnCloseRequest(e -> {
            e.consume();
            stage.hide();
            model.dispose();
            model.closeAllSockets().whenComplete((x, t) -> Platform.exit());
        });
        stage.show();
        if (options.sample() != null) {
            model.samples().open(java.nio.file.Path.of(options.sample()));
        }
        if (options.demo()) {
            Demo.run(model, options.demoName());
        }
    }

    /**
     * The one uncaught-exception handler: whatever escapes an event handler or a thread becomes a
     * readable line in the status bar, and the window carries on.
     */
    private static void installErrorHandler(WorkbenchModel model) {
        Thread.UncaughtExceptionHandler handler = (thread, e) -> {
            System.err.println("sockbench: uncaught in " + thread.getName() + ": " + e);
            e.printStackTrace();
            if (Platform.isFxApplicationThread()) {
                model.report(e);
            } else {
                Platform.runLater(() -> model.report(e));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.shutdownNow();
        }
    }
}
