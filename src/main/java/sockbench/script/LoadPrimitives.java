package sockbench.script;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * (chicken load)'s {@code (load file [evalproc])} and {@code (load-relative file [evalproc])}:
 * each form of the file is read and evaluated before the next is read (by {@code evalproc} when
 * given). A relative name given to load-relative is taken from the directory of the file being
 * loaded (eval.scm's ##sys#current-load-path), else the script's, as csi -s loads its script.
 */
final class LoadPrimitives {
    /** The file each thread is loading, innermost last. */
    private static final ThreadLocal<Path> LOADING = new ThreadLocal<>();

    private LoadPrimitives() {}

    static void install(GlobalEnv g, Interpreter interpreter) {
        g.defineProcedure("load", 1, 2, a -> load(interpreter, Path.of(Args.string(a[0]).toJavaString()), a));
        g.defineProcedure("load-relative", 1, 2, a -> {
            Path file = Path.of(Args.string(a[0]).toJavaString());
            Path from = LOADING.get();
            if (from == null && interpreter.programName().get() instanceof MString script) {
                from = Path.of(script.toJavaString()); // the script csi -s loaded
            }
            Path dir = from == null ? null : from.toAbsolutePath().getParent();
            return load(interpreter, file.isAbsolute() || dir == null ? file : dir.resolve(file), a);
        });
    }

    private static Object load(Interpreter interpreter, Path file, Object[] a) throws java.io.IOException {
        Procedure evaluator = a.length > 1 && a[1] != Boolean.FALSE ? Args.procedure(a[1]) : null;
        SchemeReader reader = new SchemeReader(InputPort.ofBytes(Files.readAllBytes(file), file.toString()));
        Path outer = LOADING.get();
        LOADING.set(file);
        try {
            if (evaluator == null) {
                interpreter.eval(reader);
            } else {
                for (Datum form = reader.read(); form != null; form = reader.read()) {
                    evaluator.apply(form.value());
                }
            }
        } finally {
            LOADING.set(outer);
        }
        return null;
    }
}
