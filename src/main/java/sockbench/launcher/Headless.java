package sockbench.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that run the Scheme console without a window (and without starting JavaFX). */
public final class Headless {
    @Option(names = "--script", paramLabel = "FILE",
            description = "Run a Scheme file headless; the status is 70 after an uncaught error, or the code given to (exit).")
    Path script;

    @Option(names = "--repl", description = "Read forms from standard input and echo each value as '; => value'.")
    boolean repl;

    @Option(names = "--pcap", paramLabel = "FILE",
            description = "With --script: write the capture of the sockets the script made to FILE (libpcap format;"
                    + " needs CAP_NET_RAW).")
    Path pcap;

    @Parameters(paramLabel = "ARG", arity = "0..*",
            description = "With --script: the script's own arguments, its (command-line-arguments); put -- before"
                    + " them when one starts with a dash.")
    List<String> arguments = new ArrayList<>();

    boolean any() {
        return script != null || repl || pcap != null || !arguments.isEmpty();
    }
}
