package sockbench.script;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** An interpreter whose output is kept for assertions. */
final class TestConsole {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Interpreter interpreter;

    TestConsole() {
        this("");
    }

    TestConsole(String input) {
        interpreter = new Interpreter(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err);
    }

    Object eval(String source) {
        return interpreter.eval(source);
    }

    /** The written form of the value of the source's last form. */
    String write(String source) {
        return ByteText.decode(Printer.write(eval(source)));
    }

    /** The condition {@code expression} raises, as {@code condition->list} shows it. */
    String raised(String expression) {
        return write("(handle-exceptions e (condition->list e) " + expression + ")");
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
