package sockbench.script;

import java.io.IOException;
import java.io.UncheckedIOException;

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

    /** Runs until end of input or {@code (exit)}; returns the exit status. */
    public int run() {
        return SchemeThread.onLargeStack(this::loop);
    }

    private int loop() {
        OutputPort out = interpreter.outputPort();
        SchemeReader reader = new SchemeReader(interpreter.inputPort());
        while (true) {
            print(out, prompt);
            try {
                Datum form = reader.read();
                if (form == null) {
                    return 0;
                }
                for (Object value : Values.list(interpreter.eval(form))) {
                    if (value != Special.UNSPECIFIED) {
                        print(out, "; => " + Printer.write(value) + "\n");
                    }
                }
            } catch (SchemeExit exit) {
                return exit.status();
            } catch (SchemeError e) {
                print(out, ByteText.encode(e.report()) + "\n");
            }
        }
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
