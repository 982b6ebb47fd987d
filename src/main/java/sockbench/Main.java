package sockbench;

/** Entry point: the workbench by default. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        javafx.application.Application.launch(sockbench.ui.WorkbenchApp.class, args);
    }
}
