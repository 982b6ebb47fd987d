package sockbench.launcher;

import java.util.List;
import sockbench.ui.SchemeConsoleEvaluator;
import sockbench.ui.WorkbenchApp;

/** Opens the workbench window with the window's arguments and returns its exit status when it closes. */
@FunctionalInterface
public interface Window {
    int open(List<String> args);

    /** The JavaFX workbench with the Scheme console behind its console line. */
    Window WORKBENCH = args -> {
        WorkbenchApp.setConsoleEvaluator(new SchemeConsoleEvaluator());
        WorkbenchApp.launchWindow(args.toArray(String[]::new));
        return 0;
    };
}
