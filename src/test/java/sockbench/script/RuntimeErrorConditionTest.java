package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The conditions of CHICKEN 5.3's runtime errors, as runtime.c's accessors barf them and library.scm's
 * ##sys#error-hook and ##sys#signal-hook make them: kinds, message, arguments and location.
 */
class RuntimeErrorConditionTest {
    private final TestConsole console = new TestConsole();

    private String raised(String expression) {
        return console.raised(expression);
    }

    private static String exn(String message, String arguments, String location, String kind) {
        String at = location == null ? "" : " location " + location;
        return "((exn message \"" + message + "\" arguments " + arguments + at + ") (" + kind + "))";
    }

    @Test
    void an_accessor_out_of_range_carries_the_object_and_the_index() {
        // runtime.c C_i_vector_ref: if(j < 0 || j >= C_header_size(v)) barf(C_OUT_OF_RANGE_ERROR, "vector-ref", v, i)
        assertThat(raised("(vector-ref (vector 1 2 3) 10)")).isEqualTo(exn("out of range", "(#(1 2 3) 10)", "vector-ref", "bounds"));
        assertThat(raised("(vector-ref (vector 1 2 3) -1)")).isEqualTo(exn("out of range", "(#(1 2 3) -1)", "vector-ref", "bounds"));
        // C_i_vector_set: barf(C_OUT_OF_RANGE_ERROR, "vector-set!", v, i)
        assertThat(raised("(vector-set! (vector 1) 1 0)")).isEqualTo(exn("out of range", "(#(1) 1)", "vector-set!", "bounds"));
        // C_i_string_ref, C_i_string_set: barf(C_OUT_OF_RANGE_ERROR, "string-ref", s, i)
        assertThat(raised("(string-ref \"abc\" 3)")).isEqualTo(exn("out of range", "(\"abc\" 3)", "string-ref", "bounds"));
        assertThat(raised("(string-set! (make-string 2) -1 #\\a)")).isEqualTo(exn("out of range", "(\"  \" -1)", "string-set!", "bounds"));
        // C_i_u8vector_ref: barf(C_OUT_OF_RANGE_ERROR, "u8vector-ref", v, i)
        assertThat(raised("(u8vector-ref (u8vector 1 2) 2)")).isEqualTo(exn("out of range", "(#u8(1 2) 2)", "u8vector-ref", "bounds"));
    }

    @Test
    void list_tail_and_list_ref_are_checked_as_c_i_list_tail() {
        // runtime.c C_i_list_tail: running out of pairs is barf(C_OUT_OF_RANGE_ERROR, "list-tail", lst0, i)
        assertThat(raised("(list-tail '(1 2) 3)")).isEqualTo(exn("out of range", "((1 2) 3)", "list-tail", "bounds"));
        assertThat(raised("(list-tail 5 0)")).isEqualTo(exn("bad argument type", "(5)", "list-tail", "type"));
        // chicken.h: C_i_list_ref(lst, i) is C_i_car(C_i_list_tail(lst, i))
        assertThat(raised("(list-ref '(1 2) 5)")).isEqualTo(exn("out of range", "((1 2) 5)", "list-tail", "bounds"));
        assertThat(raised("(list-ref '(1 2) 2)")).isEqualTo(exn("bad argument type", "(())", "car", "type"));
    }

    @Test
    void substring_checks_fixnums_then_the_range_of_start_and_end() {
        // library.scm substring: (##sys#error-hook C_OUT_OF_RANGE_ERROR 'substring start end)
        assertThat(raised("(substring \"abc\" 2 1)")).isEqualTo(exn("out of range", "(2 1)", "substring", "bounds"));
        assertThat(raised("(substring \"abc\" 1 4)")).isEqualTo(exn("out of range", "(1 4)", "substring", "bounds"));
        // (##sys#check-fixnum start 'substring): C_BAD_ARGUMENT_TYPE_NO_FIXNUM_ERROR
        assertThat(raised("(substring \"abc\" 'x)")).isEqualTo(exn("bad argument type - not a fixnum", "(x)", "substring", "type"));
    }

    @Test
    void inline_accessors_say_plainly_bad_argument_type() {
        // runtime.c: barf(C_BAD_ARGUMENT_TYPE_ERROR, "car", x) and the like, no "- not a ..."
        assertThat(raised("(car 5)")).isEqualTo(exn("bad argument type", "(5)", "car", "type"));
        assertThat(raised("(cdr '())")).isEqualTo(exn("bad argument type", "(())", "cdr", "type"));
        assertThat(raised("(set-car! 1 2)")).isEqualTo(exn("bad argument type", "(1)", "set-car!", "type"));
        // C_i_cadr barfs with what is no pair on the way; library.scm's cdddr is (cdr (cdr (cdr x)))
        assertThat(raised("(cadr '(1))")).isEqualTo(exn("bad argument type", "(())", "cadr", "type"));
        assertThat(raised("(cdddr '(1 2))")).isEqualTo(exn("bad argument type", "(())", "cdr", "type"));
        // C_i_vector_ref checks the vector, then that the index is a fixnum
        assertThat(raised("(vector-ref '(1) 0)")).isEqualTo(exn("bad argument type", "((1))", "vector-ref", "type"));
        assertThat(raised("(vector-ref (vector 1) 1.5)")).isEqualTo(exn("bad argument type", "(1.5)", "vector-ref", "type"));
        assertThat(raised("(string-ref 'a 0)")).isEqualTo(exn("bad argument type", "(a)", "string-ref", "type"));
        assertThat(raised("(string-length 1)")).isEqualTo(exn("bad argument type", "(1)", "string-length", "type"));
        assertThat(raised("(vector-length \"a\")")).isEqualTo(exn("bad argument type", "(\"a\")", "vector-length", "type"));
        // C_i_memq: if(lst != C_SCHEME_END_OF_LIST) barf(C_BAD_ARGUMENT_TYPE_ERROR, "memq", lst); C_i_assq likewise
        assertThat(raised("(memq 'a '(b . c))")).isEqualTo(exn("bad argument type", "(c)", "memq", "type"));
        assertThat(raised("(assq 'a '(1))")).isEqualTo(exn("bad argument type", "(1)", "assq", "type"));
        // C_apply: barf(C_BAD_ARGUMENT_TYPE_ERROR, "apply", lst), barf(C_NOT_A_CLOSURE_ERROR, "apply", fn)
        assertThat(raised("(apply list 1)")).isEqualTo(exn("bad argument type", "(1)", "apply", "type"));
        assertThat(raised("(apply 1 '())")).isEqualTo(exn("call of non-procedure", "(1)", "apply", "type"));
    }

    @Test
    void checked_procedures_say_what_they_wanted() {
        // C_i_length: C_NOT_A_PROPER_LIST_ERROR; C_plus and C_2_less_p: C_BAD_ARGUMENT_TYPE_NO_NUMBER_ERROR
        assertThat(raised("(length '(1 . 2))")).isEqualTo(exn("bad argument type - not a proper list", "((1 . 2))", "length", "type"));
        assertThat(raised("(+ 1 'a)")).isEqualTo(exn("bad argument type - not a number", "(a)", "+", "type"));
        assertThat(raised("(< 1 'a)")).isEqualTo(exn("bad argument type - not a number", "(a)", "<", "type"));
        // library.scm: ##sys#check-symbol, ##sys#check-string, ##sys#check-char
        assertThat(raised("(symbol->string \"a\")")).isEqualTo(exn("bad argument type - not a symbol", "(\"a\")", "symbol->string", "type"));
        assertThat(raised("(string->symbol 'a)")).isEqualTo(exn("bad argument type - not a string", "(a)", "string->symbol", "type"));
        assertThat(raised("(char->integer 1)")).isEqualTo(exn("bad argument type - not a character", "(1)", "char->integer", "type"));
    }

    @Test
    void a_wrong_count_names_the_procedure_as_its_argument() {
        console.eval("(define (f x) x) (define (h x #!optional y) x) (define (five a b c d e) a)");
        // library.scm error-hook code 1: "bad argument count - received " n " but expected " c, (list fn)
        assertThat(raised("(f)")).isEqualTo(exn("bad argument count - received 0 but expected 1", "(#<procedure (f x)>)", null, "arity"));
        assertThat(raised("(car 1 2)")).isEqualTo(exn("bad argument count - received 2 but expected 1", "(#<procedure (car)>)", null, "arity"));
        // code 2, for a lambda with a rest list (optionals are one): "too few arguments - received ..."
        assertThat(raised("((lambda (x . r) x))")).isEqualTo(exn("too few arguments - received 0 but expected 1", "(#<procedure (? x . r)>)", null, "arity"));
        assertThat(raised("(h)")).isEqualTo(exn("too few arguments - received 0 but expected 1", "(#<procedure (h x #!optional y)>)", null, "arity"));
        assertThat(raised("(substring \"a\")")).isEqualTo(exn("too few arguments - received 1 but expected 2", "(#<procedure (substring)>)", null, "arity"));
        // runtime.c C_apply: C_bad_min_argc(c, 4), which has no closure to show
        assertThat(raised("(apply f)")).isEqualTo(exn("too few arguments - received 1 but expected 2", "()", null, "arity"));
        // eval.scm: more than 4 required parameters, the interpreter counts: (##sys#error "bad argument count" argc len)
        assertThat(raised("(five 1)")).isEqualTo("((exn message \"bad argument count\" arguments (5 1)))");
    }

    @Test
    void case_lambda_is_a_lambda_of_its_fewest_parameters() {
        console.eval("(define c (case-lambda ((a) 1) ((a b c) 3)))");
        assertThat(raised("(c)")).isEqualTo(exn("too few arguments - received 0 but expected 1", "(#<procedure (c)>)", null, "arity"));
        // chicken-syntax.scm: (##sys#error "no matching clause in call to 'case-lambda' form")
        assertThat(raised("(c 1 2)")).isEqualTo("((exn message \"no matching clause in call to 'case-lambda' form\" arguments ()))");
    }

    @Test
    void an_unbound_variable_is_a_runtime_error() {
        // library.scm error-hook: ((4) (apply ##sys#signal-hook #:runtime-error loc "unbound variable" args))
        assertThat(raised("no-such-thing")).isEqualTo(exn("unbound variable", "(no-such-thing)", null, "runtime"));
        assertThat(console.write("(condition-case no-such-thing ((exn runtime) 'runtime))")).isEqualTo("runtime");
        assertThat(raised("process-fork")).isEqualTo(exn("not provided by this console", "(process-fork)", null, "runtime"));
    }
}
