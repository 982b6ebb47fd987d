package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrinterTest {
    private final TestConsole console = new TestConsole();

    @Test
    void write_quotes_strings_and_chars_inside_lists_display_does_not() {
        Object list = console.eval("(list \"two\" #\\3 'sym \"a\\\"b\")");
        assertThat(Printer.write(list)).isEqualTo("(\"two\" #\\3 sym \"a\\\"b\")");
        assertThat(Printer.display(list)).isEqualTo("(two 3 sym a\"b)");
    }

    @Test
    void display_and_write_through_the_console() {
        console.eval("(display '(1 \"two\" #\\3)) (newline) (write '(1 \"two\" #\\3)) (newline)");
        assertThat(console.output()).isEqualTo("(1 two 3)\n(1 \"two\" #\\3)\n");
    }

    @Test
    void print_displays_every_argument_then_a_newline() {
        console.eval("(print \"x\" 1 '(\"y\" #\\z) type:)");
        assertThat(console.output()).isEqualTo("x1(y z)type:\n");
    }

    @Test
    void basic_values_print_as_chicken_prints_them() {
        assertThat(console.write("#t")).isEqualTo("#t");
        assertThat(console.write("#f")).isEqualTo("#f");
        assertThat(console.write("'()")).isEqualTo("()");
        assertThat(console.write("(cons 'a 'b)")).isEqualTo("(a . b)");
        assertThat(console.write("'(1 2 . 3)")).isEqualTo("(1 2 . 3)");
        assertThat(console.write("(string->blob \"\\x08\\x00\\xff\")")).isEqualTo("#${0800ff}");
        assertThat(console.write("#\\a")).isEqualTo("#\\a");
        assertThat(console.write("#\\space")).isEqualTo("#\\space");
        // CHICKEN 5 NEWS: "Keywords are now always written in portable style by WRITE"
        assertThat(console.write("'type:")).isEqualTo("#:type");
        assertThat(console.write("(string (integer->char 1) (integer->char 11) (integer->char 127))")).isEqualTo("\"\\x01\\v\\x7f\"");
        assertThat(console.write("(list (integer->char 0) (integer->char 11))")).isEqualTo("(#\\null #\\vtab)");
        assertThat(console.write("(map string->symbol '(\":a\" \"a\\\\b\" \"a\\nb\"))")).isEqualTo("(|:a| |a\\\\b| |a\\x0ab|)");
        assertThat(console.write("(exact->inexact 1)")).isEqualTo("1.0");
        assertThat(console.write("12345678.5")).isEqualTo("12345678.5");
        assertThat(console.write("(* 1.0 1e21)")).isEqualTo("1e+21");
        assertThat(console.write("(void)")).isEqualTo("#<unspecified>");
        assertThat(console.write("(read-char (open-input-string \"\"))")).isEqualTo("#!eof");
    }

    @Test
    void procedures_print_with_their_names() {
        assertThat(console.write("car")).isEqualTo("#<procedure (car)>");
        assertThat(console.write("(define (frob x) x) frob")).isEqualTo("#<procedure (frob x)>");
        assertThat(console.write("(define g (lambda () 1)) g")).isEqualTo("#<procedure (g)>");
    }

    @Test
    void a_lambda_prints_its_lambda_info_as_eval_scm_makes_it() {
        // eval.scm, ##core#lambda: info is (cons (or h '?) llist), written; h is the variable of the
        // set! (define) or let binding whose value the lambda is, passed through macro expansion only
        assertThat(console.write("(lambda (x y) x)")).isEqualTo("#<procedure (? x y)>");
        assertThat(console.write("(define (rest . args) args) rest")).isEqualTo("#<procedure (rest . args)>");
        assertThat(console.write("(define (opt a #!optional b) a) opt")).isEqualTo("#<procedure (opt a #!optional b)>");
        assertThat(console.write("(let ((inc (lambda (n) (+ n 1)))) inc)")).isEqualTo("#<procedure (inc n)>");
        assertThat(console.write("(define h #f) (set! h (lambda (z) z)) h")).isEqualTo("#<procedure (h z)>");
        assertThat(console.write("(let loop ((i 0) (j 1)) loop)")).isEqualTo("#<procedure (loop i j)>");
        assertThat(console.write("(define (outer) (define (inner q) q) inner) (outer)")).isEqualTo("#<procedure (inner q)>");
        // a let's body, an if's branch, a call's value: no variable is being bound there
        assertThat(console.write("(define counter (let ((n 0)) (lambda () n))) counter")).isEqualTo("#<procedure (?)>");
        assertThat(console.write("(define (adder k) (lambda (x) (+ x k))) (define add1 (adder 1)) add1"))
                .isEqualTo("#<procedure (? x)>");
        assertThat(console.write("(define pick (if #t (lambda (a) a) #f)) pick")).isEqualTo("#<procedure (? a)>");
        // a macro's expansion is compiled with the same name
        assertThat(console.write("(define-syntax fn (syntax-rules () ((_ args body) (lambda args body))))"
                + " (define ident (fn (v) v)) ident")).isEqualTo("#<procedure (ident v)>");
        // a procedure keeps its name under another
        assertThat(console.write("(define (frob x) x) (define alias frob) alias")).isEqualTo("#<procedure (frob x)>");
    }

    @Test
    void java_objects_print_through_to_string() {
        Object socket = new Object() {
            @Override
            public String toString() {
                return "#<socket fd:19 af/inet sock/stream>";
            }
        };
        console.interpreter.globals().define("s", socket);
        assertThat(console.write("(list s)")).isEqualTo("(#<socket fd:19 af/inet sock/stream>)");
        console.eval("(display s)");
        assertThat(console.output()).isEqualTo("#<socket fd:19 af/inet sock/stream>");
    }

    @Test
    void circular_and_very_deep_structures_print_without_end() {
        assertThat(console.write("(define l (list 1 2 3)) (set-cdr! (cddr l) l) l")).startsWith("(1 2 3 1").endsWith(" ...)");
        assertThat(console.write("(let loop ((i 0) (x '())) (if (= i 5000) x (loop (+ i 1) (list x))))")).contains("...");
    }

    @Test
    void conditions_print_with_their_kinds() {
        assertThat(console.write("(condition-case (car 1) (e () e))")).isEqualTo("#<condition: (exn type)>");
    }

    @Test
    void strings_with_bytes_above_127_are_written_as_those_bytes() {
        console.eval("(display \"é\")");
        assertThat(console.output()).isEqualTo("é");
        assertThat(console.eval("(string-length \"é\")")).isEqualTo(2L);
    }
}
