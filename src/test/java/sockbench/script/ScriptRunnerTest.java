package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRunnerTest {
    private final TestConsole console = new TestConsole();
    private final ScriptRunner runner = new ScriptRunner(console.interpreter);

    @Test
    void a_script_that_ends_normally_exits_with_zero() {
        assertThat(runner.run("(define (sq x) (* x x))\n(print (sq 7))")).isZero();
        assertThat(console.output()).isEqualTo("49\n");
    }

    @Test
    void an_uncaught_error_stops_the_script_with_a_non_zero_status_and_a_report() {
        assertThat(runner.run("(print 1)\n(car 5)\n(print 2)")).isEqualTo(ScriptRunner.ERROR_STATUS);
        assertThat(console.output()).isEqualTo("1\n");
        assertThat(console.errors()).isEqualTo("Error: (exn type) line 2, column 1: (car) bad argument type: 5\n");
    }

    @Test
    void an_uncaught_user_error_is_reported_as_chicken_reports_it() {
        // CHICKEN: "Error: msg: obj" for one argument, and exit status 70
        assertThat(runner.run("(print 'before)\n(error \"cannot reach\" \"example.org\")")).isEqualTo(ScriptRunner.ERROR_STATUS);
        assertThat(console.output()).isEqualTo("before\n");
        assertThat(console.errors()).isEqualTo("Error: cannot reach: \"example.org\"\n");
    }

    @Test
    void exit_gives_its_status() {
        assertThat(runner.run("(exit 3) (print 'never)")).isEqualTo(3);
        assertThat(console.output()).isEmpty();
        // library.scm's exit-handler checks for a fixnum: (exit #f) is an error, not a status
        assertThat(runner.run("(exit #f)")).isEqualTo(ScriptRunner.ERROR_STATUS);
        assertThat(console.errors()).contains("bad argument type - not a fixnum: #f");
    }

    @Test
    void a_file_runs_with_its_name_and_arguments_as_csi_s_gives_them(@TempDir Path dir) throws Exception {
        // csi.scm: (program-name (cadr script)) (command-line-arguments (cddr script)); both are parameters
        Path script = dir.resolve("client.scm");
        Files.writeString(script, "(write (list (program-name) (command-line-arguments)))"
                + " (command-line-arguments '(\"x\")) (write (command-line-arguments))");
        assertThat(runner.run(script, java.util.List.of("127.0.0.1", "8080"))).isZero();
        assertThat(console.output()).isEqualTo("(\"" + script + "\" (\"127.0.0.1\" \"8080\"))(\"x\")");
        // library.scm: the converter checks (##sys#check-list x 'command-line-arguments)
        assertThat(runner.run("(command-line-arguments 5)")).isEqualTo(ScriptRunner.ERROR_STATUS);
    }

    @Test
    void on_exit_tasks_run_newest_first_when_the_script_ends_exits_or_fails_but_not_on_emergency_exit() {
        // library.scm: on-exit conses onto cleanup-tasks; cleanup-before-exit runs them, the exit-handler
        // (exit, the end of a csi -s script, the reset after an error) calls it, emergency-exit does not
        assertThat(runner.run("(on-exit (lambda () (display \"a\"))) (on-exit (lambda () (display \"b\"))) (display \"-\")"))
                .isZero();
        assertThat(console.output()).isEqualTo("-ba");
        assertThat(runner.run("(on-exit (lambda () (display \"c\"))) (exit 4)")).isEqualTo(4);
        assertThat(runner.run("(on-exit (lambda () (display \"d\"))) (car 1)")).isEqualTo(ScriptRunner.ERROR_STATUS);
        assertThat(runner.run("(on-exit (lambda () (display \"never\"))) (emergency-exit 5)")).isEqualTo(5);
        assertThat(console.output()).isEqualTo("-bacd");
    }

    @Test
    void set_environment_variable_changes_what_the_script_reads() {
        assertThat(runner.run("(set-environment-variable! \"SOCKBENCH_TEST_VAR\" \"on\")"
                + " (display (get-environment-variable \"SOCKBENCH_TEST_VAR\"))"
                + " (display (cdr (assoc \"SOCKBENCH_TEST_VAR\" (get-environment-variables))))"
                + " (unset-environment-variable! \"SOCKBENCH_TEST_VAR\")"
                + " (display (get-environment-variable \"SOCKBENCH_TEST_VAR\"))")).isZero();
        assertThat(console.output()).isEqualTo("onon#f");
    }

    @Test
    void a_file_runs_from_its_bytes_shebang_line_included(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("demo.scm");
        Files.writeString(script, "#!/usr/bin/env csi -s\n;; a demo\n(display \"héllo\")\n");
        assertThat(runner.run(script)).isZero();
        assertThat(console.output()).isEqualTo("héllo");
    }

    @Test
    void forms_run_one_by_one_so_those_before_a_syntax_error_have_run() {
        assertThat(runner.run("(print 'first)\n(print (+ 1 2)")).isEqualTo(ScriptRunner.ERROR_STATUS);
        assertThat(console.output()).isEqualTo("first\n");
        assertThat(console.errors()).isEqualTo("Error: (exn syntax) line 2, column 1: missing ')'\n");
    }

    @Test
    void load_runs_another_file_in_the_same_globals(@TempDir Path dir) throws Exception {
        Path library = dir.resolve("lib.scm");
        Files.writeString(library, "(define (greet who) (string-append \"hello \" who))");
        String path = library.toString().replace("\\", "\\\\");
        assertThat(runner.run("(load \"" + path + "\")\n(print (greet \"class\"))")).isZero();
        assertThat(console.output()).isEqualTo("hello class\n");
    }

    @Test
    void deep_non_tail_recursion_works_in_a_script() {
        assertThat(runner.run("(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1)))))\n(print (count 100000))")).isZero();
        assertThat(console.output()).isEqualTo("100000\n");
    }
}
