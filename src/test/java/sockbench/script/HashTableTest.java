package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** SRFI-69 hash tables as CHICKEN's srfi-69 egg documents and prints them. */
class HashTableTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void set_ref_and_the_defaults_of_ref() {
        console.eval("(define h (make-hash-table)) (hash-table-set! h \"a\" 1) (hash-table-set! h \"b\" 2)");
        // the default test is equal?, so a fresh string finds its key
        assertThat(w("(hash-table-ref h (string #\\a))")).isEqualTo("1");
        assertThat(w("(hash-table-ref h \"zz\" (lambda () 'none))")).isEqualTo("none");
        assertThat(w("(hash-table-ref/default h \"zz\" 0)")).isEqualTo("0");
        assertThat(w("(list (hash-table-exists? h \"a\") (hash-table-exists? h \"zz\"))")).isEqualTo("(#t #f)");
        assertThat(w("(list (hash-table-size h) (hash-table-count h))")).isEqualTo("(2 2)");
    }

    @Test
    void a_missing_key_without_a_default_is_an_access_error() {
        console.eval("(define h (make-hash-table))");
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(hash-table-ref h 'k)"));
        assertThat(e.kinds()).containsExactly("exn", "access");
        assertThat(e.getMessage()).contains("(hash-table-ref) hash-table does not contain key: k #<hash-table (0)>");
    }

    @Test
    void it_prints_as_chicken_prints_it_with_its_count() {
        assertThat(w("(make-hash-table)")).isEqualTo("#<hash-table (0)>");
        assertThat(w("(alist->hash-table '((a . 1) (b . 2) (a . 3)) eq?)")).isEqualTo("#<hash-table (2)>");
    }

    @Test
    void update_and_update_default_return_and_store_the_new_value() {
        console.eval("(define h (make-hash-table eq?))");
        assertThat(w("(hash-table-update!/default h 'n (lambda (x) (+ x 1)) 0)")).isEqualTo("1");
        assertThat(w("(hash-table-update!/default h 'n (lambda (x) (+ x 1)) 0)")).isEqualTo("2");
        assertThat(w("(hash-table-update! h 'n (lambda (x) (* x 10)))")).isEqualTo("20");
        assertThat(w("(hash-table-update! h 'm (lambda (x) (cons 1 x)) (lambda () '()))")).isEqualTo("(1)");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(hash-table-update! h 'q (lambda (x) x))")))
                .isNotNull();
        assertThat(w("(hash-table-ref h 'n)")).isEqualTo("20");
    }

    @Test
    void delete_keys_values_alist_walk_fold() {
        console.eval("(define h (alist->hash-table '((a . 1) (b . 2) (c . 3))))");
        assertThat(w("(hash-table-delete! h 'b)")).isEqualTo("#t");
        assertThat(w("(sort (map symbol->string (hash-table-keys h)) string<?)")).isEqualTo("(\"a\" \"c\")");
        assertThat(w("(sort (hash-table-values h) <)")).isEqualTo("(1 3)");
        assertThat(w("(sort (map cdr (hash-table->alist h)) <)")).isEqualTo("(1 3)");
        console.eval("(define sum 0) (hash-table-walk h (lambda (k v) (set! sum (+ sum v))))");
        assertThat(w("sum")).isEqualTo("4");
        assertThat(w("(hash-table-fold h (lambda (k v acc) (+ v acc)) 100)")).isEqualTo("104");
        assertThat(w("(sort (hash-table-map h (lambda (k v) (* v v))) <)")).isEqualTo("(1 9)");
    }

    @Test
    void equality_and_hash_arguments_decide_which_keys_are_the_same() {
        // eq?: two strings with the same contents are different keys
        assertThat(w("(let ((h (make-hash-table eq?))) (hash-table-set! h (string #\\a) 1) (hash-table-ref/default h \"a\" 'absent))"))
                .isEqualTo("absent");
        assertThat(w("(let ((h (make-hash-table string-ci=?))) (hash-table-set! h \"Host\" 1) (hash-table-ref h \"HOST\"))"))
                .isEqualTo("1");
        assertThat(w("(let ((h (make-hash-table =))) (hash-table-set! h 1 'one) (hash-table-ref h 1.0))")).isEqualTo("one");
        // a user test with a user hash, positionally and by keyword
        assertThat(w("(let ((h (make-hash-table (lambda (a b) (= (modulo a 10) (modulo b 10))) (lambda (k bound) (modulo k 10)))))"
                + " (hash-table-set! h 3 'three) (hash-table-ref h 13))")).isEqualTo("three");
        assertThat(w("(let ((h (make-hash-table test: string=? hash: string-hash))) (hash-table-set! h \"k\" 1) (hash-table-ref h \"k\"))"))
                .isEqualTo("1");
        assertThat(w("(eq? (hash-table-equivalence-function (make-hash-table eqv?)) eqv?)")).isEqualTo("#t");
    }

    @Test
    void hash_functions_are_below_their_bound_and_agree_with_their_equivalence() {
        assertThat(w("(let ((h (hash \"abc\" 10))) (and (>= h 0) (< h 10)))")).isEqualTo("#t");
        assertThat(w("(= (equal?-hash (list 1 \"x\")) (equal?-hash (list 1 (string #\\x))))")).isEqualTo("#t");
        assertThat(w("(= (string-ci-hash \"ABC\") (string-ci-hash \"abc\"))")).isEqualTo("#t");
    }

    @Test
    void ref_is_settable_and_copy_merge_clear() {
        console.eval("(define h (make-hash-table)) (set! (hash-table-ref h 'x) 5)");
        assertThat(w("(hash-table-ref h 'x)")).isEqualTo("5");
        console.eval("(define c (hash-table-copy h)) (hash-table-set! c 'y 6)");
        assertThat(w("(list (hash-table-size h) (hash-table-size c))")).isEqualTo("(1 2)");
        assertThat(w("(hash-table-size (hash-table-merge! h c))")).isEqualTo("2");
        console.eval("(hash-table-clear! h)");
        assertThat(w("(hash-table-size h)")).isEqualTo("0");
        assertThat(w("(hash-table-ref/default (make-hash-table initial: 0) 'k 'default)")).isEqualTo("default");
        assertThat(w("(hash-table-update! (make-hash-table initial: 41) 'k (lambda (x) (+ x 1)))")).isEqualTo("42");
    }

    @Test
    void bad_arguments_are_named() {
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(hash-table-set! '() 1 2)"));
        assertThat(e.getMessage()).contains("(hash-table-set!) bad argument type - not a hash-table: ()");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(make-hash-table bogus: 1)")).getMessage())
                .contains("unknown keyword");
    }

    @Test
    void a_table_answers_the_tuning_it_was_made_with() {
        // srfi-69 egg: min-load and max-load default to 0.5 and 0.8; weak keys and values are accepted and reported
        assertThat(console.write("(let ((t (make-hash-table))) (list (hash-table-min-load t) (hash-table-max-load t)"
                + " (hash-table-weak-keys t) (hash-table-weak-values t)))")).isEqualTo("(0.5 0.8 #f #f)");
        assertThat(console.write("(let ((t (make-hash-table eq? min-load: 0.25 max-load: 0.75 weak-keys: #t)))"
                + " (list (hash-table-min-load t) (hash-table-max-load t) (hash-table-weak-keys t) (hash-table-weak-values t)))"))
                .isEqualTo("(0.25 0.75 #t #f)");
        assertThat(console.write("(hash-table-max-load (hash-table-copy (make-hash-table max-load: 0.6)))")).isEqualTo("0.6");
        assertThat(console.write("(= (object-uid-hash '(1 2)) (equal?-hash (list 1 2)))")).isEqualTo("#t");
    }
}
