package sockbench.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that run the Scheme console without a window (and without starting JavaFX). */
public final class Headless {
    @Option(names = "--script", paramLabel = "FILE",
            description = "Run a Scheme file headless; the status is 70 after an uncaught error, or the code given to (exit).")
    Path script;

    @Option(names = "--repl", description = "Read forms from standard input and echo each value as '; => value'.")
    boolean repl;

    @Option(names = "--pcap", paramLabel = "FILE",
            description = "With --script: write the capture of the sockets the script made to FILE (libpcap format)."
                    + " Not available yet.")
    Path pcap;

    boolean any() {
        return script != null || repl || pcap != null;
    }
}
