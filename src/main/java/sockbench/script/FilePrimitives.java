package sockbench.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * (chicken file)'s procedures on files, as CHICKEN 5.3's file.scm has them: file-exists? and
 * directory-exists? (the name, or #f), file-readable?, file-writable? and file-executable? (access(2)),
 * delete-file and delete-file* (the name, or #f when there was none), rename-file, copy-file and
 * move-file (the bytes copied). A failing system call is an {@code (exn i/o file)} error worded
 * "cannot ... - " and strerror's text; a refusal of file.scm's own (an existing newfile without
 * clobber) is a plain {@code (exn)} error.
 */
final class FilePrimitives {
    private FilePrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("file-exists?", 1, 1, a -> exists(a[0], "file-exists?", false) ? a[0] : Boolean.FALSE);
        g.defineProcedure("directory-exists?", 1, 1, a -> exists(a[0], "directory-exists?", true) ? a[0] : Boolean.FALSE);
        g.defineProcedure("file-readable?", 1, 1, a -> access(a[0], "file-readable?", AccessMode.READ));
        g.defineProcedure("file-writable?", 1, 1, a -> access(a[0], "file-writable?", AccessMode.WRITE));
        g.defineProcedure("file-executable?", 1, 1, a -> access(a[0], "file-executable?", AccessMode.EXECUTE));
        g.defineProcedure("delete-file", 1, 1, a -> delete(a[0]));
        g.defineProcedure("delete-file*", 1, 1, a -> exists(a[0], "file-exists?", false) ? delete(a[0]) : Boolean.FALSE);
        g.defineProcedure("rename-file", 2, 3, a -> {
            MString from = Args.string(a[0], "rename-file");
            MString to = Args.string(a[1], "rename-file");
            refuseToClobber("rename-file", a[1], Args.optional(a, 2, Boolean.FALSE));
            try {
                // rename(2) itself, which replaces an existing newfile
                Files.move(PosixError.path(from, "rename-file"), PosixError.path(to, "rename-file"), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw PosixError.file("rename-file", "cannot rename file", e, a[0], a[1]);
            }
            return a[1];
        });
        g.defineProcedure("copy-file", 2, 4, a -> copy("copy-file", "copy", a));
        g.defineProcedure("move-file", 2, 4, a -> {
            long copied = copy("move-file", "move", a);
            delete(a[0]);
            return copied;
        });
    }

    /**
     * ##sys#file-exists?: stat(2) follows links; ENOENT and ENOTDIR are no file, another error is one of
     * its own. For a directory only, anything else is no directory.
     */
    static boolean exists(Object name, String location, boolean directory) {
        MString s = Args.string(name, location);
        try {
            BasicFileAttributes attributes = Files.readAttributes(PosixError.path(s, location), BasicFileAttributes.class);
            return !directory || attributes.isDirectory();
        } catch (NoSuchFileException e) {
            return false;
        } catch (FileSystemException e) {
            if ("Not a directory".equals(e.getReason())) {
                return false;
            }
            throw systemError(name, location);
        } catch (IOException e) {
            throw systemError(name, location);
        }
    }

    private static SchemeError systemError(Object name, String location) {
        return Errors.located(location, PosixError.FILE, "system error while trying to access file", name);
    }

    /** test-access: access(2) answers; EACCES is #f, any other error one of its own. */
    private static boolean access(Object name, String location, AccessMode mode) {
        MString s = Args.string(name, location);
        try {
            Path path = PosixError.path(s, location);
            path.getFileSystem().provider().checkAccess(path, mode);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        } catch (IOException e) {
            throw PosixError.file(location, "cannot access file", e, name);
        }
    }

    /** remove(3): a file, or an empty directory. */
    static Object delete(Object name) {
        MString s = Args.string(name, "delete-file");
        try {
            Files.delete(PosixError.path(s, "delete-file"));
        } catch (IOException e) {
            throw PosixError.file("delete-file", "cannot delete file", e, name);
        }
        return name;
    }

    private static void refuseToClobber(String location, Object newfile, Object clobber) {
        if (!Interop.isTrue(clobber) && exists(newfile, "file-exists?", false)) {
            throw Errors.errorAt(location, "newfile exists but clobber is false", newfile);
        }
    }

    /**
     * copy-file's checks in its order, then the copy through ports opened as open-input-file and
     * open-output-file open them (their errors are theirs), blocksize bytes at a time; the count.
     */
    private static long copy(String location, String verb, Object[] a) {
        MString from = Args.string(a[0], location);
        MString to = Args.string(a[1], location);
        Object blocksize = Args.optional(a, 3, 1024L);
        if (!Numbers.isNumber(blocksize)) {
            throw Errors.located(location, List.of("exn", "type"), "bad argument type - not a number", blocksize);
        }
        if (!Numbers.isInteger(blocksize) || Numbers.sign(blocksize) <= 0) {
            throw Errors.errorAt(location, "invalid blocksize - not a positive integer", blocksize);
        }
        if (exists(a[0], "directory-exists?", true)) {
            throw Errors.errorAt(location, "cannot " + verb + " directories", a[0]);
        }
        refuseToClobber(location, a[1], Args.optional(a, 2, Boolean.FALSE));
        try (InputStream in = open(from, a[0]); OutputStream out = create(to, a[1])) {
            if (!(blocksize instanceof Long size)) {
                // (make-string blocksize) comes after both opens: 2.0 passed the checks above
                throw Errors.located("make-string", List.of("exn", "type"), "bad argument type - not a fixnum", blocksize);
            }
            byte[] buffer = new byte[(int) Math.min(size, 1 << 16)];
            long copied = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                copied += n;
            }
            return copied;
        } catch (IOException e) {
            // a read or write failing midway: this console's wording
            throw PosixError.file(location, "cannot " + verb + " file", e, a[0], a[1]);
        }
    }

    private static InputStream open(MString name, Object given) {
        try {
            return Files.newInputStream(PosixError.path(name, "open-input-file"));
        } catch (IOException e) {
            throw PosixError.file("open-input-file", "cannot open file", e, given);
        }
    }

    /** fopen(name, "wb"): created (0666 less the umask) or truncated. */
    static OutputStream create(MString name, Object given) {
        try {
            return Files.newOutputStream(PosixError.path(name, "open-output-file"));
        } catch (IOException e) {
            throw PosixError.file("open-output-file", "cannot open file", e, given);
        }
    }
}
