package sockbench.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import sockbench.ui.workbench.Demo;
import sockbench.ui.workbench.Workbench;

/**
 * The window's options, checked here and handed on as the arguments that
 * {@code sockbench.ui.workbench.StartupOptions} reads ({@code --demo=NAME}, {@code --view=NAME},
 * {@code --dark}, {@code --presentation}, {@code --sample=FILE}).
 */
public final class WindowOptions {
    /** The names {@code --demo} takes; the window runs the basic scene for any other. */
    static final List<String> DEMOS = List.of(Demo.BASIC, Demo.TRANSFER, Demo.BUFFERING, Demo.TRACE);
    /** The views {@code --view} opens. */
    static final List<String> VIEWS = Workbench.VIEWS;

    @Option(names = "--demo", arity = "0..1", fallbackValue = Demo.BASIC, paramLabel = "NAME",
            completionCandidates = DemoNames.class,
            description = "Open with a classroom scene on loopback: ${COMPLETION-CANDIDATES} (default ${FALLBACK-VALUE}).")
    String demo;

    @Option(names = "--view", paramLabel = "NAME", completionCandidates = ViewNames.class,
            description = "Open this view: ${COMPLETION-CANDIDATES} (default " + Workbench.SOCKETS + ").")
    String view;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--presentation", description = "Larger type, for a projector.")
    boolean presentation;

    @Option(names = "--sample", paramLabel = "FILE", description = "Open a sample to step through form by form.")
    Path sample;

    /** Whether any window option was given. */
    boolean any() {
        return demo != null || view != null || dark || presentation || sample != null;
    }

    /** The options that name something that does not exist, as messages; empty when all are good. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (demo != null && !DEMOS.contains(demo)) {
            problems.add("no demo named '" + demo + "'; there are " + String.join(", ", DEMOS));
        }
        if (view != null && !VIEWS.contains(view)) {
            problems.add("no view named '" + view + "'; there are " + String.join(", ", VIEWS));
        }
        return problems;
    }

    /** The window's command line, in the form the window parses. */
    List<String> windowArgs() {
        List<String> args = new ArrayList<>();
        if (demo != null) {
            args.add("--demo=" + demo);
        }
        if (view != null) {
            args.add("--view=" + view);
        }
        if (dark) {
            args.add("--dark");
        }
        if (presentation) {
            args.add("--presentation");
        }
        if (sample != null) {
            args.add("--sample=" + sample);
        }
        return args;
    }

    static final class DemoNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        DemoNames() {
            super(DEMOS);
        }
    }

    static final class ViewNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ViewNames() {
            super(VIEWS);
        }
    }
}
