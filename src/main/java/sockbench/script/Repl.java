package sockbench.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The read-eval-print loop over an interpreter's current ports: each result is echoed as
 * {@code ; => value} (several values one per line, nothing for unspecified); an error is reported
 * as {@code Error: (exn type) line 1, column 1: message} and the loop goes on.
 */
public final class Repl {
    private final Interpreter interpreter;
    private String prompt = "";

    public Repl(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Shows this before each form is read, e.g. {@code "#;> "} on a terminal. */
    public Repl prompt(String text) {
        this.prompt = text;
        return this;
    }

    /**
     * Runs until end of input, {@code ,q} or {@code (exit)}; returns the exit status. On a terminal
     * (the process's own stdin and stdout) the line editor of {@link TerminalRepl} reads the forms.
     */
    public int run() {
        return SchemeThread.onLargeStack(() -> {
            if (System.console() != null && interpreter.inputPort().stream() == System.in) {
                try {
                    return new TerminalRepl(interpreter, prompt.isEmpty() ? "#;> " : prompt).run();
                } catch (IOException | RuntimeException noTerminal) {
                    // no usable terminal after all: read the plain way
                }
            }
            return loop();
        });
    }

    private int loop() {
        OutputPort out = interpreter.outputPort();
        SchemeReader reader = new SchemeReader(interpreter.inputPort());
        while (true) {
            print(out, prompt);
            try {
                Datum form = reader.read();
                if (form == null || isQuit(form.value())) {
                    return interpreter.exiting(0);
                }
                echo(out, interpreter.eval(form));
            } catch (SchemeExit exit) {
                return interpreter.exiting(exit);
            } catch (SchemeError e) {
                report(out, e);
            }
        }
    }

    /** {@code ,q} as the reader reads it: {@code (unquote q)}. */
    private static boolean isQuit(Object form) {
        return form instanceof Pair p && p.car == Symbol.of("unquote") && p.cdr instanceof Pair q
                && q.car == Symbol.of("q") && q.cdr == Empty.LIST;
    }

    /** {@code ; => value} for each value, nothing for unspecified. */
    static void echo(OutputPort out, Object result) {
        for (Object value : Values.list(result)) {
            if (value != Special.UNSPECIFIED) {
                print(out, "; => " + Printer.write(value) + "\n");
            }
        }
    }

    /** An uncaught error; a stopped form as csi shows it. */
    static void report(OutputPort out, SchemeError e) {
        boolean stopped = e.kinds().equals(List.of("user-interrupt"));
        print(out, stopped ? "*** user interrupt ***\n" : ByteText.encode(e.report()) + "\n");
    }

    private static void print(OutputPort out, String byteText) {
        try {
            out.write(byteText);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
