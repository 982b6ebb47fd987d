package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Behaviours of CHICKEN 5 that scripts meet without noticing, each from CHICKEN's manual or its
 * runtime: one value taken from several, read-line's limit, exit from a thread, the primordial
 * thread, current-seconds, and parameters as settable places.
 */
class ChickenFidelityTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void a_one_value_context_takes_the_first_of_several_values() {
        // CHICKEN's runtime relaxes the multiple-values check: a continuation that takes one value gets the first
        assertThat(w("(list (values 1 2) 3)")).isEqualTo("(1 3)");
        assertThat(w("(+ 1 (values 2 3))")).isEqualTo("3");
        console.eval("(define x (values 7 8))");
        assertThat(w("x")).isEqualTo("7");
        assertThat(w("(let ((y (values 'a 'b))) y)")).isEqualTo("a");
        assertThat(w("(if (values #f #t) 'yes 'no)")).isEqualTo("no");
        // where several values are expected, all of them still arrive
        assertThat(w("(call-with-values (lambda () (values 1 2)) list)")).isEqualTo("(1 2)");
        assertThat(w("(receive (a . r) (values 1 2 3) (list a r))")).isEqualTo("(1 (2 3))");
    }

    @Test
    void read_line_reads_at_most_its_limit_and_leaves_the_rest() {
        console.eval("(define p (open-input-string \"abcdef\\nxy\\n\"))");
        assertThat(w("(list (read-line p 3) (read-line p 3) (read-line p 3) (read-line p #f) (read-line p))"))
                .isEqualTo("(\"abc\" \"def\" \"\" \"xy\" #!eof)");
    }

    @Test
    void exit_in_a_thread_ends_the_program_with_its_status() {
        SchemeExit exit = catchThrowableOfType(SchemeExit.class, () -> console.eval(
                "(thread-join! (thread-start! (lambda () (display \"in thread\") (exit 4)))) (display \"after\")"));
        assertThat(exit).isNotNull();
        assertThat(exit.status()).isEqualTo(4);
        assertThat(console.output()).isEqualTo("in thread");
        // the exit is taken once: the interpreter goes on afterwards (the window's console keeps working)
        assertThat(w("(+ 1 2)")).isEqualTo("3");
    }

    @Test
    void an_exit_while_no_form_runs_ends_the_next_one() throws Exception {
        // the thread exits well after the form that starts it has returned
        console.eval("(define t (thread-start! (lambda () (thread-sleep! 0.5) (exit 5))))");
        SchemeThread t = (SchemeThread) console.eval("t");
        t.join(5, null);
        SchemeExit exit = catchThrowableOfType(SchemeExit.class, () -> console.eval("(display \"not run\")"));
        assertThat(exit.status()).isEqualTo(5);
        assertThat(console.output()).isEmpty();
    }

    @Test
    void the_program_runs_in_the_primordial_thread() throws Exception {
        int status = SchemeThread.onLargeStack(() -> {
            assertThat(w("(thread-name (current-thread))")).isEqualTo("primordial");
            assertThat(w("(current-thread)")).isEqualTo("#<thread: primordial>");
            return 0;
        });
        assertThat(status).isZero();
    }

    @Test
    void current_seconds_is_an_exact_integer() {
        // (chicken time): time(2), the seconds since the epoch
        assertThat(w("(exact-integer? (current-seconds))")).isEqualTo("#t");
        long now = System.currentTimeMillis() / 1000;
        assertThat(((Number) console.eval("(current-seconds)")).longValue()).isBetween(now - 1, now + 1);
    }

    @Test
    void current_milliseconds_counts_from_the_process_start_as_current_process_milliseconds_does() {
        // runtime.c 5.3: C_milliseconds() returns C_current_process_milliseconds(), time since startup
        long sinceEpoch = System.currentTimeMillis();
        long ms = ((Number) console.eval("(current-milliseconds)")).longValue();
        assertThat(ms).isBetween(0L, sinceEpoch / 2);
        assertThat(w("(<= (- (current-milliseconds) (current-process-milliseconds)) 1)")).isEqualTo("#t");
    }

    @Test
    void a_parameter_is_a_settable_place() {
        // make-parameter gives a getter-with-setter; the setter applies the converter as (p v) does
        console.eval("(define p (make-parameter 1 (lambda (x) (* x 10))))");
        console.eval("(set! (p) 5)");
        assertThat(w("(p)")).isEqualTo("50");
        console.eval("((setter p) 2)");
        assertThat(w("(p)")).isEqualTo("20");
        Interpreter sockets = SocketConsole.create(java.io.InputStream.nullInputStream(),
                java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream());
        sockets.eval("(set! (socket-receive-timeout) 500)"); // the egg's timeouts are parameters too
        assertThat(sockets.eval("(socket-receive-timeout)")).isEqualTo(500L);
    }

    @Test
    void assert_gives_its_value_or_raises_its_own_message() {
        // chicken-syntax's assert: (assert exp [message arg ...]); the default message names the expression
        assertThat(w("(assert (+ 1 2))")).isEqualTo("3");
        String accessors = "(lambda (e) (list ((condition-property-accessor 'exn 'message) e) ((condition-property-accessor 'exn 'arguments) e)))";
        assertThat(w("(handle-exceptions e (" + accessors + " e) (assert (= 1 2) \"nope\" 3))")).isEqualTo("(\"nope\" (3))");
        assertThat(w("(handle-exceptions e (" + accessors + " e) (assert (= 1 2)))")).isEqualTo("(\"assertion failed\" ((= 1 2)))");
    }

    @Test
    void list_tabulate_calls_from_the_last_index_down() {
        // srfi-1.scm builds the list by consing from (- len 1) down to 0
        assertThat(w("(with-output-to-string (lambda () (list-tabulate 3 (lambda (i) (display i) i))))")).isEqualTo("\"210\"");
    }

    @Test
    void chicken_io_bytes_and_process_procedures() {
        // (chicken io) read-byte/write-byte; (chicken process-context) command-line-arguments; sleep answers 0
        assertThat(w("(read-byte (open-input-string \"A\"))")).isEqualTo("65");
        assertThat(w("(read-byte (open-input-string \"\"))")).isEqualTo("#!eof");
        assertThat(w("(with-output-to-string (lambda () (write-byte 66)))")).isEqualTo("\"B\"");
        assertThat(w("(command-line-arguments)")).isEqualTo("()");
        assertThat(w("(sleep 0)")).isEqualTo("0");
    }

    @Test
    void print_error_message_writes_as_library_scm_does() {
        // (print-error-message ex [port [header]]): to the current output port, a newline first, no kinds
        console.eval("(print-error-message (condition-case (error 'foo \"bad thing\" 42) (e () e)))");
        console.eval("(print-error-message (condition-case (error \"two\" 1 2) (e () e)) (current-output-port) \"Warning\")");
        console.eval("(print-error-message \"a string\")");
        assertThat(console.output()).isEqualTo("\nError: (foo) bad thing: 42\n\nWarning: two\n1\n2\n\nError: a string\n");
        assertThat(console.errors()).isEmpty();
    }

    @Test
    void exit_does_not_run_pending_dynamic_wind_thunks() {
        // (chicken base) exit: "pending dynamic-wind thunks are not invoked when exiting your program in this way"
        SchemeExit exit = catchThrowableOfType(SchemeExit.class, () -> console.eval(
                "(dynamic-wind (lambda () (display \"in \")) (lambda () (exit 3)) (lambda () (display \"after\")))"));
        assertThat(exit.status()).isEqualTo(3);
        assertThat(console.output()).isEqualTo("in ");
        // an escape by an error still runs the after thunk
        console.eval("(handle-exceptions e #f (dynamic-wind (lambda () #f) (lambda () (error \"x\")) (lambda () (display \"after\"))))");
        assertThat(console.output()).isEqualTo("in after");
    }
}
