package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The few CHICKEN posix procedures the samples need: process id and socket files. */
final class SystemBindings {
    private SystemBindings() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("current-process-id", 0, 0, a -> ProcessHandle.current().pid());
        g.defineProcedure("file-exists?", 1, 1, a -> Files.exists(path(a[0])) ? a[0] : Boolean.FALSE);
        g.defineProcedure("delete-file", 1, 1, a -> {
            try {
                Files.delete(path(a[0]));
            } catch (IOException e) {
                throw Errors.error("cannot delete file: " + e.getMessage(), a[0]);
            }
            return null;
        });
    }

    private static Path path(Object x) {
        return Path.of(Args.string(x).toJavaString());
    }
}
