package sockbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sockbench.script.Repl;
import sockbench.script.ScriptRunner;
import sockbench.script.SocketConsole;

/**
 * Entry point: the workbench window by default; {@code --script FILE} and {@code --repl} run the
 * Scheme console headless, without starting JavaFX.
 */
@Command(name = "sockbench", mixinStandardHelpOptions = true, version = "Sockbench 0.1",
        description = "An educational socket workbench over real kernel sockets.")
public final class Main implements Callable<Integer> {

    @Option(names = "--script", paramLabel = "FILE", description = "Run a Scheme file headless; exit non-zero on an uncaught error.")
    private Path script;

    @Option(names = "--repl", description = "Read forms from standard input and echo each value as '; => value'.")
    private boolean repl;

    @CommandLine.Unmatched
    private List<String> windowArgs = new ArrayList<>();

    public static void main(String[] args) {
        int status = new CommandLine(new Main()).execute(args);
        if (status != 0 || isHeadless(args)) {
            System.exit(status);
        }
    }

    private static boolean isHeadless(String[] args) {
        return List.of(args).contains("--repl") || List.of(args).stream().anyMatch(a -> a.startsWith("--script"))
                || List.of(args).contains("--help") || List.of(args).contains("-h")
                || List.of(args).contains("--version") || List.of(args).contains("-V");
    }

    @Override
    public Integer call() throws Exception {
        if (script != null && repl) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--script and --repl exclude each other");
        }
        if (script != null) {
            if (!Files.isReadable(script)) {
                System.err.println("sockbench: cannot read script " + script);
                return 66;
            }
            return new ScriptRunner(SocketConsole.create()).run(script);
        }
        if (repl) {
            return new Repl(SocketConsole.create()).prompt("").run();
        }
        sockbench.ui.WorkbenchApp.setConsoleEvaluator(new sockbench.ui.SchemeConsoleEvaluator());
        sockbench.ui.WorkbenchApp.launchWindow(windowArgs.toArray(String[]::new));
        return 0;
    }
}
