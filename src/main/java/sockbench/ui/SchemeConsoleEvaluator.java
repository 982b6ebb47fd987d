package sockbench.ui;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sockbench.script.Datum;
import sockbench.script.Interpreter;
import sockbench.script.Printer;
import sockbench.script.SchemeError;
import sockbench.script.SocketConsole;
import sockbench.script.Special;
import sockbench.script.Values;

/**
 * The console line's evaluator: one Scheme interpreter with the socket egg, whose printed output is
 * collected and handed back with each result. Runs off the FX thread, one form at a time (the console
 * line queues them). Not synchronized: after Stop, a form that ignored its interrupt may still be
 * running on its old thread, and the next form must not wait for it.
 */
public final class SchemeConsoleEvaluator implements ConsoleEvaluator {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Interpreter interpreter = SocketConsole.create(InputStream.nullInputStream(), output, output);

    /** An evaluator with its own interpreter. */
    public SchemeConsoleEvaluator() {
        // the fields make the interpreter
    }

    @Override
    public Result eval(String text) {
        try {
            return evaluate(interpreter.read(text));
        } catch (SchemeError e) {
            return Result.error(drain(), e);
        }
    }

    @Override
    public List<Form> read(String source) {
        List<Form> forms = new ArrayList<>();
        for (Datum d : interpreter.read(source)) {
            forms.add(new Form(d.text(), d.line(), d));
        }
        return forms;
    }

    @Override
    public Result eval(Form form) {
        if (!(form.datum() instanceof Datum d)) {
            return eval(form.text());
        }
        return evaluate(List.of(d));
    }

    @Override
    public Object lookup(String name) {
        return interpreter.globals().lookup(name);
    }

    private Result evaluate(List<Datum> forms) {
        try {
            List<String> shown = new ArrayList<>();
            for (Datum form : forms) {
                shown.clear();
                for (Object v : Values.list(interpreter.eval(form))) {
                    if (v != Special.UNSPECIFIED) {
                        shown.add(Printer.write(v));
                    }
                }
            }
            return Result.value(drain(), shown.isEmpty() ? null : String.join("\n", shown));
        } catch (SchemeError e) {
            return Result.error(drain(), e);
        }
    }

    @Override
    public void bind(String name, Object value) {
        interpreter.globals().define(name, value);
    }

    /** The interpreter, for stepping a sample form by form in the same environment. */
    public Interpreter interpreter() {
        return interpreter;
    }

    private String drain() {
        synchronized (output) {
            String s = output.toString(StandardCharsets.UTF_8);
            output.reset();
            return s;
        }
    }
}
