package sockbench;

/** Entry point: the workbench window by default. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        sockbench.ui.WorkbenchApp.launchWindow(args);
    }
}
