package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * (chicken file posix)'s links, as posixunix.scm makes and reads them: create-symbolic-link
 * (symlink(2)), file-link (link(2)) and read-symbolic-link (readlink(2)), which with canonicalize
 * replaces each component of the name that is a link by what it points to. Both names are checked as
 * strings first; the errors' locations are posixunix.scm's own, which for the two makers are not the
 * procedures' names.
 */
final class FileLinkPrimitives {
    private FileLinkPrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("create-symbolic-link", 2, 2, a -> {
            MString target = Args.string(a[0], "create-symbolic-link");
            MString link = Args.string(a[1], "create-symbolic-link");
            try {
                // the target is not looked up: only made a C string
                Path to = Path.of(PosixError.cString(target, "create-symbolic-link"));
                Files.createSymbolicLink(PosixError.path(link, "create-symbolic-link"), to);
            } catch (IOException e) {
                // CHICKEN 5.3 names this location create-symbol-link (later versions mend it)
                throw PosixError.file("create-symbol-link", "cannot create symbolic link", e, a[0], a[1]);
            }
            return null;
        });
        g.defineProcedure("file-link", 2, 2, a -> {
            MString old = Args.string(a[0], "file-link");
            MString link = Args.string(a[1], "file-link");
            try {
                Files.createLink(PosixError.path(link, "file-link"), PosixError.path(old, "file-link"));
            } catch (IOException e) {
                throw PosixError.file("hard-link", "could not create hard link", e, a[0], a[1]);
            }
            return null;
        });
        g.defineProcedure("read-symbolic-link", 1, 2, a -> {
            MString name = Args.string(a[0], "read-symbolic-link");
            return Interop.isTrue(Args.optional(a, 1, Boolean.FALSE)) ? canonical(name) : read(name);
        });
    }

    /** ##sys#read-symbolic-link: what the link holds, as it holds it. */
    private static MString read(MString name) {
        try {
            return MString.fromJava(Files.readSymbolicLink(PosixError.path(name, "read-symbolic-link")).toString());
        } catch (IOException e) {
            throw PosixError.file("read-symbolic-link", "cannot read symbolic link", e, name);
        }
    }

    /**
     * The name built up component by component from its directory's start ("/" or nothing): a
     * component that is a symbolic link is replaced by its target, read once (an absolute target
     * replacing all built so far), any other kept; a component that does not exist is an error.
     * decompose-directory gives no list for a name of no components, and car is then given #f.
     */
    private static MString canonical(MString name) {
        Object[] parts = PathnamePrimitives.decomposeDirectory(name);
        MString result = MString.of((parts[0] instanceof MString o ? o.toString() : "") + (parts[1] instanceof MString d ? d.toString() : ""));
        if (!(parts[2] instanceof Pair) && parts[2] != Empty.LIST) {
            throw Errors.located("car", List.of("exn", "type"), "bad argument type", parts[2]);
        }
        for (Object component : Lists.toJava(parts[2])) {
            MString pathname = PathnamePrimitives.make(result, component, Boolean.FALSE);
            if (!FilePrimitives.exists(pathname, "read-symbolic-link", false)) {
                throw Errors.located("read-symbolic-link", PosixError.FILE,
                        "could not canonicalize path with symbolic links, component does not exist", pathname);
            }
            if (FilePosixPrimitives.type(pathname, true, false) == Symbol.of("symbolic-link")) {
                MString target = read(pathname);
                result = PathnamePrimitives.isAbsolute(target.toString()) ? target : PathnamePrimitives.make(result, target, Boolean.FALSE);
            } else {
                result = pathname;
            }
        }
        return result;
    }
}
