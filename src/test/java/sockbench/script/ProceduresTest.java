package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** CHICKEN's (chicken base) combinators and predicates, (chicken sort), R7RS vectors, the environment and clocks. */
class ProceduresTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void combinators() {
        assertThat(w("(list (identity 'x) ((constantly 7) 1 2) ((complement even?) 3) ((compose car cdr) '(1 2 3)) ((o not null?) '()))"))
                .isEqualTo("(x 7 #t 2 #f)");
        assertThat(w("(list ((conjoin odd? positive?) 3) ((conjoin odd? positive?) -3) ((disjoin odd? zero?) 0) ((flip cons) 1 2))"))
                .isEqualTo("(#t #f #t (2 . 1))");
        assertThat(w("(list ((list-of? even?) '(2 4)) ((list-of? even?) '(2 3)) ((compose) 5))")).isEqualTo("(#t #f 5)");
    }

    @Test
    void fixnums_flonums_and_gensyms() {
        assertThat(w("(list (fixnum? 5) (fixnum? 5.0) (flonum? 5.0) (flonum? 5))")).isEqualTo("(#t #f #t #f)");
        assertThat(w("(let ((a (gensym)) (b (gensym 'tmp))) (list (symbol? a) (eq? a b) (string-prefix? \"tmp\" (symbol->string b))))"))
                .isEqualTo("(#t #f #t)");
    }

    @Test
    void sorting_is_stable_and_sort_bang_sorts_in_place() {
        assertThat(w("(sort '((b . 1) (a . 2) (b . 0) (a . 1)) (lambda (x y) (string<? (symbol->string (car x)) (symbol->string (car y)))))"))
                .isEqualTo("((a . 2) (a . 1) (b . 1) (b . 0))");
        assertThat(w("(let ((v (vector 3 1 2))) (sort! v <) v)")).isEqualTo("#(1 2 3)");
        assertThat(w("(list (sorted? '(1 2 2 3) <) (sorted? #(3 1) <) (merge '(1 3) '(2 4) <))")).isEqualTo("(#t #f (1 2 3 4))");
        // a predicate that is no order gives some order, never an error
        assertThat(w("(length (sort '(3 1 2 5 4 1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9) (lambda (a b) #t)))"))
                .isEqualTo("33");
    }

    @Test
    void vectors() {
        assertThat(w("(list (vector-map + #(1 2) #(10 20 30)) (vector-copy #(1 2 3) 1) (vector-copy #(1 2 3) 0 2) (vector-append #(1) #(2 3)))"))
                .isEqualTo("(#(11 22) #(2 3) #(1 2) #(1 2 3))");
        assertThat(w("(let ((v (vector 1 2 3 4))) (vector-fill! v 0 2) v)")).isEqualTo("#(1 2 0 0)");
        // chicken.base's (vector-copy! from to [count]): count defaults to the shorter length
        assertThat(w("(let ((v (make-vector 4 0))) (vector-copy! #(a b) v) v)")).isEqualTo("#(a b 0 0)");
        assertThat(w("(let ((v (make-vector 4 0))) (vector-copy! #(a b c) v 2) v)")).isEqualTo("#(a b 0 0)");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(vector-copy! #(a b) (make-vector 4 0) 3)")).getMessage())
                .contains("cannot copy vector - count exceeds length");
        console.eval("(define acc '()) (vector-for-each (lambda (x) (set! acc (cons x acc))) #(1 2 3))");
        assertThat(w("acc")).isEqualTo("(3 2 1)");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(vector-copy #(1) 2)")).kinds()).contains("bounds");
    }

    @Test
    void environment_and_clocks() {
        String path = System.getenv("PATH");
        assertThat(w("(get-environment-variable \"PATH\")")).isEqualTo("\"" + path + "\"");
        assertThat(w("(get-environment-variable \"SOCKBENCH_SURELY_UNSET_VARIABLE\")")).isEqualTo("#f");
        assertThat(w("(let ((a (current-process-milliseconds)) (b (current-process-milliseconds))) (and (>= a 0) (<= a b)))"))
                .isEqualTo("#t");
    }

    @Test
    void exit_gives_its_status() {
        SchemeExit e = catchThrowableOfType(SchemeExit.class, () -> console.eval("(exit 4)"));
        assertThat(e.status()).isEqualTo(4);
    }
}
