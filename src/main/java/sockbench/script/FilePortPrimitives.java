package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * File ports as R7RS and CHICKEN have them: open-input-file, open-output-file (with CHICKEN's
 * {@code #:append}), call-with-input-file, call-with-output-file, with-input-from-file,
 * with-output-to-file. A file that cannot be opened is an {@code (exn i/o file)} error naming it.
 */
final class FilePortPrimitives {
    private FilePortPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.defineProcedure("open-input-file", 1, 2, a -> input(a[0]));
        g.defineProcedure("open-output-file", 1, 2, a -> output(a[0], a.length > 1 && a[1] instanceof Keyword k && k.name().equals("append")));
        g.defineProcedure("call-with-input-file", 2, 3, a -> {
            InputPort port = input(a[0]);
            try {
                return Args.procedure(a[1]).apply(port);
            } finally {
                port.close();
            }
        });
        g.defineProcedure("call-with-output-file", 2, 3, a -> {
            OutputPort port = output(a[0], false);
            try {
                return Args.procedure(a[1]).apply(port);
            } finally {
                port.close();
            }
        });
        g.defineProcedure("with-input-from-file", 2, 3, a -> {
            InputPort port = input(a[0]);
            Runnable restore = interpreter.inputParameter().bind(port);
            try {
                return Args.procedure(a[1]).apply();
            } finally {
                restore.run();
                port.close();
            }
        });
        g.defineProcedure("with-output-to-file", 2, 3, a -> {
            OutputPort port = output(a[0], false);
            Runnable restore = interpreter.outputParameter().bind(port);
            try {
                return Args.procedure(a[1]).apply();
            } finally {
                restore.run();
                port.close();
            }
        });
    }

    private static InputPort input(Object name) {
        Path path = Path.of(Args.string(name).toJavaString());
        try {
            return new InputPort(new java.io.BufferedInputStream(Files.newInputStream(path)), path.toString());
        } catch (IOException e) {
            throw fileError("cannot open file", name, e);
        }
    }

    private static OutputPort output(Object name, boolean append) {
        Path path = Path.of(Args.string(name).toJavaString());
        try {
            return new OutputPort(new java.io.BufferedOutputStream(append
                    ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(path)), path.toString());
        } catch (IOException e) {
            throw fileError("cannot open file", name, e);
        }
    }

    /** library.scm: "cannot open file - " and strerror, the location set by the caller's procedure. */
    private static SchemeError fileError(String message, Object name, IOException e) {
        return new SchemeError(Condition.exn(PosixError.FILE, message + " - " + PosixError.strerror(e), name).awaitingLocation());
    }
}
