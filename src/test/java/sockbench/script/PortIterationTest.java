package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * (chicken port)'s port-for-each, port-map, port-fold and copy-port, (chicken io)'s read-token, and
 * the small ones of (chicken bitwise), (chicken string) and (chicken keyword), from their manual pages.
 */
class PortIterationTest {
    private final TestConsole console = new TestConsole();

    @Test
    void the_port_loops_call_the_thunk_until_eof() {
        assertThat(console.write("(call-with-input-string \"1 2 (3)\" (lambda (p) (port-map (lambda (x) (list x)) (lambda () (read p)))))"))
                .isEqualTo("((1) (2) ((3)))");
        // port-fold: FN gets the value and the accumulator, in that order
        assertThat(console.write("(call-with-input-string \"a b c\" (lambda (p) (port-fold cons '() (lambda () (read p)))))"))
                .isEqualTo("(c b a)");
        assertThat(console.write("(let ((n 0)) (call-with-input-string \"x y\" (lambda (p) (port-for-each (lambda (s) (set! n (+ n 1))) (lambda () (read p))))) n)"))
                .isEqualTo("2");
    }

    @Test
    void copy_port_reads_char_by_char_unless_told_otherwise() {
        assertThat(console.write("(call-with-output-string (lambda (o) (call-with-input-string \"copy me\" (lambda (i) (copy-port i o)))))"))
                .isEqualTo("\"copy me\"");
        assertThat(console.write("(call-with-output-string (lambda (o) (call-with-input-string \"ab\" (lambda (i)"
                + " (copy-port i o read-char (lambda (c port) (write-char (char-upcase c) port)))))))")).isEqualTo("\"AB\"");
    }

    @Test
    void read_token_reads_while_the_predicate_holds() {
        assertThat(console.write("(call-with-input-string \"abc123 rest\" (lambda (p) (list (read-token char-alphabetic? p)"
                + " (read-token char-numeric? p) (read-char p))))")).isEqualTo("(\"abc\" \"123\" #\\space)");
    }

    @Test
    void bits_keywords_and_reversed_strings() {
        // (chicken bitwise): 2's complement length; bit 0 the least significant
        assertThat(console.write("(list (integer-length 255) (integer-length 256) (integer-length -1) (bit->boolean 5 0) (bit->boolean 5 1))"))
                .isEqualTo("(8 9 0 #t #f)");
        assertThat(console.write("(reverse-string-append '(\"c\" \"b\" \"a\"))")).isEqualTo("\"abc\"");
        assertThat(console.write("(list (get-keyword foo: '(bar: 1 foo: 2)) (get-keyword baz: '(bar: 1)) (get-keyword baz: '() (lambda () 'none)))"))
                .isEqualTo("(2 #f none)");
    }
}
