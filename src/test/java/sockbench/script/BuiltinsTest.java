package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class BuiltinsTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void lists() {
        assertThat(w("(list (car '(1 2)) (cdr '(1 2)) (cadr '(1 2 3)) (length '(1 2 3)))")).isEqualTo("(1 (2) 2 3)");
        assertThat(w("(append '(1) '(2 3) '() '(4))")).isEqualTo("(1 2 3 4)");
        assertThat(w("(reverse '(1 2 3))")).isEqualTo("(3 2 1)");
        assertThat(w("(list-ref '(a b c) 2)")).isEqualTo("c");
        assertThat(w("(map + '(1 2 3) '(10 20 30))")).isEqualTo("(11 22 33)");
        assertThat(w("(filter odd? '(1 2 3 4 5))")).isEqualTo("(1 3 5)");
        assertThat(w("(assoc \"b\" '((\"a\" . 1) (\"b\" . 2)))")).isEqualTo("(\"b\" . 2)");
        assertThat(w("(assq 'c '((a 1)))")).isEqualTo("#f");
        assertThat(w("(member '(1) '(a (1) b))")).isEqualTo("((1) b)");
        assertThat(w("(memq 'b '(a b c))")).isEqualTo("(b c)");
        assertThat(w("(fold + 0 '(1 2 3))")).isEqualTo("6");
        assertThat(w("(sort '(3 1 2) <)")).isEqualTo("(1 2 3)");
        assertThat(w("(let ((v (make-vector 2 0))) (vector-set! v 1 'x) (list v (vector-length v) (vector->list v)))"))
                .isEqualTo("(#(0 x) 2 (0 x))");
        console.eval("(define acc '()) (for-each (lambda (x) (set! acc (cons x acc))) '(1 2 3))");
        assertThat(w("acc")).isEqualTo("(3 2 1)");
    }

    @Test
    void numbers() {
        // CHICKEN 5: exact division of integers is a ratio
        assertThat(w("(list (+ 1 2) (- 10 4) (- 5) (* 2 3 4) (/ 6 3) (/ 1 2) (quotient 17 5) (remainder -17 5) (modulo -17 5))"))
                .isEqualTo("(3 6 -5 24 2 1/2 3 -2 3)");
        assertThat(w("(list (= 1 1 1) (< 1 2 3) (> 3 1 2) (<= 1 1) (>= 2 3) (min 3 1 2) (max 1 2.0) (abs -4))"))
                .isEqualTo("(#t #t #f #t #f 1 2.0 4)");
        assertThat(w("(list (zero? 0) (even? 4) (odd? 4) (number->string 255 16) (string->number \"1e3\") (string->number \"x\"))"))
                .isEqualTo("(#t #t #f \"ff\" 1000.0 #f)");
        assertThat(w("(list (bitwise-ior 1 2 4) (bitwise-and 12 10) (bitwise-xor 12 10) (bitwise-not 0) (arithmetic-shift 1 10) (arithmetic-shift 1024 -3))"))
                .isEqualTo("(7 8 6 -1 1024 128)");
        assertThat(w("(list (exact->inexact 1) (inexact->exact 2.0) (round 2.5) (truncate -2.7) (sqrt 16) (expt 2 10))"))
                .isEqualTo("(1.0 2 2.0 -2.0 4 1024)");
        assertThat(w("(+ 9223372036854775807 1)")).isEqualTo("9223372036854775808"); // a bignum in CHICKEN 5
    }

    @Test
    void strings_and_chars() {
        assertThat(w("(list (string-length \"abc\") (string-append \"a\" \"bc\") (substring \"hello\" 1 3) (string-ref \"abc\" 1))"))
                .isEqualTo("(3 \"abc\" \"el\" #\\b)");
        assertThat(w("(let ((s (make-string 3 #\\a))) (string-set! s 1 #\\b) s)")).isEqualTo("\"aba\"");
        assertThat(w("(list (string=? \"a\" \"a\") (string<? \"a\" \"b\") (string->list \"ab\") (list->string '(#\\x #\\y)))"))
                .isEqualTo("(#t #t (#\\a #\\b) \"xy\")");
        assertThat(w("(list (string->symbol \"foo\") (symbol->string 'bar) (string-upcase \"get\") (string-split \"a b  c\"))"))
                .isEqualTo("(foo \"bar\" \"GET\" (\"a\" \"b\" \"c\"))");
        assertThat(w("(list (char->integer #\\A) (integer->char 97) (char-upcase #\\a) (char-numeric? #\\5))"))
                .isEqualTo("(65 #\\a #\\A #t)");
        assertThat(w("(conc \"a\" 1 'b)")).isEqualTo("\"a1b\"");
    }

    @Test
    void make_string_of_nul_chars_holds_four_zero_bytes() {
        MString s = (MString) console.eval("(make-string 4 #\\x0)");
        assertThat(s.toBytes()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void predicates_and_equality() {
        assertThat(w("(list (null? '()) (pair? '(1)) (list? '(1 . 2)) (string? \"s\") (symbol? 'a) (number? 1.5) (procedure? car) (boolean? #f))"))
                .isEqualTo("(#t #t #f #t #t #t #t #t)");
        assertThat(w("(list (eq? 'a 'a) (eq? 100 100) (eqv? 1.5 1.5) (equal? '(1 \"a\") '(1 \"a\")) (eq? \"a\" \"a\") (not 3))"))
                .isEqualTo("(#t #t #t #t #f #f)");
    }

    @Test
    void blobs() {
        assertThat(w("(list (blob-size (make-blob 4)) (blob->string (string->blob \"ab\")) (blob? #${00}) (blob=? #${0102} #${0102}))"))
                .isEqualTo("(4 \"ab\" #t #t)");
        assertThat(w("(make-blob 2)")).isEqualTo("#${0000}");
    }

    @Test
    void u32vector_to_blob_shared_gives_native_byte_order_and_shares_storage() {
        String expected = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "#${04030201}" : "#${01020304}";
        assertThat(w("(u32vector->blob/shared (u32vector #x01020304))")).isEqualTo(expected);
        assertThat(w("(define v (u32vector 0)) (define b (u32vector->blob/shared v)) (u32vector-set! v 0 #xffffffff) b"))
                .isEqualTo("#${ffffffff}");
        assertThat(w("(u32vector->list (u32vector 1 4294967295))")).isEqualTo("(1 4294967295)");
    }

    @Test
    void ports() {
        TestConsole withInput = new TestConsole("first line\r\nsecond\nxyz");
        assertThat(withInput.write("(read-line)")).isEqualTo("\"first line\"");
        assertThat(withInput.write("(read-char)")).isEqualTo("#\\s");
        assertThat(withInput.write("(read-line)")).isEqualTo("\"econd\"");
        assertThat(withInput.write("(read-string 2)")).isEqualTo("\"xy\"");
        assertThat(withInput.write("(read-string #f)")).isEqualTo("\"z\"");
        assertThat(withInput.write("(eof-object? (read-line))")).isEqualTo("#t");
        assertThat(w("(with-output-to-string (lambda () (write-string \"ab\") (write-line \"c\") (write 'd)))"))
                .isEqualTo("\"abc\\nd\"");
        assertThat(w("(let ((p (open-output-string))) (display 42 p) (get-output-string p))")).isEqualTo("\"42\"");
        assertThat(w("(read (open-input-string \"(a . b)\"))")).isEqualTo("(a . b)");
    }

    @Test
    void java_values_defined_as_globals_become_scheme_values() {
        console.interpreter.globals().define("name", "héllo");
        console.interpreter.globals().define("fd", 19);
        console.interpreter.globals().define("so/undefined", null);
        assertThat(w("(list (string-length name) (+ fd 1) so/undefined)")).isEqualTo("(6 20 #f)");
    }

    @Test
    void ports_wrap_plain_java_streams() throws Exception {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        console.interpreter.globals().define("o", new OutputPort(sink, "sink"));
        console.interpreter.globals().define("i", InputPort.ofBytes(new byte[] {'h', 'i', (byte) 0xff, '\n'}, "bytes"));
        console.eval("(write-string (read-line i) #f o) (flush-output o) (close-output-port o) (close-input-port i)");
        assertThat(sink.toByteArray()).containsExactly('h', 'i', 0xff);
    }
}
