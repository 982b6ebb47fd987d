package sockbench.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sockbench.script.Repl;
import sockbench.script.ScriptRunner;
import sockbench.script.SocketConsole;

/**
 * The {@code sockbench} command line: the window by default, or the console headless. An option it does
 * not know is an error with the usage (status 2), never silently ignored.
 */
@Command(name = "sockbench", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = "An educational socket workbench over real kernel sockets. Opens the workbench window;"
                + " --script and --repl run the Scheme console headless instead.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:done (or the code a script gave to (exit))",
            " 2:bad usage",
            "66:a FILE cannot be read",
            "69:no display for the window, or no privilege to capture (--pcap)",
            "70:an uncaught error in the script"})
public final class SockbenchCommand implements Callable<Integer> {
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int NO_INPUT = 66;
    static final int UNAVAILABLE = 69;

    @ArgGroup(exclusive = false, validate = false, heading = "%nWindow:%n", order = 1)
    WindowOptions window;

    @ArgGroup(exclusive = false, validate = false, heading = "%nHeadless:%n", order = 2)
    Headless headless;

    @Spec
    CommandSpec spec;

    private final Window windowOpener;
    private final Supplier<Optional<String>> display;

    /** A command that opens {@code windowOpener} when a window is asked for, if {@code display} finds no problem. */
    public SockbenchCommand(Window windowOpener, Supplier<Optional<String>> display) {
        this.windowOpener = windowOpener;
        this.display = display;
    }

    /** The command as {@code Main} runs it: the JavaFX workbench, this process's display. */
    public static CommandLine standard() {
        Map<String, String> env = System.getenv();
        return commandLine(new SockbenchCommand(Window.WORKBENCH,
                () -> Display.missing(System.getProperty("os.name", ""), env, System.getProperty("glass.platform"))));
    }

    /** The command line for {@code command}: a bad argument prints what was wrong, then the whole usage. */
    public static CommandLine commandLine(SockbenchCommand command) {
        CommandLine cl = new CommandLine(command);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("sockbench: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println();
            e.getCommandLine().usage(err);
            return USAGE;
        });
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        WindowOptions w = window == null ? new WindowOptions() : window;
        Headless h = headless == null ? new Headless() : headless;
        check(w, h);
        if (h.script != null) {
            return script(h.script, h.arguments, h.pcap);
        }
        if (h.repl) {
            return new Repl(SocketConsole.create()).prompt("").run();
        }
        return window(w);
    }

    private void check(WindowOptions w, Headless h) {
        if (h.script != null && h.repl) {
            throw usage("--script and --repl exclude each other");
        }
        if (!h.arguments.isEmpty() && h.script == null) {
            throw usage("arguments " + h.arguments + " are a script's: give --script FILE before them");
        }
        if (h.pcap != null && h.script == null) {
            throw usage("--pcap writes the capture of a --script run; give --script FILE too");
        }
        if (h.any() && w.any()) {
            throw usage("window options (" + String.join(" ", w.windowArgs()) + ") do nothing with "
                    + (h.repl ? "--repl" : "--script") + ", which runs without the window");
        }
        List<String> problems = w.problems();
        if (!problems.isEmpty()) {
            throw usage(String.join("; ", problems));
        }
    }

    private int script(Path script, java.util.List<String> arguments, Path pcap) throws Exception {
        if (!Files.isReadable(script)) {
            return fail(NO_INPUT, "cannot read script " + script);
        }
        if (pcap != null) {
            try (sockbench.net.wire.PcapSession capture = sockbench.net.wire.PcapSession.start(pcap)) {
                return new ScriptRunner(SocketConsole.create()).run(script, arguments);
            } catch (sockbench.net.wire.CaptureNotPermitted e) {
                return fail(UNAVAILABLE, e.getMessage());
            }
        }
        return new ScriptRunner(SocketConsole.create()).run(script, arguments);
    }

    private int window(WindowOptions w) {
        if (w.sample != null && !Files.isReadable(w.sample)) {
            return fail(NO_INPUT, "cannot read sample " + w.sample);
        }
        Optional<String> missing = display.get();
        if (missing.isPresent()) {
            return fail(UNAVAILABLE, missing.get());
        }
        try {
            return windowOpener.open(w.windowArgs());
        } catch (UnsupportedOperationException e) {
            // what glass throws when the toolkit cannot start: no such X server, no permission on it
            return fail(UNAVAILABLE, "the window cannot open: " + e.getMessage()
                    + Display.named(System.getenv("DISPLAY")) + ". Run headless with --script FILE or --repl.");
        }
    }

    private int fail(int status, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("sockbench: " + message);
        err.flush();
        return status;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
