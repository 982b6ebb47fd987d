package sockbench.script;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * (chicken file)'s glob and find-files, as file.scm has them. Directories are listed in the order
 * the system gives (readdir's), without "." and "..", and without the names starting with "." unless
 * asked. glob's patterns are read as irregex's glob->sre reads them.
 */
final class FileSearchPrimitives {
    private FileSearchPrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("glob", 0, Primitive.MANY, a -> {
            List<Object> found = new ArrayList<>();
            for (Object path : a) {
                Object[] parts = PathnamePrimitives.decompose(path);
                Object dir = parts[0];
                Object file = parts[1] == Boolean.FALSE ? MString.of("*") : parts[1];
                Pattern pattern = GlobPattern.compile(PathnamePrimitives.make(Boolean.FALSE, file, parts[2]).toString());
                List<MString> names;
                try {
                    names = list(dir == Boolean.FALSE ? MString.of(".") : (MString) dir, true);
                } catch (IOException e) {
                    continue; // (condition-case (directory dir* #t) ((exn i/o file) #f))
                }
                for (MString name : names) {
                    if (pattern.matcher(name).matches()) {
                        found.add(PathnamePrimitives.make(dir, name, Boolean.FALSE));
                    }
                }
            }
            return Lists.fromJava(found);
        });
        g.defineProcedure("find-files", 1, Primitive.MANY, a -> {
            MString dir = Args.string(a[0], "find-files");
            Map<String, Object> keys = Args.keywords(a, 1);
            Object test = keys.get("test");
            // a test that is no procedure is compiled first, as file.scm forces it
            Pattern regex = test == null || test instanceof Procedure ? null : Irregex.of(test, new Object[0], 0).pattern;
            Search search = new Search(test, regex, keys.get("action"),
                    keys.getOrDefault("limit", Boolean.FALSE), Interop.isTrue(keys.getOrDefault("dotfiles", Boolean.FALSE)),
                    Interop.isTrue(keys.getOrDefault("follow-symlinks", Boolean.FALSE)));
            return search.walk(dir, directory(dir, search.dotfiles), keys.getOrDefault("seed", Empty.LIST), 0);
        });
    }

    /** find-files' walk: keywords as file.scm's #!key defaults them (test and action null for their defaults). */
    private record Search(Object test, Pattern regex, Object action, Object limit, boolean dotfiles, boolean followSymlinks) {
        Object walk(MString dir, List<MString> names, Object seed, int depth) {
            Object r = seed;
            for (MString name : names) {
                MString f = PathnamePrimitives.make(dir, name, Boolean.FALSE);
                if (FilePrimitives.exists(f, "directory-exists?", true)) {
                    if (isSymbolicLink(f) && !followSymlinks) {
                        r = visit(f, r);
                    } else if (descends(f, depth)) {
                        List<MString> inside = directory(f, dotfiles);
                        r = walk(f, inside, visit(f, r), depth + 1);
                    } else {
                        r = visit(f, r);
                    }
                } else {
                    r = visit(f, r);
                }
            }
            return r;
        }

        /** (if (pproc f) (action f r) r) */
        private Object visit(MString f, Object r) {
            if (!passes(f)) {
                return r;
            }
            return action == null ? new Pair(f, r) : call(action, f, r);
        }

        private boolean passes(MString f) {
            if (test == null) {
                return true;
            }
            // an irregex, a regex string or an SRE, matched against the whole pathname
            return regex != null ? regex.matcher(f).matches() : Interop.isTrue(call(test, f));
        }

        /** limit: #f any depth, a fixnum the depth below it, else a procedure asked of the directory. */
        private boolean descends(MString f, int depth) {
            if (limit == Boolean.FALSE) {
                return true;
            }
            if (limit instanceof Long most) {
                return depth < most;
            }
            return Interop.isTrue(call(limit, f));
        }

        private static Object call(Object procedure, Object... arguments) {
            if (!(procedure instanceof Procedure p)) {
                throw Errors.notProcedure(procedure);
            }
            return Values.single(p.apply(arguments));
        }
    }

    private static boolean isSymbolicLink(MString name) {
        try {
            return Files.isSymbolicLink(PosixError.path(name, "find-files"));
        } catch (IOException e) {
            return false;
        }
    }

    /** (directory dir dotfiles), whose failure is an {@code (exn i/o file)} error of its own. */
    private static List<MString> directory(MString dir, boolean dotfiles) {
        try {
            return list(dir, dotfiles);
        } catch (IOException e) {
            throw PosixError.file("directory", "cannot open directory", e, dir);
        }
    }

    private static List<MString> list(MString dir, boolean dotfiles) throws IOException {
        List<MString> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PosixError.path(dir, "directory"))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (dotfiles || !name.startsWith(".")) {
                    names.add(MString.fromJava(name));
                }
            }
        }
        return names;
    }
}
