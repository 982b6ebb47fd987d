package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/**
 * (chicken file)'s procedures on files, from CHICKEN 5.3's manual (Module (chicken file)) and file.scm,
 * all in a directory of the test's own, {@code d} to the program. The temporary files go there too:
 * TMPDIR names it before the first one is made.
 */
class FileProceduresTest extends DirectoryConsoleTest {
    @Test
    void file_exists_and_directory_exists_give_the_name_or_false() throws IOException {
        file("f", "x");
        assertThat(w("(list (file-exists? (in \"f\")) (file-exists? (in \"none\")) (file-exists? d))"))
                .isEqualTo("(" + named("f") + " #f \"" + dir + "\")");
        assertThat(w("(list (directory-exists? d) (directory-exists? (in \"f\")) (directory-exists? (in \"none\")))"))
                .isEqualTo("(\"" + dir + "\" #f #f)");
        assertThat(w("(let ((s (in \"f\"))) (eq? s (file-exists? s)))")).isEqualTo("#t");
        // stat(2): "" is ENOENT, and a file with a "/" after it ENOTDIR
        assertThat(w("(list (file-exists? \"\") (file-exists? (in \"f/\")) (file-exists? (in \"f/g\")))")).isEqualTo("(#f #f #f)");
        assertThat(console.raised("(file-exists? 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location file-exists?) (type))");
        assertThat(console.raised("(directory-exists? 'd)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (d) location directory-exists?) (type))");
    }

    @Test
    void the_permission_tests_ask_access_and_a_missing_file_is_an_error() throws IOException {
        Path f = file("f", "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(w("(list (file-readable? (in \"f\")) (file-writable? (in \"f\")) (file-executable? (in \"f\")))"))
                .isEqualTo("(#t #t #f)");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr--r--"));
        assertThat(w("(file-executable? (in \"f\"))")).isEqualTo("#t");
        // test-access: only EACCES is #f; ENOENT is posix-error's
        assertThat(console.raised("(file-readable? (in \"none\"))")).isEqualTo("((exn message \"cannot access file - No such file"
                + " or directory\" arguments (" + named("none") + ") location file-readable?) (i/o) (file))");
        assertThat(console.raised("(file-writable? #f)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (#f) location file-writable?) (type))");
    }

    @Test
    void delete_file_gives_the_name_and_delete_file_star_only_deletes_what_exists() throws IOException {
        file("f", "x");
        file("g", "y");
        assertThat(w("(delete-file (in \"f\"))")).isEqualTo(named("f"));
        assertThat(dir.resolve("f")).doesNotExist();
        assertThat(console.raised("(delete-file (in \"f\"))")).isEqualTo("((exn message \"cannot delete file - No such file"
                + " or directory\" arguments (" + named("f") + ") location delete-file) (i/o) (file))");
        // file.scm: (and (file-exists? file) (delete-file file)), so the name, then #f
        assertThat(w("(list (delete-file* (in \"g\")) (delete-file* (in \"g\")))")).isEqualTo("(" + named("g") + " #f)");
        assertThat(console.raised("(delete-file* 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location file-exists?) (type))");
    }

    @Test
    void rename_file_gives_the_new_name_and_will_not_clobber_unless_told() throws IOException {
        file("old", "one");
        file("other", "two");
        assertThat(w("(rename-file (in \"old\") (in \"new\"))")).isEqualTo(named("new"));
        assertThat(dir.resolve("old")).doesNotExist();
        assertThat(dir.resolve("new")).hasContent("one");
        assertThat(console.raised("(rename-file (in \"new\") (in \"other\"))")).isEqualTo("((exn message \"newfile exists but"
                + " clobber is false\" arguments (" + named("other") + ") location rename-file))");
        assertThat(dir.resolve("other")).hasContent("two");
        assertThat(w("(rename-file (in \"new\") (in \"other\") #t)")).isEqualTo(named("other"));
        assertThat(dir.resolve("other")).hasContent("one");
        assertThat(console.raised("(rename-file (in \"missing\") (in \"x\"))")).isEqualTo("((exn message \"cannot rename file"
                + " - No such file or directory\" arguments (" + named("missing") + " " + named("x") + ") location rename-file) (i/o) (file))");
        assertThat(console.raised("(rename-file (in \"other\") 'x)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (x) location rename-file) (type))");
    }

    @Test
    void copy_file_gives_the_bytes_copied_block_by_block() throws IOException {
        String text = "0123456789".repeat(250) + "end";
        file("src", text);
        assertThat(w("(copy-file (in \"src\") (in \"dst\"))")).isEqualTo("2503");
        assertThat(dir.resolve("dst")).hasContent(text);
        assertThat(w("(copy-file (in \"src\") (in \"dst7\") #f 7)")).isEqualTo("2503");
        assertThat(dir.resolve("dst7")).hasContent(text);
        file("empty", "");
        assertThat(w("(copy-file (in \"empty\") (in \"dst0\"))")).isEqualTo("0");
        assertThat(dir.resolve("src")).hasContent(text);
    }

    @Test
    void copy_file_refuses_an_existing_newfile_without_clobber() throws IOException {
        file("src", "new contents");
        file("dst", "old");
        assertThat(console.raised("(copy-file (in \"src\") (in \"dst\"))")).isEqualTo("((exn message \"newfile exists but clobber"
                + " is false\" arguments (" + named("dst") + ") location copy-file))");
        assertThat(dir.resolve("dst")).hasContent("old");
        assertThat(w("(copy-file (in \"src\") (in \"dst\") #t)")).isEqualTo("12");
        assertThat(dir.resolve("dst")).hasContent("new contents");
    }

    @Test
    void copy_file_checks_in_file_scm_order() throws IOException {
        file("src", "x");
        Files.createDirectory(dir.resolve("sub"));
        assertThat(console.raised("(copy-file (in \"src\") (in \"a\") #f 'big)"))
                .isEqualTo("((exn message \"bad argument type - not a number\" arguments (big) location copy-file) (type))");
        assertThat(console.raised("(copy-file (in \"src\") (in \"a\") #f 0)"))
                .isEqualTo("((exn message \"invalid blocksize - not a positive integer\" arguments (0) location copy-file))");
        assertThat(console.raised("(copy-file (in \"sub\") (in \"a\"))"))
                .isEqualTo("((exn message \"cannot copy directories\" arguments (" + named("sub") + ") location copy-file))");
        // the copy opens the files as open-input-file and open-output-file do, and their errors are theirs
        assertThat(console.raised("(copy-file (in \"missing\") (in \"a\"))")).isEqualTo("((exn message \"cannot open file - No"
                + " such file or directory\" arguments (" + named("missing") + ") location open-input-file) (i/o) (file))");
        assertThat(console.raised("(copy-file (in \"src\") (in \"none/a\"))")).isEqualTo("((exn message \"cannot open file - No"
                + " such file or directory\" arguments (" + named("none/a") + ") location open-output-file) (i/o) (file))");
        assertThat(console.raised("(copy-file 5 (in \"a\"))"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location copy-file) (type))");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void move_file_copies_then_deletes_the_original() throws IOException {
        file("src", "moving");
        file("taken", "stays");
        Files.createDirectory(dir.resolve("sub"));
        assertThat(w("(move-file (in \"src\") (in \"dst\"))")).isEqualTo("6");
        assertThat(dir.resolve("src")).doesNotExist();
        assertThat(dir.resolve("dst")).hasContent("moving");
        assertThat(console.raised("(move-file (in \"dst\") (in \"taken\"))")).isEqualTo("((exn message \"newfile exists but"
                + " clobber is false\" arguments (" + named("taken") + ") location move-file))");
        assertThat(dir.resolve("dst")).exists();
        assertThat(w("(move-file (in \"dst\") (in \"taken\") #t 2)")).isEqualTo("6");
        assertThat(dir.resolve("taken")).hasContent("moving");
        assertThat(console.raised("(move-file (in \"sub\") (in \"x\"))"))
                .isEqualTo("((exn message \"cannot move directories\" arguments (" + named("sub") + ") location move-file))");
    }

    @Test
    void create_temporary_file_and_directory_are_named_as_file_scm_names_them() {
        long pid = ProcessHandle.current().pid();
        console.eval("(set-environment-variable! \"TMPDIR\" d)");
        String file = w("(create-temporary-file)");
        assertThat(file).matches("\"" + dir + "/temp[0-9a-f]{1,4}\\." + pid + "\\.tmp\"");
        assertThat(dir.resolve(file.substring(1, file.length() - 1))).isEmptyFile();
        assertThat(w("(create-temporary-file \"scm\")")).matches("\"" + dir + "/temp[0-9a-f]{1,4}\\." + pid + "\\.scm\"");
        assertThat(w("(create-temporary-file \"\")")).matches("\"" + dir + "/temp[0-9a-f]{1,4}\\." + pid + "\"");
        String directory = w("(create-temporary-directory)");
        assertThat(directory).matches("\"" + dir + "/temp[0-9a-f]{1,4}\\." + pid + "\"");
        assertThat(dir.resolve(directory.substring(1, directory.length() - 1))).isEmptyDirectory();
        assertThat(console.raised("(create-temporary-file 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location create-temporary-file) (type))");
    }

    @Test
    void the_temporary_directory_is_read_once() throws IOException {
        Files.createDirectory(dir.resolve("first"));
        console.eval("(set-environment-variable! \"TMPDIR\" (in \"first\")) (create-temporary-file)"
                + " (set-environment-variable! \"TMPDIR\" (in \"second\"))");
        assertThat(w("(pathname-directory (create-temporary-file))")).isEqualTo(named("first"));
    }

    @Test
    void a_temporary_file_in_a_missing_directory_cannot_be_opened() {
        console.eval("(set-environment-variable! \"TMPDIR\" (in \"none\"))");
        assertThat(console.raised("(create-temporary-file)"))
                .startsWith("((exn message \"cannot open file - No such file or directory\" arguments (\"" + dir + "/none/temp")
                .endsWith(".tmp\") location open-output-file) (i/o) (file))");
        assertThat(console.raised("(create-temporary-directory)"))
                .startsWith("((exn message \"cannot create temporary directory - No such file or directory\" arguments (\"" + dir);
    }

    @Test
    void glob_matches_names_as_glob_to_sre_reads_the_pattern() throws IOException {
        for (String name : new String[] {"a.scm", "b.scm", "c.txt", ".hidden.scm", "sub/x.scm"}) {
            file(name, "");
        }
        assertThat(w("(sort (glob (in \"*.scm\")) string<?)")).isEqualTo("(" + named("a.scm") + " " + named("b.scm") + ")");
        // "*" at a name's start matches no leading "."; ".*" does, and "." and ".." are never listed
        assertThat(w("(glob (in \".*\"))")).isEqualTo("(" + named(".hidden.scm") + ")");
        assertThat(w("(sort (glob (in \"*\")) string<?)"))
                .isEqualTo("(" + named("a.scm") + " " + named("b.scm") + " " + named("c.txt") + " " + named("sub") + ")");
        assertThat(w("(list (glob (in \"?.txt\")) (glob (in \"[c-d].txt\")) (glob (in \"[-a].txt\")) (glob (in \"[-c].txt\")))"))
                .isEqualTo("((" + named("c.txt") + ") (" + named("c.txt") + ") (" + named("c.txt") + ") ())");
        assertThat(w("(glob (in \"sub/*\") (in \"c.*\"))")).isEqualTo("(" + named("sub/x.scm") + " " + named("c.txt") + ")");
        assertThat(w("(list (glob (in \"none/*\")) (glob (in \"*.none\")) (glob))")).isEqualTo("(() () ())");
        assertThat(console.raised("(glob (in \"[ab\"))"))
                .isEqualTo("((exn message \"unexpected end of character class\" arguments ((#\\b #\\a)) location glob->sre))");
        assertThat(console.raised("(glob 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location decompose-pathname) (type))");
    }

    private void tree() throws IOException {
        file("f1", "");
        file("sub/f2", "");
        file("sub/deeper/f3", "");
        file(".dot/f4", "");
        file(".hidden", "");
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("sub"));
    }

    private String sortedFind(String keywords) {
        return w("(map (lambda (f) (substring f (+ (string-length d) 1))) (sort (find-files d " + keywords + ") string<?))");
    }

    @Test
    void find_files_walks_the_tree_without_dotfiles_or_links() throws IOException {
        tree();
        assertThat(sortedFind("")).isEqualTo("(\"f1\" \"link\" \"sub\" \"sub/deeper\" \"sub/deeper/f3\" \"sub/f2\")");
        assertThat(sortedFind("dotfiles: #t")).isEqualTo("(\".dot\" \".dot/f4\" \".hidden\" \"f1\" \"link\" \"sub\""
                + " \"sub/deeper\" \"sub/deeper/f3\" \"sub/f2\")");
        assertThat(sortedFind("follow-symlinks: #t")).isEqualTo("(\"f1\" \"link\" \"link/deeper\" \"link/deeper/f3\" \"link/f2\""
                + " \"sub\" \"sub/deeper\" \"sub/deeper/f3\" \"sub/f2\")");
    }

    @Test
    void find_files_limit_test_action_and_seed() throws IOException {
        tree();
        assertThat(sortedFind("limit: 0")).isEqualTo("(\"f1\" \"link\" \"sub\")");
        assertThat(sortedFind("limit: 1")).isEqualTo("(\"f1\" \"link\" \"sub\" \"sub/deeper\" \"sub/f2\")");
        assertThat(sortedFind("limit: (lambda (dir) (not (string-suffix? \"deeper\" dir)))"))
                .isEqualTo("(\"f1\" \"link\" \"sub\" \"sub/deeper\" \"sub/f2\")");
        // a test that is no procedure is an irregex matched against the whole pathname
        assertThat(sortedFind("test: \".*/f[0-9]\"")).isEqualTo("(\"f1\" \"sub/deeper/f3\" \"sub/f2\")");
        assertThat(sortedFind("test: (lambda (f) (directory-exists? f))")).isEqualTo("(\"link\" \"sub\" \"sub/deeper\")");
        assertThat(w("(find-files d action: (lambda (f n) (+ n 1)) seed: 0 dotfiles: #t)")).isEqualTo("9");
        // a directory is given to action before what it holds
        assertThat(w("(map (lambda (f) (substring f (+ (string-length d) 1))) (find-files (in \"sub/deeper\") action: cons))"))
                .isEqualTo("(\"sub/deeper/f3\")");
        assertThat(w("(map (lambda (f) (substring f (+ (string-length d) 1))) (find-files (in \".dot\") dotfiles: #t))"))
                .isEqualTo("(\".dot/f4\")");
        Files.delete(dir.resolve("sub/f2"));
        assertThat(w("(map (lambda (f) (substring f (+ (string-length d) 1))) (find-files (in \"sub\")))"))
                .isEqualTo("(\"sub/deeper/f3\" \"sub/deeper\")");
    }

    @Test
    void find_files_errors() {
        assertThat(console.raised("(find-files (in \"none\"))")).isEqualTo("((exn message \"cannot open directory - No such"
                + " file or directory\" arguments (" + named("none") + ") location directory) (i/o) (file))");
        assertThat(console.raised("(find-files 'd)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (d) location find-files) (type))");
    }
}
