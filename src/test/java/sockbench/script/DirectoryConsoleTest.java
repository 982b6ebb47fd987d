package sockbench.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console whose program works in a directory of the test's own: {@code d} names it, and
 * {@code (in name)} a file in it. The file-procedure tests build on it.
 */
abstract class DirectoryConsoleTest {
    final TestConsole console = new TestConsole();

    @TempDir
    Path dir;

    @BeforeEach
    void name_the_directory() {
        console.eval("(define d \"" + dir + "\") (define (in name) (string-append d \"/\" name))");
    }

    String w(String source) {
        return console.write(source);
    }

    /** A file of the directory (its parent directories made) holding {@code contents}. */
    Path file(String name, String contents) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, contents);
    }

    /** The written form of the string naming {@code name} in the directory. */
    String named(String name) {
        return "\"" + dir.resolve(name) + "\"";
    }
}
