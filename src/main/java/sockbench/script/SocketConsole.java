package sockbench.script;

import java.io.InputStream;
import java.io.OutputStream;

/** A Scheme console with the socket egg loaded: what {@code --script}, {@code --repl} and the workbench run. */
public final class SocketConsole {
    private SocketConsole() {}

    /** An interpreter on the process's standard streams. */
    public static Interpreter create() {
        return create(System.in, System.out, System.err);
    }

    public static Interpreter create(InputStream in, OutputStream out, OutputStream err) {
        Interpreter interpreter = new Interpreter(in, out, err);
        SocketBindings.install(interpreter);
        return interpreter;
    }
}
