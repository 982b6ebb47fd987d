package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of what CHICKEN 5.3's modules export that scripts reach for: the c[ad]r compositions,
 * the reals' complex parts, eval's environments, read-list, the plists, topological-sort, the
 * random module, srfi-4's u8vector ports, load-relative and (chicken gc). Expected values from the
 * manual, the R7RS, and CHICKEN's own test suite (tests/data-structures-tests.scm).
 */
class LibraryOddsTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void every_composition_of_car_and_cdr_up_to_four() {
        assertThat(w("(caddar '((1 2 3)))")).isEqualTo("3");
        assertThat(w("(cdaddr '(1 2 (3 4)))")).isEqualTo("(4)");
        assertThat(w("(cddddr '(1 2 3 4 5))")).isEqualTo("(5)");
        assertThat(w("(caaaar '((((x)))))")).isEqualTo("x");
        assertThat(w("(cadadr '(1 (2 3)))")).isEqualTo("3");
        // library.scm: (define (caadr x) (car (##core#inline "C_i_cadr" x))): the step that meets a non-pair reports it
        assertThat(console.raised("(caadr '(1 2))"))
                .isEqualTo("((exn message \"bad argument type\" arguments (2) location car) (type))");
        assertThat(console.raised("(cdddar '((1 2)))"))
                .isEqualTo("((exn message \"bad argument type\" arguments (()) location cdr) (type))");
    }

    @Test
    void a_real_is_its_own_real_part() {
        // library.scm: imag-part is 0.0 for a flonum, 0 for another number; angle is atan2(imag, real)
        assertThat(w("(list (real-part 3) (imag-part 3) (imag-part 2.5) (magnitude -7) (magnitude 1/2))"))
                .isEqualTo("(3 0 0.0 7 1/2)");
        assertThat(w("(list (angle 2) (angle -1))")).isEqualTo("(0.0 3.14159265358979)");
        assertThat(console.raised("(magnitude 'x)"))
                .isEqualTo("((exn message \"bad argument type - not a number\" arguments (x) location magnitude) (type))");
    }

    @Test
    void eval_takes_the_report_and_interaction_environments() {
        assertThat(w("(interaction-environment)")).isEqualTo("#<environment interaction-environment>");
        assertThat(w("(scheme-report-environment 5)")).isEqualTo("#<environment scheme-report-environment/5>");
        assertThat(w("(eval '(* 6 7) (scheme-report-environment 5))")).isEqualTo("42");
        assertThat(w("(eval '(if #t 1 2) (null-environment 5))")).isEqualTo("1");
        assertThat(console.raised("(null-environment 7)"))
                .isEqualTo("((exn message \"unsupported null environment version\" arguments (7) location null-environment))");
        assertThat(console.raised("(eval 1 'x)")).isEqualTo(
                "((exn message \"bad argument type - not a structure of the required type\" arguments (x environment) location eval) (type))");
    }

    @Test
    void read_list_reads_every_datum_or_max_of_them() {
        assertThat(w("(with-input-from-string \"1 (2) \\\"x\\\" y\" read-list)")).isEqualTo("(1 (2) \"x\" y)");
        assertThat(w("(call-with-input-string \"1 2 3 4\" (lambda (p) (read-list p read 2)))")).isEqualTo("(1 2)");
        assertThat(w("(call-with-input-string \"a b\" (lambda (p) (read-list p (lambda (p) (let ((x (read p))) (if (symbol? x) (symbol->string x) x))))))"))
                .isEqualTo("(\"a\" \"b\")");
        assertThat(w("(with-error-output-to-string (lambda () (display \"oops\" (current-error-port))))")).isEqualTo("\"oops\"");
    }

    @Test
    void property_lists_on_symbols() {
        // manual: get's default is #f; put! replaces; symbol-plist is the flat list; remprop! says whether it deleted
        assertThat(w("(put! 'ball 'color 'red) (list (get 'ball 'color) (get 'ball 'size) (get 'ball 'size 0))"))
                .isEqualTo("(red #f 0)");
        assertThat(w("(set! (get 'ball 'size) 3) (put! 'ball 'color 'blue) (symbol-plist 'ball)")).isEqualTo("(size 3 color blue)");
        assertThat(w("(receive (k v tail) (get-properties 'ball '(color weight)) (list k v tail))")).isEqualTo("(color blue ())");
        assertThat(w("(receive (k v tail) (get-properties 'ball 'weight) (list k v tail))")).isEqualTo("(#f #f #f)");
        assertThat(w("(list (remprop! 'ball 'size) (remprop! 'ball 'size) (symbol-plist 'ball))")).isEqualTo("(#t #f (color blue))");
        assertThat(w("(set! (symbol-plist 'ball) '(a 1 b 2)) (get 'ball 'b)")).isEqualTo("2");
        assertThat(console.raised("(set! (symbol-plist 'ball) '(a))"))
                .isEqualTo("((exn message \"property-list must be of even length\" arguments ((a) ball)) (type))");
        assertThat(new TestConsole().write("(get 'ball 'b)")).as("each interpreter keeps its own").isEqualTo("#f");
    }

    @Test
    void topological_sort_as_chickens_test_suite_checks_it() {
        assertThat(w("(topological-sort '() eq?)")).isEqualTo("()");
        assertThat(w("(topological-sort '((a b) (b c) (c d)) eq?)")).isEqualTo("(a b c d)");
        assertThat(w("(topological-sort '((a b) (c d)) eq?)")).isEqualTo("(a b c d)");
        assertThat(w("(topological-sort '((i am) (not trying) (confuse the) (am trying) (trying to) (am not)"
                + " (trying the) (to confuse) (the issue)) eq?)")).isEqualTo("(i am not trying to confuse the issue)");
        // manual: a cycle is (exn runtime cycle)
        assertThat(console.raised("(topological-sort '((a b) (b a)) eq?)")).isEqualTo(
                "((exn message \"cycle detected\" arguments ((b a b)) location topological-sort) (runtime) (cycle))");
    }

    @Test
    void random_bytes_and_a_seeded_generator() {
        assertThat(w("(let ((b (random-bytes))) (list (blob? b) (blob-size b)))")).isEqualTo("(#t 64)");
        assertThat(w("(blob-size (random-bytes #f 5))")).isEqualTo("5");
        assertThat(w("(let ((s (make-string 4 #\\a))) (random-bytes s 2) (list (string-length s) (string-ref s 3)))"))
                .isEqualTo("(4 #\\a)");
        assertThat(w("(set-pseudo-random-seed! \"seed\") (define r1 (list (pseudo-random-integer 1000000) (pseudo-random-real)))"
                + " (set-pseudo-random-seed! \"seed\") (equal? r1 (list (pseudo-random-integer 1000000) (pseudo-random-real)))"))
                .isEqualTo("#t");
        assertThat(console.raised("(random-bytes 5)"))
                .isEqualTo("((exn message \"invalid buffer type\" arguments (5) location random-bytes))");
        assertThat(console.raised("(random-bytes (make-blob 2) -1)"))
                .isEqualTo("((exn message \"invalid size\" arguments (-1) location random-bytes))");
    }

    @Test
    void u8vectors_read_and_written_as_bytes() {
        assertThat(w("(read-u8vector 3 (open-input-string \"abcdef\"))")).isEqualTo("#u8(97 98 99)");
        assertThat(w("(read-u8vector #f (open-input-string \"hi\"))")).isEqualTo("#u8(104 105)");
        assertThat(w("(eof-object? (read-u8vector 3 (open-input-string \"\")))")).isEqualTo("#t");
        // srfi-4.scm: n #f, or more than fits, reads to the end of dest from start; the count read
        assertThat(w("(let ((v (make-u8vector 4 0))) (list (read-u8vector! #f v (open-input-string \"xy\") 1) v))"))
                .isEqualTo("(2 #u8(0 120 121 0))");
        assertThat(w("(call-with-output-string (lambda (p) (write-u8vector (u8vector 104 105 33) p 1)))")).isEqualTo("\"i!\"");
        assertThat(w("(call-with-output-string (lambda (p) (write-u8vector (u8vector 1 104 105 33) p 1 3)))")).isEqualTo("\"hi\"");
        assertThat(console.raised("(write-u8vector (u8vector 1 2) (current-output-port) 3)"))
                .isEqualTo("((exn message \"out of range\" arguments (3 0 3) location write-u8vector) (bounds))");
        assertThat(w("(list (number-vector? (f64vector 1.0)) (number-vector? (make-blob 1)))")).isEqualTo("(#t #f)");
    }

    @Test
    void load_relative_finds_a_file_beside_the_one_being_loaded(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/main.scm"), "(load-relative \"helper.scm\") (define from-main (helper))");
        Files.writeString(dir.resolve("lib/helper.scm"), "(define (helper) 'helped)");
        assertThat(w("(load \"" + dir.resolve("lib/main.scm") + "\") from-main")).isEqualTo("helped");
        // load's evalproc gets each form
        assertThat(w("(define seen '()) (load \"" + dir.resolve("lib/helper.scm") + "\" (lambda (x) (set! seen (cons x seen)))) seen"))
                .isEqualTo("((define (helper) (quote helped)))");
    }

    @Test
    void gc_answers_the_heaps_numbers() {
        assertThat(w("(let ((free (gc))) (and (exact-integer? free) (> free 0)))")).isEqualTo("#t");
        assertThat(w("(let ((m (memory-statistics))) (and (= (vector-length m) 3) (<= (vector-ref m 1) (vector-ref m 0))))"))
                .isEqualTo("#t");
        assertThat(w("(exact-integer? (current-gc-milliseconds))")).isEqualTo("#t");
    }

    @Test
    void qs_quotes_for_the_shell_as_posix_scm_does() {
        assertThat(w("(qs \"it's\")")).isEqualTo("\"'it'\\\\''s'\"");
        assertThat(w("(qs \"a\\\"b\" 'mingw32)")).isEqualTo("\"\\\"a\\\"\\\"b\\\"\"");
        assertThat(w("(qs \"\")")).isEqualTo("\"''\"");
        assertThat(w("(process-sleep 0)")).isEqualTo("0");
    }

    @Test
    void the_low_level_families_say_they_are_not_provided() {
        assertThat(console.raised("(pointer->address 0)")).contains("not provided by this console").contains("pointer->address");
        assertThat(console.raised("errno/noent")).contains("not provided by this console");
        assertThat(console.raised("(signal-mask)")).contains("not provided by this console");
    }
}
