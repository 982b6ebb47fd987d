package sockbench.script;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.List;

/**
 * file.scm's posix-error and the file errors of library.scm: an {@code (exn i/o file)} condition at a
 * given location, worded "message - " and strerror(errno), as "cannot rename file - No such file or
 * directory". The errno is read back from the exception Java's file system gave.
 */
final class PosixError {
    static final List<String> FILE = List.of("exn", "i/o", "file");

    private PosixError() {}

    static SchemeError file(String location, String message, IOException e, Object... arguments) {
        return Errors.located(location, FILE, message + " - " + strerror(e), arguments);
    }

    /**
     * strerror's text for the errno behind {@code e}: Java names ENOENT, EACCES, EEXIST and the like by
     * the exception's class, and gives strerror's own text as the reason for the rest.
     */
    static String strerror(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "Permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        } else if (e instanceof NotDirectoryException) {
            return "Not a directory";
        } else if (e instanceof NotLinkException) {
            return "Invalid argument"; // readlink(2) of what is no symbolic link
        } else if (e instanceof AtomicMoveNotSupportedException) {
            return "Invalid cross-device link";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            int or = reason.indexOf(" or unable to access attributes of symbolic link");
            return or < 0 ? reason : reason.substring(0, or);
        }
        return "Input/output error";
    }

    /**
     * The path a C call would be given for {@code name}: as ##sys#make-c-string, one with a NUL byte is
     * a {@code (exn type)} error at {@code location}; the empty name is ENOENT, as the system calls
     * answer for it (Java would read it as the current directory); and a name ending in "/" is
     * ENOTDIR when what it names is no directory (Java drops the "/").
     */
    static Path path(MString name, String location) throws IOException {
        String s = cString(name, location);
        if (s.isEmpty()) {
            throw new NoSuchFileException(s);
        }
        Path path;
        try {
            path = Path.of(s);
        } catch (InvalidPathException e) {
            throw new FileSystemException(s, null, "Invalid argument");
        }
        if (s.endsWith("/") && java.nio.file.Files.exists(path) && !java.nio.file.Files.isDirectory(path)) {
            throw new FileSystemException(s, null, "Not a directory");
        }
        return path;
    }

    /**
     * The name as ##sys#make-c-string passes it, with no more said of it: a string with a NUL byte is
     * a {@code (exn type)} error at {@code location}. For a name the call does not look up, as
     * symlink(2)'s target.
     */
    static String cString(MString name, String location) {
        String s = name.toJavaString();
        if (s.indexOf('\0') >= 0) {
            throw Errors.located(location, List.of("exn", "type"), "cannot represent string with NUL bytes as C string", name);
        }
        return s;
    }
}
