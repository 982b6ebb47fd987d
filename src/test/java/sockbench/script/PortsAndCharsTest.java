package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case-folding chars and strings, byte and buffer reads, string and file ports (R7RS, CHICKEN's (chicken io) and (chicken port)). */
class PortsAndCharsTest {
    private final TestConsole console = new TestConsole("typed input\n");

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void case_folding_is_ascii() {
        assertThat(w("(list (char-ci=? #\\a #\\A) (char-ci<? #\\a #\\B) (char-upcase #\\a) (char-downcase #\\Q) (char-foldcase #\\Z))"))
                .isEqualTo("(#t #t #\\A #\\q #\\z)");
        assertThat(w("(list (string-ci=? \"Host\" \"HOST\") (string-ci<? \"abc\" \"ABD\") (string-foldcase \"AbC\"))"))
                .isEqualTo("(#t #t \"abc\")");
    }

    @Test
    void bytes_and_peeking() {
        console.eval("(define p (open-input-string \"AB\"))");
        assertThat(w("(list (char-ready? p) (peek-u8 p) (read-u8 p) (peek-char p) (read-char p) (read-u8 p))"))
                .isEqualTo("(#t 65 65 #\\B #\\B #!eof)");
        assertThat(w("(with-output-to-string (lambda () (write-u8 104) (write-u8 105)))")).isEqualTo("\"hi\"");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(write-u8 256)")).kinds()).contains("type");
    }

    @Test
    void read_string_bang_fills_a_string_and_says_how_much() {
        console.eval("(define p (open-input-string \"abcdef\")) (define s (make-string 4 #\\-))");
        assertThat(w("(list (read-string! 3 s p) s)")).isEqualTo("(3 \"abc-\")");
        assertThat(w("(list (read-string! 4 s p 1) s)")).isEqualTo("(3 \"adef\")");
        assertThat(w("(read-string! 2 s p)")).isEqualTo("0");
    }

    @Test
    void string_ports() {
        assertThat(w("(let ((p (open-output-string))) (write 'a p) (display \" b\" p) (get-output-string p))")).isEqualTo("\"a b\"");
        assertThat(w("(with-output-to-string (lambda () (print \"x\" 1)))")).isEqualTo("\"x1\\n\"");
        assertThat(w("(call-with-output-string (lambda (port) (write \"q\" port)))")).isEqualTo("\"\\\"q\\\"\"");
        assertThat(w("(with-input-from-string \"(1 2) rest\" read)")).isEqualTo("(1 2)");
        assertThat(w("(call-with-input-string \"l1\\nl2\\n\" read-lines)")).isEqualTo("(\"l1\" \"l2\")");
        assertThat(w("(read-line)")).isEqualTo("\"typed input\"");
    }

    @Test
    void file_ports(@TempDir Path dir) throws Exception {
        String file = dir.resolve("out.txt").toString();
        console.eval("(with-output-to-file \"" + file + "\" (lambda () (print \"first\") (print \"second\")))");
        assertThat(Files.readString(Path.of(file))).isEqualTo("first\nsecond\n");
        assertThat(w("(call-with-input-file \"" + file + "\" read-line)")).isEqualTo("\"first\"");
        assertThat(w("(with-input-from-file \"" + file + "\" read-lines)")).isEqualTo("(\"first\" \"second\")");
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(open-input-file \"" + dir.resolve("none") + "\")"));
        assertThat(e.kinds()).containsExactly("exn", "i/o", "file");
        assertThat(e.getMessage()).contains("(open-input-file) cannot open file - No such file or directory");
    }
}
