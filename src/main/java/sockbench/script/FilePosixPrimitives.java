package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

/**
 * (chicken file posix)'s questions about a file, as CHICKEN 5.3's posix-common.scm asks stat(2):
 * file-size, the three times (whole seconds), file-permissions (st_mode without its type bits),
 * file-owner and file-group (which set! assigns through set-file-permissions!, set-file-owner! and
 * set-file-group!), file-stat's vector, file-type and its predicates, and the perm/ constants. Java's
 * "unix:*" attributes are the stat buffer. A failing stat is an {@code (exn i/o file)} error "cannot
 * access file - " and strerror's text, at the procedure, with the file as its argument.
 *
 * <p>The file is a name. CHICKEN takes a port or a file descriptor too; this console has neither for a
 * file, and says so in a type error. socket? is not defined here: the socket egg's {@code (socket? x)},
 * a question about a socket object, has the name in this console.
 */
final class FilePosixPrimitives {
    /** POSIX's permission bits, each the same octal value on every POSIX system. */
    private static final Map<String, Long> PERMISSION_BITS = Map.ofEntries(
            Map.entry("perm/irusr", 0400L), Map.entry("perm/iwusr", 0200L), Map.entry("perm/ixusr", 0100L),
            Map.entry("perm/irgrp", 040L), Map.entry("perm/iwgrp", 020L), Map.entry("perm/ixgrp", 010L),
            Map.entry("perm/iroth", 04L), Map.entry("perm/iwoth", 02L), Map.entry("perm/ixoth", 01L),
            Map.entry("perm/irwxu", 0700L), Map.entry("perm/irwxg", 070L), Map.entry("perm/irwxo", 07L),
            Map.entry("perm/isuid", 04000L), Map.entry("perm/isgid", 02000L), Map.entry("perm/isvtx", 01000L));

    /** S_IFMT and the file types within it. */
    private static final int TYPE_BITS = 0170000;
    private static final Map<Integer, Symbol> TYPES = Map.of(
            0100000, Symbol.of("regular-file"), 0120000, Symbol.of("symbolic-link"), 0040000, Symbol.of("directory"),
            0020000, Symbol.of("character-device"), 0060000, Symbol.of("block-device"), 0010000, Symbol.of("fifo"),
            0140000, Symbol.of("socket"));

    private FilePosixPrimitives() {}

    static void install(GlobalEnv g) {
        PERMISSION_BITS.forEach(g::define);
        FileChangePrimitives.install(g);
        FileLinkPrimitives.install(g);
        g.defineProcedure("file-size", 1, 1, a -> stat(a[0], false, "file-size").get("size"));
        g.defineProcedure("file-modification-time", 1, 1, a -> seconds(stat(a[0], false, "file-modification-time"), "lastModifiedTime"));
        g.defineProcedure("file-access-time", 1, 1, a -> seconds(stat(a[0], false, "file-access-time"), "lastAccessTime"));
        g.defineProcedure("file-change-time", 1, 1, a -> seconds(stat(a[0], false, "file-change-time"), "ctime"));
        settable(g, "file-permissions", a -> (long) (mode(stat(a[0], false, "file-permissions")) & ~TYPE_BITS), "set-file-permissions!");
        settable(g, "file-owner", a -> unsigned(stat(a[0], false, "file-owner").get("uid")), "set-file-owner!");
        settable(g, "file-group", a -> unsigned(stat(a[0], false, "file-group").get("gid")), "set-file-group!");
        g.defineProcedure("file-stat", 1, 2, a -> vector(stat(a[0], Interop.isTrue(Args.optional(a, 1, Boolean.FALSE)), "file-stat")));
        g.defineProcedure("file-type", 1, 3, a -> {
            Object type = type(a[0], Interop.isTrue(Args.optional(a, 1, Boolean.FALSE)), Interop.isTrue(Args.optional(a, 2, Boolean.TRUE)));
            return type == null ? Boolean.FALSE : type;
        });
        // (eq? 'TYPE (file-type file LINK #f)): a file that cannot be stat'ed is of no type
        for (String type : List.of("regular-file", "directory", "character-device", "block-device", "fifo")) {
            g.defineProcedure(type + "?", 1, 1, a -> type(a[0], false, false) == Symbol.of(type));
        }
        g.defineProcedure("symbolic-link?", 1, 1, a -> type(a[0], true, false) == Symbol.of("symbolic-link"));
    }

    /** A getter whose setter, for {@code (set! (name f) v)}, is the procedure already bound to {@code setter}. */
    private static void settable(GlobalEnv g, String name, Primitive.Body getter, String setter) {
        g.define(name, new Primitive(name, 1, 1, getter, (Procedure) g.lookup(setter)));
    }

    /**
     * The file a procedure is given, as a path: a name, as ##sys#make-c-string makes it (a string with
     * a NUL byte is an error of its own). A port or a file descriptor is refused, else posix-common.scm's
     * type error.
     */
    static Path file(Object f, String location) throws IOException {
        if (f instanceof MString s) {
            return PosixError.path(s, location);
        }
        if (f instanceof InputPort || f instanceof OutputPort || Numbers.isFixnum(f)) {
            throw Errors.located(location, List.of("exn", "type"),
                    "bad argument type - this console takes a file's name, not a port or file descriptor", f);
        }
        throw Errors.located(location, List.of("exn", "type"), "bad argument type - not a fixnum, port or string", f);
    }

    /** stat(2), or lstat(2) for {@code link}: the stat buffer, else the error at {@code location}. */
    static Map<String, Object> stat(Object f, boolean link, String location) {
        return stat(f, link, true, location);
    }

    /** The same, or null when it fails and {@code error} is false. */
    private static Map<String, Object> stat(Object f, boolean link, boolean error, String location) {
        try {
            Path path = file(f, location);
            return link ? Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS) : Files.readAttributes(path, "unix:*");
        } catch (IOException e) {
            if (!error) {
                return null;
            }
            throw PosixError.file(location, "cannot access file", e, f);
        }
    }

    /** file-type: the type's symbol, null when the file cannot be stat'ed and {@code error} is false. A type of no name is regular-file. */
    static Symbol type(Object f, boolean link, boolean error) {
        Map<String, Object> buffer = stat(f, link, error, "file-type");
        return buffer == null ? null : TYPES.getOrDefault(mode(buffer) & TYPE_BITS, Symbol.of("regular-file"));
    }

    static int mode(Map<String, Object> buffer) {
        return (Integer) buffer.get("mode");
    }

    /** st_atime and the like: whole seconds since the epoch, rounded down, as time_t has them. */
    static long seconds(Map<String, Object> buffer, String attribute) {
        return ((FileTime) buffer.get(attribute)).toInstant().getEpochSecond();
    }

    /** A value posix-common.scm reads as an {@code unsigned-int} foreign variable: its low 32 bits, unsigned. */
    private static long unsigned(Object value) {
        return ((Number) value).longValue() & 0xFFFFFFFFL;
    }

    /**
     * file-stat's 13 slots in the manual's order. st_ino, st_mode, st_nlink, st_uid, st_gid, st_dev and
     * st_rdev are unsigned-int foreign variables in posix-common.scm and posixunix.scm, so a wider inode
     * or device number comes out as its low 32 bits, as in CHICKEN. Java gives no st_blksize or
     * st_blocks: slots 11 and 12 are #f.
     */
    private static Object[] vector(Map<String, Object> b) {
        return new Object[] {unsigned(b.get("ino")), unsigned(b.get("mode")), unsigned(b.get("nlink")), unsigned(b.get("uid")),
                unsigned(b.get("gid")), b.get("size"), seconds(b, "lastAccessTime"), seconds(b, "ctime"),
                seconds(b, "lastModifiedTime"), unsigned(b.get("dev")), unsigned(b.get("rdev")), Boolean.FALSE, Boolean.FALSE};
    }
}
