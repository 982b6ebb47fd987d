package sockbench;

import sockbench.launcher.SockbenchCommand;

/**
 * Entry point: the workbench window by default; {@code --script FILE} and {@code --repl} run the
 * Scheme console headless, without starting JavaFX. {@code --help} lists every option.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // exit also after the window closes: a thread the console started must not keep the process alive
        System.exit(SockbenchCommand.standard().execute(args));
    }
}
