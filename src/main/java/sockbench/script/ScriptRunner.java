package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a script form by form. The status is 0 at the end, the code given to {@code (exit)}, or 70
 * (CHICKEN's status) after an uncaught error, which is reported on the error port with its kinds,
 * place and message.
 */
public final class ScriptRunner {
    /** The exit status after an uncaught error. */
    public static final int ERROR_STATUS = 70;

    private final Interpreter interpreter;

    public ScriptRunner(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The exit status when the script cannot be read (sysexits' EX_NOINPUT). */
    public static final int NO_INPUT_STATUS = 66;

    /**
     * Runs a file; its bytes are the source, as CHICKEN reads it. A file that cannot be read (a
     * directory, a missing file) is reported on the error port and gives {@link #NO_INPUT_STATUS}.
     */
    public int run(Path file) {
        return run(file, List.of());
    }

    /**
     * Runs a file as {@code csi -s FILE ARGUMENTS...} runs it: {@code (program-name)} is the file as
     * given, {@code (command-line-arguments)} the arguments.
     */
    public int run(Path file, List<String> arguments) {
        byte[] source;
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("is a directory");
            }
            source = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            try {
                interpreter.errorPort().write(ByteText.encode("sockbench: cannot read script " + file + ": " + reason + "\n"));
                interpreter.errorPort().flush();
            } catch (IOException ignored) {
                // nowhere left to report to; the status still says it failed
            }
            return NO_INPUT_STATUS;
        }
        return run(InputPort.ofBytes(source, file.toString()), file.toString(), arguments);
    }

    /** Runs Unicode source text. */
    public int run(String source) {
        return run(InputPort.ofText(source), null, List.of());
    }

    /** Runs the source, then the on-exit tasks (csi -s ends by exit, an error by exit 70, as both run them). */
    private int run(InputPort source, String script, List<String> arguments) {
        return SchemeThread.onLargeStack(() -> {
            try {
                if (script != null) {
                    interpreter.commandLine(script, arguments);
                }
                interpreter.eval(new SchemeReader(source));
                return interpreter.exiting(0);
            } catch (SchemeExit exit) {
                return interpreter.exiting(exit);
            } catch (SchemeError e) {
                interpreter.report(e);
                return interpreter.exiting(ERROR_STATUS);
            } finally {
                flush(interpreter.outputPort());
                flush(interpreter.errorPort());
            }
        });
    }

    private static void flush(OutputPort port) {
        try {
            port.flush();
        } catch (IOException ignored) {
            // a closed console stream: nothing more to show
        }
    }
}
