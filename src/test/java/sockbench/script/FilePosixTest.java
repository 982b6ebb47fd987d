package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * (chicken file posix)'s file queries, from CHICKEN 5.3's manual (Module (chicken file posix)),
 * posix-common.scm and posixunix.scm, on files the test makes in a directory of its own ({@code d} to
 * the program). Nothing here depends on being refused a permission, as root never is.
 */
class FilePosixTest extends DirectoryConsoleTest {
    /** The condition posix-error raises: (exn i/o file), "message - strerror". */
    private static String fileError(String message, String arguments, String location) {
        return "((exn message \"" + message + "\" arguments (" + arguments + ") location " + location + ") (i/o) (file))";
    }

    private static String typeError(String message, String arguments, String location) {
        return "((exn message \"" + message + "\" arguments (" + arguments + ") location " + location + ") (type))";
    }

    @Test
    void file_size_is_the_bytes_written() throws IOException {
        file("five", "12345");
        file("empty", "");
        assertThat(w("(list (file-size (in \"five\")) (file-size (in \"empty\")))")).isEqualTo("(5 0)");
    }

    @Test
    void a_file_that_cannot_be_stated_is_an_error_at_the_procedure() {
        for (String procedure : new String[] {"file-size", "file-modification-time", "file-access-time", "file-change-time",
                "file-permissions", "file-owner", "file-group", "file-stat", "file-type"}) {
            assertThat(console.raised("(" + procedure + " (in \"none\"))")).as(procedure)
                    .isEqualTo(fileError("cannot access file - No such file or directory", named("none"), procedure));
        }
        assertThat(console.raised("(file-size \"\")")).isEqualTo(fileError("cannot access file - No such file or directory", "\"\"", "file-size"));
    }

    @Test
    void the_file_is_a_name_and_a_port_or_descriptor_is_refused() {
        assertThat(console.raised("(file-size 'f)")).isEqualTo(typeError("bad argument type - not a fixnum, port or string", "f", "file-size"));
        assertThat(console.raised("(file-size 0)")).isEqualTo(typeError(
                "bad argument type - this console takes a file's name, not a port or file descriptor", "0", "file-size"));
        assertThat(console.raised("(file-type (current-input-port))")).startsWith(
                "((exn message \"bad argument type - this console takes a file's name, not a port or file descriptor\"");
        // file-type's error argument #f quiets a failing stat, not a type error
        assertThat(console.raised("(regular-file? 'f)")).isEqualTo(typeError("bad argument type - not a fixnum, port or string", "f", "file-type"));
    }

    @Test
    void the_times_are_whole_seconds_as_stat_gives_them() throws IOException {
        Path f = file("f", "x");
        Files.setLastModifiedTime(f, FileTime.from(1_600_000_000_750L, TimeUnit.MILLISECONDS));
        assertThat(w("(file-modification-time (in \"f\"))")).isEqualTo("1600000000");
        long ctime = ((FileTime) Files.getAttribute(f, "unix:ctime")).toInstant().getEpochSecond();
        assertThat(w("(file-change-time (in \"f\"))")).isEqualTo(Long.toString(ctime));
        long atime = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).lastAccessTime().toInstant().getEpochSecond();
        assertThat(w("(file-access-time (in \"f\"))")).isEqualTo(Long.toString(atime));
        assertThat(w("(exact? (file-change-time (in \"f\")))")).isEqualTo("#t");
    }

    @Test
    void set_file_times_reads_atime_then_mtime_as_posix_common_does() throws IOException {
        file("f", "x");
        String times = "(list (file-access-time (in \"f\")) (file-modification-time (in \"f\")))";
        assertThat(w("(set-file-times! (in \"f\") 1000000000) " + times)).isEqualTo("(1000000000 1000000000)");
        assertThat(w("(set-file-times! (in \"f\") 100 200) " + times)).isEqualTo("(100 200)");
        // #f leaves that one as it was
        assertThat(w("(set-file-times! (in \"f\") #f 300) " + times)).isEqualTo("(100 300)");
        assertThat(w("(set-file-times! (in \"f\") 400 #f) " + times)).isEqualTo("(400 300)");
        // only one, and #f: mtime is #f too, and nothing changes
        assertThat(w("(set-file-times! (in \"f\") #f) " + times)).isEqualTo("(400 300)");
        // none: now, for both
        assertThat(w("(let ((before (current-seconds))) (set-file-times! (in \"f\"))"
                + " (let ((t (file-modification-time (in \"f\")))) (list (<= before t (current-seconds)) (= t (file-access-time (in \"f\"))))))"))
                .isEqualTo("(#t #t)");
    }

    @Test
    void set_file_times_checks_its_times_then_the_file() {
        assertThat(console.raised("(set-file-times! (in \"none\") 'soon)"))
                .isEqualTo(typeError("bad argument type - not an exact integer", "soon", "set-file-times!"));
        assertThat(console.raised("(set-file-times! (in \"none\") 1 2.5)"))
                .isEqualTo(typeError("bad argument type - not an exact integer", "2.5", "set-file-times!"));
        assertThat(console.raised("(set-file-times! (in \"none\") 5)"))
                .isEqualTo(fileError("cannot set file times - No such file or directory", named("none") + " 5", "set-file-times!"));
        assertThat(console.raised("(set-file-times! 'f 5)")).isEqualTo(typeError("bad argument type - not a string", "f", "set-file-times!"));
    }

    @Test
    void file_permissions_are_the_mode_bits_and_set_assigns_them() throws IOException {
        Path f = file("f", "x");
        assertThat(w("(set-file-permissions! (in \"f\") #o640) (file-permissions (in \"f\"))")).isEqualTo("416");
        assertThat(Files.getAttribute(f, "unix:mode")).isEqualTo(0100640);
        assertThat(w("(set! (file-permissions (in \"f\")) (bitwise-ior perm/irusr perm/iwusr)) (file-permissions (in \"f\"))")).isEqualTo("384");
        assertThat(w("(eq? (setter file-permissions) set-file-permissions!)")).isEqualTo("#t");
        // C_stat_perm: st_mode without S_IFMT, so the sticky bit is in it
        Files.createDirectory(dir.resolve("sub"));
        assertThat(w("(set-file-permissions! (in \"sub\") (+ perm/isvtx perm/irwxu)) (file-permissions (in \"sub\"))")).isEqualTo("960");
        assertThat(w("(bitwise-and (file-permissions (in \"sub\")) perm/isvtx)")).isEqualTo("512");
    }

    @Test
    void set_file_permissions_checks_the_mode_first_and_names_file_permissions_for_a_bad_file() throws IOException {
        file("f", "x");
        assertThat(console.raised("(set-file-permissions! (in \"f\") \"rw\")"))
                .isEqualTo(typeError("bad argument type - not a fixnum", "\"rw\"", "set-file-permissions!"));
        assertThat(console.raised("(set-file-permissions! 'f 0)"))
                .isEqualTo(typeError("bad argument type - not a fixnum, port or string", "f", "file-permissions"));
        assertThat(console.raised("(set-file-permissions! (in \"none\") #o600)"))
                .isEqualTo(fileError("cannot change file permissions - No such file or directory", named("none") + " 384", "set-file-permissions!"));
    }

    @Test
    void the_perm_constants_are_posix_s_bits() {
        assertThat(w("(list perm/irusr perm/iwusr perm/ixusr perm/irgrp perm/iwgrp perm/ixgrp perm/iroth perm/iwoth perm/ixoth)"))
                .isEqualTo("(256 128 64 32 16 8 4 2 1)");
        assertThat(w("(list perm/irwxu perm/irwxg perm/irwxo perm/isuid perm/isgid perm/isvtx)")).isEqualTo("(448 56 7 2048 1024 512)");
    }

    @Test
    void file_owner_and_group_are_the_ids_and_chown_to_the_same_ids_succeeds() throws IOException {
        Path f = file("f", "x");
        assertThat(w("(file-owner (in \"f\"))")).isEqualTo(Files.getAttribute(f, "unix:uid").toString());
        assertThat(w("(file-group (in \"f\"))")).isEqualTo(Files.getAttribute(f, "unix:gid").toString());
        assertThat(w("(set-file-owner! (in \"f\") (file-owner (in \"f\"))) (set-file-group! (in \"f\") (file-group (in \"f\")))"
                + " (set! (file-owner (in \"f\")) (file-owner (in \"f\"))) (file-owner (in \"f\"))"))
                .isEqualTo(Files.getAttribute(f, "unix:uid").toString());
        assertThat(console.raised("(set-file-owner! (in \"none\") 0)"))
                .isEqualTo(fileError("cannot change file owner - No such file or directory", named("none") + " 0 -1", "set-file-owner!"));
        assertThat(console.raised("(set-file-group! (in \"none\") 0)"))
                .isEqualTo(fileError("cannot change file owner - No such file or directory", named("none") + " -1 0", "set-file-group!"));
        assertThat(console.raised("(set-file-group! (in \"f\") 'wheel)")).isEqualTo(typeError("bad argument type - not a fixnum", "wheel", "set-file-group!"));
    }

    @Test
    void file_stat_is_the_manual_s_vector() throws IOException {
        Path f = file("f", "hello");
        Files.setLastModifiedTime(f, FileTime.from(1_500_000_000L, TimeUnit.SECONDS));
        console.eval("(set-file-permissions! (in \"f\") #o640) (define v (file-stat (in \"f\")))");
        long ino = ((Long) Files.getAttribute(f, "unix:ino")) & 0xFFFFFFFFL;
        assertThat(w("(vector-length v)")).isEqualTo("13");
        assertThat(w("(vector-ref v 0)")).isEqualTo(Long.toString(ino));
        assertThat(w("(list (vector-ref v 1) (vector-ref v 2) (vector-ref v 5) (vector-ref v 8))")).isEqualTo("(33184 1 5 1500000000)");
        assertThat(w("(list (= (vector-ref v 3) (file-owner (in \"f\"))) (= (vector-ref v 4) (file-group (in \"f\")))"
                + " (= (vector-ref v 6) (file-access-time (in \"f\"))) (= (vector-ref v 7) (file-change-time (in \"f\"))))"))
                .isEqualTo("(#t #t #t #t)");
        // st_blksize and st_blocks: Java does not give them
        assertThat(w("(list (vector-ref v 11) (vector-ref v 12))")).isEqualTo("(#f #f)");
        // a link: followed unless LINK is true
        Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
        assertThat(w("(list (vector-ref (file-stat (in \"l\")) 1) (bitwise-and (vector-ref (file-stat (in \"l\") #t) 1) #o170000))"))
                .isEqualTo("(33184 40960)");
    }

    @Test
    void file_type_names_the_type_and_link_stops_at_a_link() throws IOException {
        file("f", "x");
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
        Files.createSymbolicLink(dir.resolve("dangling"), Path.of("none"));
        assertThat(w("(map file-type (list (in \"f\") (in \"sub\") (in \"l\") \"/dev/null\"))"))
                .isEqualTo("(regular-file directory regular-file character-device)");
        assertThat(w("(list (file-type (in \"l\") #t) (file-type (in \"f\") #t))")).isEqualTo("(symbolic-link regular-file)");
        // ERROR #f: #f for what cannot be stat'ed
        assertThat(w("(list (file-type (in \"none\") #f #f) (file-type (in \"dangling\") #f #f) (file-type (in \"dangling\") #t #f))"))
                .isEqualTo("(#f #f symbolic-link)");
        assertThat(console.raised("(file-type (in \"dangling\"))"))
                .isEqualTo(fileError("cannot access file - No such file or directory", named("dangling"), "file-type"));
    }

    @Test
    void the_type_predicates_follow_links_but_symbolic_link_and_are_false_for_no_file() throws IOException {
        file("f", "x");
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("l"), Path.of("sub"));
        Files.createSymbolicLink(dir.resolve("dangling"), Path.of("none"));
        assertThat(w("(list (regular-file? (in \"f\")) (regular-file? (in \"sub\")) (directory? (in \"sub\")) (directory? (in \"l\"))"
                + " (directory? (in \"f\")))")).isEqualTo("(#t #f #t #t #f)");
        assertThat(w("(list (symbolic-link? (in \"l\")) (symbolic-link? (in \"dangling\")) (symbolic-link? (in \"f\")))"))
                .isEqualTo("(#t #t #f)");
        assertThat(w("(list (character-device? \"/dev/null\") (character-device? (in \"f\")) (block-device? \"/dev/null\") (fifo? (in \"f\")))"))
                .isEqualTo("(#t #f #f #f)");
        assertThat(w("(list (regular-file? (in \"none\")) (directory? (in \"none\")) (symbolic-link? (in \"none\"))"
                + " (fifo? (in \"none\")) (character-device? (in \"none\")) (block-device? (in \"none\")))"))
                .isEqualTo("(#f #f #f #f #f #f)");
    }

    @Test
    void a_unix_socket_s_file_is_of_type_socket_and_socket_p_stays_the_egg_s() throws IOException {
        Path s = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(s));
            assertThat(w("(file-type (in \"s\"))")).isEqualTo("socket");
            // socket? is the socket egg's, a question about its socket objects: a file's name is none
            Interpreter withEgg = SocketConsole.create(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                    OutputStream.nullOutputStream());
            assertThat(Printer.write(withEgg.eval("(socket? \"" + s + "\")"))).isEqualTo("#f");
        }
    }

    @Test
    void a_fifo_is_of_type_fifo() throws Exception {
        Path fifo = dir.resolve("p");
        int rc;
        try {
            rc = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            rc = -1;
        }
        assumeThat(rc).as("mkfifo").isZero();
        assertThat(w("(list (file-type (in \"p\")) (fifo? (in \"p\")) (regular-file? (in \"p\")))")).isEqualTo("(fifo #t #f)");
    }

    @Test
    void file_truncate_shortens_or_lengthens_as_truncate_does() throws IOException {
        Path f = file("f", "0123456789");
        assertThat(w("(file-truncate (in \"f\") 4) (file-size (in \"f\"))")).isEqualTo("4");
        assertThat(f).hasContent("0123");
        assertThat(w("(file-truncate (in \"f\") 6) (file-size (in \"f\"))")).isEqualTo("6");
        assertThat(Files.readAllBytes(f)).containsExactly('0', '1', '2', '3', 0, 0);
        assertThat(w("(file-truncate (in \"f\") 0) (file-size (in \"f\"))")).isEqualTo("0");
    }

    @Test
    void file_truncate_checks_the_offset_then_the_file() throws IOException {
        file("f", "x");
        Files.createDirectory(dir.resolve("sub"));
        assertThat(console.raised("(file-truncate (in \"f\") 1.0)")).isEqualTo(typeError("bad argument type - not an exact integer", "1.0", "file-truncate"));
        assertThat(console.raised("(file-truncate 'f 0)")).isEqualTo("((exn message \"invalid file\" arguments (f) location file-truncate))");
        assertThat(console.raised("(file-truncate (in \"none\") 0)"))
                .isEqualTo(fileError("cannot truncate file - No such file or directory", named("none") + " 0", "file-truncate"));
        assertThat(console.raised("(file-truncate (in \"sub\") 0)"))
                .isEqualTo(fileError("cannot truncate file - Is a directory", named("sub") + " 0", "file-truncate"));
        assertThat(console.raised("(file-truncate (in \"f\") -1)"))
                .isEqualTo(fileError("cannot truncate file - Invalid argument", named("f") + " -1", "file-truncate"));
    }

    @Test
    void create_symbolic_link_makes_new_point_at_old_and_read_symbolic_link_reads_it() throws IOException {
        file("f", "x");
        assertThat(w("(create-symbolic-link \"f\" (in \"l\")) (read-symbolic-link (in \"l\"))")).isEqualTo("\"f\"");
        assertThat(Files.readSymbolicLink(dir.resolve("l"))).isEqualTo(Path.of("f"));
        // the target need not exist
        assertThat(w("(create-symbolic-link \"nowhere\" (in \"l2\")) (list (symbolic-link? (in \"l2\")) (read-symbolic-link (in \"l2\")))"))
                .isEqualTo("(#t \"nowhere\")");
        // posixunix.scm 5.3's location for this error is create-symbol-link
        assertThat(console.raised("(create-symbolic-link \"f\" (in \"l\"))"))
                .isEqualTo(fileError("cannot create symbolic link - File exists", "\"f\" " + named("l"), "create-symbol-link"));
        assertThat(console.raised("(create-symbolic-link 'f (in \"l3\"))")).isEqualTo(typeError("bad argument type - not a string", "f", "create-symbolic-link"));
        assertThat(console.raised("(read-symbolic-link (in \"f\"))"))
                .isEqualTo(fileError("cannot read symbolic link - Invalid argument", named("f"), "read-symbolic-link"));
        assertThat(console.raised("(read-symbolic-link (in \"none\"))"))
                .isEqualTo(fileError("cannot read symbolic link - No such file or directory", named("none"), "read-symbolic-link"));
        assertThat(console.raised("(read-symbolic-link 5)")).isEqualTo(typeError("bad argument type - not a string", "5", "read-symbolic-link"));
    }

    @Test
    void read_symbolic_link_canonicalizes_each_component() throws IOException {
        Path real = dir.toRealPath();
        console.eval("(set! d \"" + real + "\")");
        Files.createDirectory(real.resolve("b"));
        file("b/c", "x");
        Files.createSymbolicLink(real.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(real.resolve("abs"), real.resolve("b"));
        assertThat(w("(read-symbolic-link (in \"a/c\") #t)")).isEqualTo("\"" + real + "/b/c\"");
        assertThat(w("(read-symbolic-link (in \"abs/c\") #t)")).isEqualTo("\"" + real + "/b/c\"");
        assertThat(w("(read-symbolic-link (in \"b/c\") #t)")).isEqualTo("\"" + real + "/b/c\"");
        assertThat(console.raised("(read-symbolic-link (in \"none/x\") #t)")).isEqualTo("((exn message \"could not canonicalize path"
                + " with symbolic links, component does not exist\" arguments (\"" + real + "/none\") location read-symbolic-link) (i/o) (file))");
        // decompose-directory gives #f for no components, and the loop takes its car
        assertThat(console.raised("(read-symbolic-link \"/\" #t)")).isEqualTo("((exn message \"bad argument type\" arguments (#f) location car) (type))");
    }

    @Test
    void file_link_makes_a_hard_link() throws IOException {
        file("f", "shared");
        assertThat(w("(file-link (in \"f\") (in \"h\")) (list (vector-ref (file-stat (in \"f\")) 2)"
                + " (= (vector-ref (file-stat (in \"f\")) 0) (vector-ref (file-stat (in \"h\")) 0)))")).isEqualTo("(2 #t)");
        assertThat(dir.resolve("h")).hasContent("shared");
        assertThat(console.raised("(file-link (in \"f\") (in \"h\"))"))
                .isEqualTo(fileError("could not create hard link - File exists", named("f") + " " + named("h"), "hard-link"));
        assertThat(console.raised("(file-link (in \"none\") (in \"h2\"))"))
                .isEqualTo(fileError("could not create hard link - No such file or directory", named("none") + " " + named("h2"), "hard-link"));
        assertThat(console.raised("(file-link (in \"f\") 'h)")).isEqualTo(typeError("bad argument type - not a string", "h", "file-link"));
    }

    @Test
    void the_rest_of_chicken_file_posix_says_it_is_not_provided() {
        for (String name : new String[] {"file-lock", "file-position", "set-file-position!", "open-input-file*", "port->fileno",
                "create-fifo", "file-creation-mode", "seek/set", "fileno/stdin"}) {
            assertThat(console.raised(name)).as(name).contains("not provided by this console");
        }
    }
}
