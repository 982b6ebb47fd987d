package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * (chicken file)'s create-temporary-file and create-temporary-directory, as file.scm has them: a name
 * "temp" + a random number below #x10000 in hex + "." + the process id (+ "." + the extension, "tmp"
 * unless given, for a file) in the directory TMPDIR, TEMP or TMP names, else /tmp; a name that exists
 * is drawn again. That directory is read once, on first use, as file.scm keeps it.
 */
final class TemporaryFilePrimitives {
    private TemporaryFilePrimitives() {}

    static void install(GlobalEnv g) {
        // the console's get-environment-variable, which sees set-environment-variable!; taken now, as
        // file.scm's own import of it is untouched by a program's (define get-environment-variable ...)
        Procedure getenv = (Procedure) g.lookup("get-environment-variable");
        AtomicReference<String> directory = new AtomicReference<>();
        g.defineProcedure("create-temporary-file", 0, 1, a -> {
            Object ext = Args.optional(a, 0, MString.of("tmp"));
            Args.string(ext, "create-temporary-file");
            while (true) {
                MString name = PathnamePrimitives.make(MString.of(temporaryDirectory(getenv, directory)), MString.of(base()), ext);
                if (!FilePrimitives.exists(name, "file-exists?", false)) {
                    // call-with-output-file: created empty, and closed
                    FilePrimitives.create(name, name).close();
                    return name;
                }
            }
        });
        g.defineProcedure("create-temporary-directory", 0, 0, a -> {
            while (true) {
                MString name = PathnamePrimitives.make(MString.of(temporaryDirectory(getenv, directory)), MString.of(base()), Boolean.FALSE);
                if (!FilePrimitives.exists(name, "file-exists?", false)) {
                    try {
                        Files.createDirectory(PosixError.path(name, "create-temporary-directory"));
                    } catch (IOException e) {
                        throw PosixError.file("create-temporary-directory", "cannot create temporary directory", e, name);
                    }
                    return name;
                }
            }
        });
    }

    private static String base() {
        return "temp" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + "." + ProcessHandle.current().pid();
    }

    private static String temporaryDirectory(Procedure getenv, AtomicReference<String> directory) {
        String known = directory.get();
        if (known != null) {
            return known;
        }
        String found = "/tmp";
        for (String variable : new String[] {"TMPDIR", "TEMP", "TMP"}) {
            if (Values.single(getenv.apply(MString.of(variable))) instanceof MString value) {
                found = value.toString();
                break;
            }
        }
        directory.compareAndSet(null, found);
        return directory.get();
    }
}
