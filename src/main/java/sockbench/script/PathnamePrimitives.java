package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * (chicken pathname), as CHICKEN 5.3's pathname.scm has it for a unix build: "/" is the only
 * separator, except that normalize-pathname takes {@code 'windows} too. Pure string work on the
 * string's bytes; a missing part is #f. The patterns pathname.scm matches with irregex are read
 * here by hand: their {@code .} matches any char but a newline, their {@code [^/]} a newline too.
 */
final class PathnamePrimitives {
    private static final Symbol WINDOWS = Symbol.of("windows");

    private PathnamePrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("absolute-pathname?", 1, 1, a -> isAbsolute(text(a[0], "absolute-pathname?")));
        g.defineProcedure("make-pathname", 2, 3, a -> make("make-pathname", a[0], a[1], Args.optional(a, 2, Boolean.FALSE)));
        g.defineProcedure("make-absolute-pathname", 2, 3, a -> {
            String dir = directories(a[0]);
            return join("make-absolute-pathname", isAbsolute(dir) ? dir : "/" + dir, a[1], Args.optional(a, 2, Boolean.FALSE));
        });
        g.defineProcedure("decompose-pathname", 1, 1, a -> Values.of(decompose(a[0])));
        g.defineProcedure("pathname-directory", 1, 1, a -> scheme(parts(a[0]).directory));
        g.defineProcedure("pathname-file", 1, 1, a -> scheme(parts(a[0]).file));
        g.defineProcedure("pathname-extension", 1, 1, a -> scheme(parts(a[0]).extension));
        g.defineProcedure("pathname-strip-directory", 1, 1, a -> {
            Parts p = parts(a[0]);
            return make(Boolean.FALSE, scheme(p.file), scheme(p.extension));
        });
        g.defineProcedure("pathname-strip-extension", 1, 1, a -> {
            Parts p = parts(a[0]);
            return make(scheme(p.directory), scheme(p.file), Boolean.FALSE);
        });
        g.defineProcedure("pathname-replace-directory", 2, 2, a -> {
            Parts p = parts(a[0]);
            return make(a[1], scheme(p.file), scheme(p.extension));
        });
        g.defineProcedure("pathname-replace-file", 2, 2, a -> {
            Parts p = parts(a[0]);
            return make(scheme(p.directory), a[1], scheme(p.extension));
        });
        g.defineProcedure("pathname-replace-extension", 2, 2, a -> {
            Parts p = parts(a[0]);
            return make(scheme(p.directory), scheme(p.file), a[1]);
        });
        g.defineProcedure("normalize-pathname", 1, 2, a -> MString.of(normalize(text(a[0], "normalize-pathname"),
                Args.optional(a, 1, Symbol.of("unix")) == WINDOWS)));
        g.defineProcedure("directory-null?", 1, 1, a -> isDirectoryNull(a[0]));
        g.defineProcedure("decompose-directory", 1, 1, a -> Values.of(decomposeDirectory(a[0])));
    }

    /** decompose-directory's three values: the origin, the base directory and the list of the directories, each #f when missing. */
    static Object[] decomposeDirectory(Object directory) {
        String dir = text(directory, "decompose-directory");
        List<Object> elements = new ArrayList<>();
        for (String s : dir.split("/")) {
            if (!s.isEmpty()) {
                elements.add(MString.of(s));
            }
        }
        // the origin (a drive) is windows's only
        return new Object[] {Boolean.FALSE, isAbsolute(dir) ? MString.of("/") : Boolean.FALSE,
                elements.isEmpty() ? Boolean.FALSE : Lists.fromJava(elements)};
    }

    /** {@code (make-pathname dirs file ext)}: what the other procedures of (chicken pathname) and (chicken file) build with. */
    static MString make(Object dirs, Object file, Object extension) {
        return make("make-pathname", dirs, file, extension);
    }

    private static MString make(String location, Object dirs, Object file, Object extension) {
        return join(location, directories(dirs), file, extension);
    }

    /** _make-pathname: dir, then the file without its leading "/" when there is a dir, then "." unless ext has it, then ext. */
    private static MString join(String location, String dir, Object file, Object extension) {
        String f = file == Boolean.FALSE ? "" : text(file, location);
        String ext = extension == Boolean.FALSE ? "" : text(extension, location);
        StringBuilder out = new StringBuilder(dir);
        out.append(!dir.isEmpty() && f.startsWith("/") ? f.substring(1) : f);
        if (!ext.isEmpty() && ext.charAt(0) != '.') {
            out.append('.');
        }
        return MString.of(out.append(ext));
    }

    /**
     * canonicalize-dirs: #f or () is none, a string one directory, else a list of them, each but an
     * empty one given without its trailing separators and then one "/". ##sys#check-list's location
     * is make-pathname whichever procedure called, an element's check string-length's.
     */
    private static String directories(Object dirs) {
        if (dirs == Boolean.FALSE || dirs == Empty.LIST) {
            return "";
        }
        if (dirs instanceof MString s) {
            return s.length() == 0 ? "" : chopSeparators(s.toString()) + "/";
        }
        if (!(dirs instanceof Pair)) {
            throw Errors.located("make-pathname", List.of("exn", "type"), "bad argument type - not a list", dirs);
        }
        StringBuilder out = new StringBuilder();
        Object x = dirs;
        while (x != Empty.LIST) {
            if (!(x instanceof Pair p)) {
                throw Errors.located("car", List.of("exn", "type"), "bad argument type", x);
            }
            if (!(p.car instanceof MString s)) {
                throw Errors.located("string-length", List.of("exn", "type"), "bad argument type", p.car);
            }
            if (s.length() > 0) {
                out.append(chopSeparators(s.toString())).append('/');
            }
            x = p.cdr;
        }
        return out.toString();
    }

    /** chop-pds: without its trailing separators ("/" gives ""). */
    private static String chopSeparators(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /** irregex-match of "(/).*": a "/" first, and no newline, which {@code .} does not match. */
    static boolean isAbsolute(String s) {
        return s.startsWith("/") && s.indexOf('\n') < 0;
    }

    /** decompose-pathname's three values: the directory, the file and the extension, each #f when missing. */
    static Object[] decompose(Object pathname) {
        Parts p = parts(pathname);
        return new Object[] {scheme(p.directory), scheme(p.file), scheme(p.extension)};
    }

    /** A pathname's three parts, each null when missing. */
    private record Parts(String directory, String file, String extension) {}

    /**
     * decompose-pathname: "^(.*[/])?([^/]+)(\.([^/.]+))$", else "^(.*[/])?((\.)?[^/]+)$", else all of it as
     * the directory. The directory group can only end at the last "/", and matches only when no
     * newline comes before it; the extension is what follows the last "." of the file part, when
     * neither is empty. The directory is given without its trailing separators, but "/" stays "/".
     */
    private static Parts parts(Object pathname) {
        String s = text(pathname, "decompose-pathname");
        if (s.isEmpty()) {
            return new Parts(null, null, null);
        }
        int slash = s.lastIndexOf('/');
        String prefix = slash < 0 ? null : s.substring(0, slash + 1);
        String base = s.substring(slash + 1);
        if ((prefix == null || prefix.indexOf('\n') < 0) && !base.isEmpty()) {
            int dot = base.lastIndexOf('.');
            if (dot > 0 && dot < base.length() - 1) {
                return new Parts(stripSeparators(prefix), base.substring(0, dot), base.substring(dot + 1));
            }
            return new Parts(stripSeparators(prefix), base, null);
        }
        return new Parts(stripSeparators(s), null, null);
    }

    /** strip-pds: chop-pds, but a directory of separators only is its first one. */
    private static String stripSeparators(String dir) {
        if (dir == null) {
            return null;
        }
        String chopped = chopSeparators(dir);
        return chopped.isEmpty() ? dir.substring(0, 1) : chopped;
    }

    /**
     * normalize-pathname: "." parts dropped, ".." dropping the part before it (kept when there is none,
     * or that one is ".." too), repeated separators one; "/" first for an absolute one, and last when
     * the pathname ends in one; nothing left is "." (or the separator). For windows, "\" is the
     * separator written, "/" and "\" both read, and text up to a ":" before any part is a drive.
     */
    private static String normalize(String path, boolean windows) {
        char separator = windows ? '\\' : '/';
        int length = path.length();
        List<String> parts = new ArrayList<>();
        Boolean absolute = null;
        String drive = null;
        int prev = 0;
        for (int i = 0; i < length; i++) {
            char c = path.charAt(i);
            if (c == '/' || (windows && c == '\\')) {
                if (absolute == null) {
                    absolute = i == prev;
                }
                if (i > prev) {
                    addPart(path.substring(prev, i), parts);
                }
                prev = i + 1;
            } else if (windows && c == ':' && parts.isEmpty()) {
                drive = path.substring(0, i + 1);
                prev = i + 1;
            }
        }
        boolean endsInSeparator = length == prev;
        if (!endsInSeparator) {
            addPart(path.substring(prev), parts);
        }
        String root = Boolean.TRUE.equals(absolute) ? String.valueOf(separator) : "";
        String result;
        if (parts.isEmpty()) {
            result = root.isEmpty() ? "." : root;
        } else {
            result = root + String.join(String.valueOf(separator), parts) + (endsInSeparator ? String.valueOf(separator) : "");
        }
        return drive == null ? result : drive + result;
    }

    private static void addPart(String part, List<String> parts) {
        if (part.equals(".")) {
            return;
        }
        if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
            parts.remove(parts.size() - 1);
            return;
        }
        parts.add(part);
    }

    /** directory-null?: a list, or a string split at each "/", of nothing but "" and "." parts. */
    private static boolean isDirectoryNull(Object dir) {
        if (Lists.length(dir) >= 0) {
            for (Object x : Lists.toJava(dir)) {
                if (!(x instanceof MString s) || !(s.toString().equals("") || s.toString().equals("."))) {
                    return false;
                }
            }
            return true;
        }
        for (String part : text(dir, "directory-null?").split("/", -1)) {
            if (!part.isEmpty() && !part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static String text(Object x, String location) {
        return Args.string(x, location).toString();
    }

    private static Object scheme(String part) {
        return part == null ? Boolean.FALSE : MString.of(part);
    }
}
