package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ErrorMessageTest {
    private final TestConsole console = new TestConsole();

    private SchemeError failure(String source) {
        return catchThrowableOfType(SchemeError.class, () -> console.eval(source));
    }

    @Test
    void an_unknown_name_is_named_with_its_place() {
        SchemeError e = failure("(define x 1)\n(print x\n       frobnicate)");
        // library.scm ##sys#error-hook: code 4 is (##sys#signal-hook #:runtime-error loc "unbound variable" ...)
        assertThat(e.kinds()).containsExactly("exn", "runtime");
        assertThat(e.report()).isEqualTo("Error: (exn runtime) line 3, column 8: unbound variable: frobnicate");
    }

    @Test
    void a_wrong_argument_count_names_the_procedure_and_the_call() {
        SchemeError e = failure("(define (f x y) x)\n  (f 1)");
        assertThat(e.kinds()).containsExactly("exn", "arity");
        // runtime.c C_bad_argc_2: barf(C_BAD_ARGUMENT_COUNT_ERROR, NULL, ..., closure): no location, the procedure as argument
        assertThat(e.getMessage()).isEqualTo("line 2, column 3: bad argument count - received 1 but expected 2: #<procedure (f x y)>");
        assertThat(failure("(car 1 2)").getMessage())
                .isEqualTo("line 1, column 1: bad argument count - received 2 but expected 1: #<procedure (car)>");
    }

    @Test
    void a_type_error_names_the_procedure_the_value_and_the_call() {
        SchemeError e = failure("(define (g s)\n  (string-length s))\n(g 42)");
        assertThat(e.kinds()).containsExactly("exn", "type");
        // runtime.c C_i_string_length: barf(C_BAD_ARGUMENT_TYPE_ERROR, "string-length", s)
        assertThat(e.getMessage()).isEqualTo("line 2, column 3: (string-length) bad argument type: 42");
    }

    @Test
    void an_unbalanced_parenthesis_is_reported_with_its_place() {
        SchemeError e = failure("(print 1)\n(print (+ 1 2)");
        assertThat(e.kinds()).containsExactly("exn", "syntax");
        assertThat(e.getMessage()).isEqualTo("line 2, column 1: missing ')'");
    }

    @Test
    void calling_a_non_procedure_and_bad_syntax_are_reported_with_their_place() {
        assertThat(failure("\n (5 1)").getMessage()).isEqualTo("line 2, column 2: call of non-procedure: 5");
        assertThat(failure("(if)").getMessage()).startsWith("line 1, column 1: (if) bad syntax");
    }

    @Test
    void a_user_error_is_reported_as_chicken_reports_it() {
        // CHICKEN's print-error-message: one argument after ": ", several each on a line of its own
        assertThat(failure("(error \"no route to\" \"host\")").report()).isEqualTo("Error: no route to: \"host\"");
        assertThat(failure("(error \"no route to\" \"host\" 80)").report()).isEqualTo("Error: no route to\n\"host\"\n80");
        assertThat(failure("(error 'connect \"refused\" 80)").report()).isEqualTo("Error: (connect) refused: 80");
        assertThat(failure("(error \"plain\")").report()).isEqualTo("Error: plain");
        // a lone symbol is the message (CHICKEN's ##sys#signal-hook)
        assertThat(failure("(error 'oops)").report()).isEqualTo("Error: oops");
    }
}
