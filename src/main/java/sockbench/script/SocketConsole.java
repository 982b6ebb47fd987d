package sockbench.script;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** A Scheme console with the socket egg loaded: what {@code --script}, {@code --repl} and the workbench run. */
public final class SocketConsole {
    private SocketConsole() {}

    /** An interpreter on the process's standard streams. */
    public static Interpreter create() {
        // the descriptors themselves, not System.out: a PrintStream hides write errors, and a
        // script writing to a closed stdout must fail as CHICKEN's does
        return create(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    public static Interpreter create(InputStream in, OutputStream out, OutputStream err) {
        Interpreter interpreter = new Interpreter(in, out, err);
        SocketBindings.install(interpreter);
        return interpreter;
    }
}
