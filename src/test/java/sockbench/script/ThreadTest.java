package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ThreadTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void thread_join_returns_the_value_of_the_thunk() {
        assertThat(w("(define t (make-thread (lambda () (* 6 7)) 'worker)) (thread-start! t) (thread-join! t)")).isEqualTo("42");
        assertThat(w("t")).isEqualTo("#<thread: worker>");
    }

    @Test
    void thread_join_raises_an_uncaught_exception_whose_reason_is_the_condition_the_thread_died_of() {
        // SRFI-18: "an 'uncaught exception' exception is raised whose reason is the object of the uncaught exception"
        SchemeError e = catchThrowableOfType(SchemeError.class,
                () -> console.eval("(thread-join! (thread-start! (make-thread (lambda () (car 1)) 'bad)))"));
        assertThat(e.kinds()).containsExactly("uncaught-exception");
        assertThat(w("(condition-case (thread-join! (thread-start! (make-thread (lambda () (error \"x\"))))) "
                + "(e (uncaught-exception) (condition->list (uncaught-exception-reason e))))"))
                .isEqualTo("((exn message \"x\" arguments ()))");
        assertThat(console.errors()).contains("Warning (#<thread: bad>): in thread: (exn type)");
    }

    @Test
    void threads_run_concurrently_and_defines_from_threads_are_seen_by_all() {
        assertThat(w("""
                (define m (make-mutex))
                (define total 0)
                (define (worker n)
                  (make-thread (lambda ()
                    (let loop ((i 0))
                      (when (< i 1000)
                        (mutex-lock! m) (set! total (+ total 1)) (mutex-unlock! m)
                        (loop (+ i 1))))
                    n)))
                (define ts (map (lambda (n) (thread-start! (worker n))) '(1 2 3 4)))
                (list (map thread-join! ts) total)
                """)).isEqualTo("((1 2 3 4) 4000)");
        assertThat(w("(thread-join! (thread-start! (make-thread (lambda () (eval '(define from-thread 5)))))) from-thread"))
                .isEqualTo("5");
    }

    @Test
    void thread_sleep_takes_seconds_as_a_real() {
        long start = System.nanoTime();
        console.eval("(thread-sleep! 0.05)");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(45_000_000L);
    }

    @Test
    void a_join_with_a_timeout_gives_the_timeout_value() {
        assertThat(w("(thread-join! (thread-start! (make-thread (lambda () (thread-sleep! 5)))) 0.01 'late)")).isEqualTo("late");
    }

    @Test
    void current_thread_is_the_thread_running() {
        assertThat(w("(define t (make-thread (lambda () (current-thread)))) (eq? t (thread-join! (thread-start! t)))")).isEqualTo("#t");
    }
}
