package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplTest {

    private static TestConsole run(String input) {
        TestConsole console = new TestConsole(input);
        int status = new Repl(console.interpreter).run();
        assertThat(status).isZero();
        return console;
    }

    @Test
    void echoes_each_value() {
        assertThat(run("(+ 1 2)\n").output()).isEqualTo("; => 3\n");
    }

    @Test
    void echoes_nothing_for_unspecified_and_each_of_several_values_on_its_own_line() {
        assertThat(run("(define x 5) (if #f #f) (values 1 \"two\") x\n").output())
                .isEqualTo("; => 1\n; => \"two\"\n; => 5\n");
    }

    @Test
    void reports_a_user_error_as_chicken_does_and_goes_on() {
        assertThat(run("(error \"msg\" 'obj)\n(+ 1 2)\n").output()).isEqualTo("Error: msg: obj\n; => 3\n");
    }

    @Test
    void records_and_hash_tables_echo_as_chicken_prints_them() {
        assertThat(run("(define-record-type point (make-point x y) point? (x px) (y py))\n(make-point 1 2)\n(make-hash-table)\n").output())
                .isEqualTo("; => #<point>\n; => #<hash-table (0)>\n");
    }

    @Test
    void reports_an_error_with_its_place_and_goes_on() {
        assertThat(run("(car '())\n(+ 1 2)\n").output()).isEqualTo(
                "Error: (exn type) line 1, column 1: (car) bad argument type: ()\n; => 3\n");
    }

    @Test
    void goes_on_after_a_syntax_error() {
        assertThat(run(") (+ 1 2)").output()).isEqualTo("Error: (exn syntax) line 1, column 1: unexpected ')'\n; => 3\n");
    }

    @Test
    void output_of_the_program_and_echoes_interleave_in_order() {
        assertThat(run("(print \"hi\") 7").output()).isEqualTo("hi\n; => 7\n");
    }

    @Test
    void read_line_reads_from_the_same_input_as_the_repl() {
        assertThat(run("(read-line)typed after\n").output()).isEqualTo("; => \"typed after\"\n");
    }

    @Test
    void shows_the_prompt_before_each_form_and_stops_at_exit() {
        TestConsole console = new TestConsole("1 (exit 4) 2");
        assertThat(new Repl(console.interpreter).prompt("#;> ").run()).isEqualTo(4);
        assertThat(console.output()).isEqualTo("#;> ; => 1\n#;> ");
    }

    @Test
    void comma_q_leaves_the_loop() {
        assertThat(run("1\n,q\n2\n").output()).isEqualTo("; => 1\n");
    }

    @Test
    void a_form_is_complete_when_its_parentheses_close_outside_strings_characters_and_comments() {
        assertThat(FormScanner.isComplete("(define (f x)")).isFalse();
        assertThat(FormScanner.isComplete("(define (f x)\n  (* x 2))")).isTrue();
        assertThat(FormScanner.isComplete("(display \"(\")")).isTrue();
        assertThat(FormScanner.isComplete("(display \"unclosed)")).isFalse();
        assertThat(FormScanner.isComplete("(list #\\( #\\))")).isTrue();
        assertThat(FormScanner.isComplete("(+ 1 ; a comment (\n 2)")).isTrue();
        assertThat(FormScanner.isComplete("#| (( |# 5")).isTrue();
        assertThat(FormScanner.isComplete(",q")).isTrue();
    }
}
