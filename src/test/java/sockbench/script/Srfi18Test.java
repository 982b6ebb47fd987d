package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SRFI-18 as its document describes: thread shorthand, mutex states, condition variables, termination, specifics. */
class Srfi18Test {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void thread_start_given_a_thunk_makes_and_starts_a_thread() {
        // CHICKEN: (thread-start! thunk) is (thread-start! (make-thread thunk)), and returns the thread
        assertThat(w("(thread-join! (thread-start! (lambda () (+ 1 2))))")).isEqualTo("3");
        assertThat(w("(thread? (thread-start! (lambda () 1)))")).isEqualTo("#t");
    }

    @Test
    void mutex_states() {
        console.eval("(define m (make-mutex 'm))");
        assertThat(w("(mutex-state m)")).isEqualTo("not-abandoned");
        console.eval("(mutex-lock! m)");
        assertThat(w("(eq? (mutex-state m) (current-thread))")).isEqualTo("#t");
        console.eval("(mutex-unlock! m) (mutex-lock! m #f #f)");
        assertThat(w("(mutex-state m)")).isEqualTo("not-owned");
        console.eval("(mutex-unlock! m)");
        // a thread that ends owning a mutex abandons it; the next lock raises abandoned-mutex-exception
        console.eval("(thread-join! (thread-start! (lambda () (mutex-lock! m))))");
        assertThat(w("(mutex-state m)")).isEqualTo("abandoned");
        assertThat(w("(condition-case (mutex-lock! m) (e (abandoned-mutex-exception) 'abandoned))")).isEqualTo("abandoned");
        assertThat(w("(list (mutex-name m) (mutex-lock! (make-mutex) 0) (mutex-lock! m 0))")).isEqualTo("(m #t #f)");
    }

    @Test
    void a_condition_variable_wakes_a_waiter() {
        String value = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> w("""
                (define m (make-mutex))
                (define cv (make-condition-variable))
                (define queue '())
                (define consumer
                  (thread-start!
                    (lambda ()
                      (mutex-lock! m)
                      (let loop ()
                        (if (null? queue)
                            (begin (mutex-unlock! m cv) (mutex-lock! m) (loop))
                            (let ((item (car queue))) (mutex-unlock! m) item))))))
                (mutex-lock! m)
                (set! queue (list 'job))
                (condition-variable-signal! cv)
                (mutex-unlock! m)
                (thread-join! consumer)"""));
        assertThat(value).isEqualTo("job");
        assertThat(w("(let ((m (make-mutex))) (mutex-lock! m) (mutex-unlock! m (make-condition-variable) 0.01))")).isEqualTo("#f");
    }

    @Test
    void a_terminated_thread_stops_and_joining_it_raises() {
        String value = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> w("""
                (define t (thread-start! (lambda () (thread-sleep! 60))))
                (thread-terminate! t)
                (list (condition-case (thread-join! t) (e (terminated-thread-exception) 'terminated))
                      (thread-state t))"""));
        assertThat(value).isEqualTo("(terminated terminated)");
    }

    @Test
    void names_specifics_states_and_timeouts() {
        assertThat(w("(let ((t (make-thread (lambda () 1) 'worker))) (list (thread-name t) (thread-state t)))"))
                .isEqualTo("(worker created)");
        assertThat(w("(let ((t (make-thread (lambda () 1)))) (thread-specific-set! t '(data)) (thread-specific t))")).isEqualTo("(data)");
        assertThat(w("(let ((t (thread-start! (lambda () 1)))) (thread-join! t) (thread-state t))")).isEqualTo("dead");
        assertThat(w("(condition-case (thread-join! (thread-start! (lambda () (thread-sleep! 5))) 0.01) "
                + "(e (join-timeout-exception) 'timed-out))")).isEqualTo("timed-out");
        assertThat(w("(begin (thread-yield!) (thread? (current-thread)))")).isEqualTo("#t");
    }
}
