package sockbench.script;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * (chicken file posix)'s changes to a file, as posix-common.scm and posixunix.scm make them:
 * set-file-permissions! (chmod(2)), set-file-owner! and set-file-group! (chown(2), -1 for what
 * stays), set-file-times! (utime(2)) and file-truncate (truncate(2)). Each checks its numbers first,
 * then the file, a name (a port or a file descriptor is refused, as in {@link FilePosixPrimitives}); a
 * failing call is an {@code (exn i/o file)} error worded with strerror. Their values are unspecified.
 */
final class FileChangePrimitives {
    private static final List<String> TYPE = List.of("exn", "type");

    private FileChangePrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("set-file-permissions!", 2, 2, a -> {
            int mode = (int) fixnum(a[1], "set-file-permissions!");
            if (!(a[0] instanceof MString || a[0] instanceof InputPort || a[0] instanceof OutputPort || Numbers.isFixnum(a[0]))) {
                // posix-common.scm signals this one at file-permissions
                throw Errors.located("file-permissions", TYPE, "bad argument type - not a fixnum, port or string", a[0]);
            }
            try {
                Files.setAttribute(FilePosixPrimitives.file(a[0], "set-file-permissions!"), "unix:mode", mode);
            } catch (IOException e) {
                throw PosixError.file("set-file-permissions!", "cannot change file permissions", e, a[0], a[1]);
            }
            return null;
        });
        g.defineProcedure("set-file-owner!", 2, 2, a -> chown("set-file-owner!", a[0], a[1], -1L));
        g.defineProcedure("set-file-group!", 2, 2, a -> chown("set-file-group!", a[0], -1L, a[1]));
        g.defineProcedure("set-file-times!", 1, Primitive.MANY, FileChangePrimitives::setTimes);
        g.defineProcedure("file-truncate", 2, 2, a -> {
            exactInteger(a[1], "file-truncate");
            if (!(a[0] instanceof MString || a[0] instanceof InputPort || a[0] instanceof OutputPort || Numbers.isFixnum(a[0]))) {
                throw Errors.errorAt("file-truncate", "invalid file", a[0]);
            }
            // C_num_to_int: the offset as a C int
            int length = a[1] instanceof BigInteger big ? big.intValue() : (int) ((Number) a[1]).longValue();
            try {
                truncate(FilePosixPrimitives.file(a[0], "file-truncate"), length);
            } catch (IOException e) {
                throw PosixError.file("file-truncate", "cannot truncate file", e, a[0], a[1]);
            }
            return null;
        });
    }

    /** posixunix.scm's chown: both ids fixnums, -1 leaving one as it is. */
    private static Object chown(String location, Object f, Object uid, Object gid) {
        int user = (int) fixnum(uid, location);
        int group = (int) fixnum(gid, location);
        try {
            Path path = FilePosixPrimitives.file(f, location);
            if (user != -1) {
                Files.setAttribute(path, "unix:uid", user); // chown(path, user, -1)
            }
            if (group != -1) {
                Files.setAttribute(path, "unix:gid", group);
            }
            if (user == -1 && group == -1) {
                Files.readAttributes(path, "unix:mode"); // chown(path, -1, -1) still looks the file up
            }
        } catch (IOException e) {
            throw PosixError.file(location, "cannot change file owner", e, f, uid, gid);
        }
        return null;
    }

    /**
     * {@code (set-file-times! file [atime [mtime]])} as posix-common.scm reads its arguments (the manual
     * names them the other way round): atime defaults to now, mtime to atime, more are ignored; #f
     * keeps that time as lstat(2) gives it. utime(2) sets whole seconds. The error's arguments are
     * the file and what was given after it.
     */
    private static Object setTimes(Object[] a) {
        Object access = Args.optional(a, 1, Math.floorDiv(System.currentTimeMillis(), 1000L));
        Object modification = Args.optional(a, 2, access);
        if (access != Boolean.FALSE) {
            exactInteger(access, "set-file-times!");
        }
        if (modification != Boolean.FALSE) {
            exactInteger(modification, "set-file-times!");
        }
        Object[] given = Arrays.copyOf(a, a.length);
        MString name = Args.string(a[0], "set-file-times!");
        try {
            Path path = PosixError.path(name, "set-file-times!");
            long atime;
            long mtime;
            if (access == Boolean.FALSE || modification == Boolean.FALSE) {
                Map<String, Object> own = Files.readAttributes(path, "unix:lastAccessTime,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
                atime = access == Boolean.FALSE ? FilePosixPrimitives.seconds(own, "lastAccessTime") : time(access);
                mtime = modification == Boolean.FALSE ? FilePosixPrimitives.seconds(own, "lastModifiedTime") : time(modification);
            } else {
                atime = time(access);
                mtime = time(modification);
            }
            Files.getFileAttributeView(path, BasicFileAttributeView.class)
                    .setTimes(FileTime.from(mtime, TimeUnit.SECONDS), FileTime.from(atime, TimeUnit.SECONDS), null);
        } catch (IOException e) {
            throw PosixError.file("set-file-times!", "cannot set file times", e, given);
        }
        return null;
    }

    /** C_num_to_int64: a bignum's low 64 bits. */
    private static long time(Object seconds) {
        return ((Number) seconds).longValue();
    }

    /** truncate(2): shortened, or made longer with zero bytes; a negative length is EINVAL. */
    private static void truncate(Path path, int length) throws IOException {
        if (length < 0) {
            throw new FileSystemException(path.toString(), null, "Invalid argument");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            if (channel.size() > length) {
                channel.truncate(length);
            } else if (channel.size() < length) {
                channel.write(ByteBuffer.allocate(1), length - 1L);
            }
        }
    }

    private static long fixnum(Object x, String location) {
        if (!Numbers.isFixnum(x)) {
            throw Errors.wrongType("fixnum", x).locate(location);
        }
        return ((Number) x).longValue();
    }

    private static void exactInteger(Object x, String location) {
        if (!Numbers.isExactInteger(x)) {
            throw Errors.wrongType("exact integer", x).locate(location);
        }
    }
}
