package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code pp} as extras.scm's generic-write lays a form out (Module (chicken pretty-print)): one line
 * when it fits, else split by the style of its head with the body indented by two.
 */
class PrettyPrintTest {
    private final TestConsole console = new TestConsole();

    private String pp(String form) {
        int before = console.output().length();
        console.eval("(pp '" + form + ")");
        return console.output().substring(before);
    }

    @Test
    void a_form_that_fits_stays_on_one_line_with_quotes_abbreviated() {
        assertThat(pp("(define (f x) (let loop ((i 0)) (if (< i 10) (loop (+ i 1)) i)))"))
                .isEqualTo("(define (f x) (let loop ((i 0)) (if (< i 10) (loop (+ i 1)) i)))\n");
        assertThat(pp("(a 'b `(c ,d ,@e) #(1 2) \"s\" 1.5)")).isEqualTo("(a 'b `(c ,d ,@e) #(1 2) \"s\" 1.5)\n");
    }

    @Test
    void a_define_too_wide_keeps_its_head_and_indents_its_body_by_two() {
        // pp-lambda: the lambda list beside the head, the body under column 2; let's bindings beside it
        assertThat(pp("(define (long-function-name argument-one argument-two) (let ((result (compute-something"
                + " argument-one argument-two))) (display result) (newline) result))")).isEqualTo("""
                (define (long-function-name argument-one argument-two)
                  (let ((result (compute-something argument-one argument-two)))
                    (display result)
                    (newline)
                    result))
                """);
    }

    @Test
    void cond_clauses_line_up_under_the_first_and_the_width_is_a_parameter() {
        console.eval("(pretty-print-width 30)");
        assertThat(pp("(cond ((assq key table) => cdr) ((null? rest) (error \"none\")) (else (loop (cdr rest))))")).isEqualTo("""
                (cond ((assq key table) => cdr)
                      ((null? rest) (error "none"))
                      (else (loop (cdr rest))))
                """);
        // whatever the width, a line may take 50 columns (max-expr-width): 49 characters stay on one line,
        // 52 do not, and a list whose head is no symbol goes one item a line under the first (pp-list)
        assertThat(pp("(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19)")).isEqualTo("(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19)\n");
        assertThat(pp("(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20)")).startsWith("(1\n 2\n 3\n").endsWith("\n 20)\n");
    }

    @Test
    void pretty_print_takes_a_port_and_pp_is_the_same_procedure() {
        assertThat(console.write("(eq? pp pretty-print)")).isEqualTo("#t");
        assertThat(console.write("(call-with-output-string (lambda (o) (pretty-print '(a b) o)))")).isEqualTo("\"(a b)\\n\"");
    }
}
