package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** It must not die or wedge: the JVM's limits and failures are conditions with Scheme words. */
class LimitsTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void deep_recursion_is_a_condition_also_through_condition_case() {
        console.eval("(define (deep n) (+ 1 (deep n)))");
        assertThat(w("(condition-case (deep 1) ((exn runtime) 'too-deep))")).isEqualTo("too-deep");
        assertThat(w("(condition-case (condition-case (deep 1) ((exn type) 'no)) (e () 'outer))")).isEqualTo("outer");
        // scripts run on a large stack: deep but finite recursion is no overflow
        int status = new ScriptRunner(console.interpreter).run("(define (f n) (if (= n 0) 0 (+ 1 (f (- n 1))))) (display (f 100000))");
        assertThat(status).isZero();
        assertThat(console.output()).isEqualTo("100000");
    }

    @Test
    void running_out_of_memory_is_a_catchable_condition() {
        assertThat(w("(condition-case (make-vector 2147483000 0) ((exn runtime limit) 'out-of-memory))")).isEqualTo("out-of-memory");
        assertThat(w("(+ 1 1)")).isEqualTo("2");
    }

    @Test
    void java_exception_texts_do_not_reach_the_user() {
        Primitive p = new Primitive("java-failure", 0, 0, a -> java.util.List.of().subList(1, 0));
        SchemeError e = org.assertj.core.api.Assertions.catchThrowableOfType(SchemeError.class, () -> p.apply());
        assertThat(e.getMessage()).isEqualTo("(java-failure) bad argument").doesNotContain("fromIndex");
    }

    @Test
    void a_script_that_is_a_directory_is_a_clear_error_with_status_66(@TempDir Path dir) {
        int status = new ScriptRunner(console.interpreter).run(dir);
        assertThat(status).isEqualTo(66);
        assertThat(console.errors()).contains("cannot read script " + dir + ": is a directory");
        assertThat(new ScriptRunner(console.interpreter).run(dir.resolve("missing.scm"))).isEqualTo(66);
    }

    @Test
    void writing_to_a_closed_stdout_is_an_error(@TempDir Path dir) throws IOException {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Interpreter interpreter = new Interpreter(System.in, closed, console.err);
        Path script = dir.resolve("hello.scm");
        Files.writeString(script, "(print \"hello\")");
        assertThat(new ScriptRunner(interpreter).run(script)).isEqualTo(ScriptRunner.ERROR_STATUS);
        assertThat(console.errors()).contains("(exn i/o)").contains("Broken pipe");
    }
}
