package sockbench.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL on a terminal, with JLine: line editing, a history kept in {@code ~/.sockbench_history}
 * between runs, forms over several lines (the line is taken when its parentheses close),
 * {@code ,q} and Ctrl+D to leave. Ctrl+C at the prompt clears the line; Ctrl+C while a form runs
 * stops it ({@link Interpreter#interrupt}) and comes back to the prompt.
 *
 * <p>Ctrl+C goes through JLine's own signal handling rather than a {@code sun.misc.Signal} handler
 * of ours: JLine already owns the terminal, turns the key into an exception while it reads, and
 * installs the SIGINT handler for the time between reads; no {@code jdk.unsupported} is needed.
 */
final class TerminalRepl {
    static final String HISTORY = ".sockbench_history";

    /** Asks for more lines while a form is open; otherwise splits words as JLine's default does. */
    private static final class FormParser implements Parser {
        private final DefaultParser words = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !FormScanner.isComplete(line)) {
                throw new EOFError(-1, cursor, "form not complete");
            }
            return words.parse(line, cursor, context);
        }
    }

    private final Interpreter interpreter;
    private final String prompt;

    TerminalRepl(Interpreter interpreter, String prompt) {
        this.interpreter = interpreter;
        this.prompt = prompt;
    }

    int run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("sockbench").build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("sockbench")
                    .parser(new FormParser())
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "    ")
                    .build();
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> interpreter.interrupt());
            OutputPort out = new OutputPort(terminal.output(), "(stdout)", true);
            interpreter.inputParameter().set(new InputPort(terminal.input(), "(stdin)"));
            interpreter.outputParameter().set(out);
            try {
                return loop(reader, out);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                reader.getHistory().save();
            }
        }
    }

    /** In the home directory ($HOME, as shells have it, else Java's user.home). */
    static Path historyFile() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), HISTORY);
    }

    private int loop(LineReader reader, OutputPort out) {
        while (true) {
            String text;
            try {
                text = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return interpreter.exiting(0);
            }
            if (text.strip().equals(",q")) {
                return interpreter.exiting(0);
            }
            try {
                List<Datum> forms = interpreter.read(text);
                for (Datum form : forms) {
                    Repl.echo(out, interpreter.eval(form));
                }
            } catch (SchemeExit exit) {
                return interpreter.exiting(exit);
            } catch (SchemeError e) {
                Repl.report(out, e);
            } catch (UncheckedIOException e) {
                return 1;
            }
        }
    }
}
