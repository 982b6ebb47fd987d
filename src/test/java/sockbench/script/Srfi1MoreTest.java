package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * SRFI-1's shape predicates, zips, unfolds, pair folds, alists, lsets and linear-update procedures.
 * Expected values are the SRFI document's examples and the srfi-1 egg's own tests (tests/srfi-116.scm,
 * tests/larceny.scm); where the egg's order differs from the SRFI text's, the egg's (srfi-1.scm) is taken.
 */
class Srfi1MoreTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void shape_predicates_and_length_plus() {
        assertThat(w("(list (proper-list? '()) (proper-list? '(1 2 3)) (dotted-list? (cons 1 2)) (dotted-list? 2) (dotted-list? '(1)))"))
                .isEqualTo("(#t #t #t #t #f)");
        assertThat(w("(list (circular-list? (circular-list 'a 'b)) (circular-list? '(a b)) (proper-list? (circular-list 'a)))"))
                .isEqualTo("(#t #f #f)");
        assertThat(w("(list (null-list? '()) (null-list? '(1 2 3)) (not-pair? 'a) (not-pair? (cons 'a 'b)))")).isEqualTo("(#t #f #t #f)");
        // srfi-116.scm: (test-error (null-list? 'a))
        assertThat(w("(condition-case (null-list? 'a) ((exn type) 'type-error))")).isEqualTo("type-error");
        assertThat(w("(list (length+ '(1 2 3)) (length+ (circular-list 1 2)))")).isEqualTo("(3 #f)");
        assertThat(w("(let ((c (circular-list 'z 'q))) (list (car c) (cadr c) (caddr c) (eq? c (cddr c))))")).isEqualTo("(z q z #t)");
        assertThat(w("(call-with-values (lambda () (car+cdr (cons 1 2))) list)")).isEqualTo("(1 2)");
    }

    @Test
    void list_equality() {
        assertThat(w("(list (list= = '(1 2 3) '(1 2 3)) (list= = '(1 2 3 4) '(1 2 3)) (list= = '(1 2 3) '(1 2 3 4)))"))
                .isEqualTo("(#t #f #f)");
        assertThat(w("(list (list= = '(1 2 3) '(1 2 3) '(1 2 3 4)) (list= eq?) (list= eq? '(a)))")).isEqualTo("(#f #t #t)");
    }

    @Test
    void zip_and_unzip() {
        assertThat(w("(zip '(one two three) '(1 2 3) '(odd even odd))")).isEqualTo("((one 1 odd) (two 2 even) (three 3 odd))");
        assertThat(w("(list (zip '(1 2 3)) (unzip1 '((1) (2) (3))))")).isEqualTo("(((1) (2) (3)) (1 2 3))");
        assertThat(w("(call-with-values (lambda () (unzip2 '((1 one) (2 two) (3 three)))) list)"))
                .isEqualTo("((1 2 3) (one two three))");
        assertThat(w("(call-with-values (lambda () (unzip3 '((1 one a) (2 two b) (3 three c)))) list)"))
                .isEqualTo("((1 2 3) (one two three) (a b c))");
        assertThat(w("(call-with-values (lambda () (unzip5 '((1 one a 4 #t) (2 two b 5 #f) (3 three c 6 #t)))) list)"))
                .isEqualTo("((1 2 3) (one two three) (a b c) (4 5 6) (#t #f #t))");
    }

    @Test
    void unfold_and_unfold_right() {
        assertThat(w("(unfold (lambda (x) (> x 10)) (lambda (x) (* x x)) (lambda (x) (+ x 1)) 1)"))
                .isEqualTo("(1 4 9 16 25 36 49 64 81 100)");
        assertThat(w("(unfold-right zero? (lambda (x) (* x x)) (lambda (x) (- x 1)) 10)"))
                .isEqualTo("(1 4 9 16 25 36 49 64 81 100)");
        assertThat(w("(list (unfold null-list? car cdr '(1 2 3)) (unfold-right null-list? car cdr '(1 2 3)))"))
                .isEqualTo("((1 2 3) (3 2 1))");
        assertThat(w("(unfold null-list? car cdr '(1 2) (lambda (x) '(3 4)))")).isEqualTo("(1 2 3 4)");
        // SRFI-1: (unfold-right null-list? car cdr lis tail) is append-reverse
        assertThat(w("(unfold-right null-list? car cdr '(1 2) '(3 4))")).isEqualTo("(2 1 3 4)");
    }

    @Test
    void pair_folds_and_map_in_order() {
        assertThat(w("(pair-fold cons '() '(a b c))")).isEqualTo("((c) (b c) (a b c))");
        assertThat(w("(pair-fold (lambda (x y ans) (cons (list x y) ans)) '() '(a b) '(c d))")).isEqualTo("(((b) (d)) ((a b) (c d)))");
        assertThat(w("(pair-fold-right cons '() '(a b c))")).isEqualTo("((a b c) (b c) (c))");
        assertThat(w("(pair-fold-right (lambda (x y ans) (cons (list x y) ans)) '() '(a b) '(c d))"))
                .isEqualTo("(((a b) (c d)) ((b) (d)))");
        assertThat(w("(let ((v (make-vector 5))) (pair-for-each (lambda (lis) (vector-set! v (car lis) lis)) '(0 1 2 3 4)) v)"))
                .isEqualTo("#((0 1 2 3 4) (1 2 3 4) (2 3 4) (3 4) (4))");
        assertThat(w("(list (map-in-order cadr '((a b) (d e) (g h))) (map-in-order + '(1 2 3) '(4 5 6)))")).isEqualTo("((b e h) (5 7 9))");
        assertThat(w("(let ((n 0)) (map-in-order (lambda (x) (set! n (+ n 1)) n) '(a b)))")).isEqualTo("(1 2)");
    }

    @Test
    void alists() {
        assertThat(w("(alist-cons 1 (list 1) '((2 3) (5 7)))")).isEqualTo("((1 1) (2 3) (5 7))");
        assertThat(w("(list (alist-delete 5 '((2 3) (5 7) (11 13))) (alist-delete 5 '((2 3) (5 7) (11 13)) <))"))
                .isEqualTo("(((2 3) (11 13)) ((2 3) (5 7)))");
        assertThat(w("(let* ((a (list (cons 'k 1))) (b (alist-copy a))) (list b (eq? (car a) (car b))))")).isEqualTo("(((k . 1)) #f)");
        assertThat(w("(alist-delete! 'a (list (cons 'a 1) (cons 'b 2)))")).isEqualTo("((b . 2))");
    }

    @Test
    void lset_comparisons_and_adjoin() {
        assertThat(w("(list (lset<= eq? '(a) '(a b a) '(a b c c)) (lset<= eq? '(a) '(a b a) '(a)) (lset<= eq?) (lset<= eq? '(a)))"))
                .isEqualTo("(#t #f #t #t)");
        assertThat(w("(list (lset= eq? '(b e a) '(a e b) '(e e b a)) (lset= eq? '(b e a) '(a e b) '(e e b a c)) (lset= eq?))"))
                .isEqualTo("(#t #f #t)");
        assertThat(w("(lset-adjoin eq? '(a b c d c e) 'a 'e 'i 'o 'u)")).isEqualTo("(u o i a b c d c e)");
    }

    @Test
    void lset_union_intersection_difference_xor() {
        assertThat(w("(list (lset-union eq? '(a b c d e) '(a e i o u)) (lset-union eq? '(a a c) '(x a x)) (lset-union eq?) (lset-union eq? '(a b c)))"))
                .isEqualTo("((u o i a b c d e) (x a a c) () (a b c))");
        // the SRFI text shows (e c d a b a); srfi-1.scm conses each new element in front, so d comes before c
        assertThat(w("(lset-union eq? '(a b a) '(c d c e))")).isEqualTo("(e d c a b a)");
        assertThat(w("(list (lset-intersection eq? '(a b c d e) '(a e i o u)) (lset-intersection eq? '(a x y a) '(x a x z)) (lset-intersection eq? '(a b c)))"))
                .isEqualTo("((a e) (a x a) (a b c))");
        assertThat(w("(list (lset-difference eq? '(a b c d e) '(a e i o u)) (lset-difference eq? '(a b c)))")).isEqualTo("((b c d) (a b c))");
        assertThat(w("(lset= eq? '(d c b i o u) (lset-xor eq? '(a b c d e) '(a e i o u)))")).isEqualTo("#t");
        // srfi-1.scm's order: b's new elements consed onto a minus b
        assertThat(w("(lset-xor eq? '(a b c d e) '(a e i o u))")).isEqualTo("(u o i b c d)");
        assertThat(w("(list (lset-xor eq?) (lset-xor eq? '(a b c d e)))")).isEqualTo("(() (a b c d e))");
        assertThat(w("(call-with-values (lambda () (lset-diff+intersection eq? '(a b c d e) '(c d f))) list)"))
                .isEqualTo("((a b e) (c d))");
        assertThat(w("(list (lset-union! eq? (list 'a 'a 'c) (list 'x 'a 'x)) (lset-intersection! eq? (list 'a 'x 'y 'a) (list 'x 'a 'x 'z)))"))
                .isEqualTo("((x a a c) (a x a))");
    }

    @Test
    void lset_procedures_check_their_equivalence() {
        assertThat(w("(condition-case (lset-union 5 '(a)) ((exn type) 'type-error))")).isEqualTo("type-error");
    }

    @Test
    void linear_update_procedures_reuse_cells() {
        assertThat(w("(let* ((x (list 1 2 3)) (y (list 4 5)) (r (append! x '() y))) (list r (eq? r x) x))"))
                .isEqualTo("((1 2 3 4 5) #t (1 2 3 4 5))");
        assertThat(w("(list (append!) (append! '() '() 'z) (append! (list 1) 'z))")).isEqualTo("(() z (1 . z))");
        assertThat(w("(concatenate! (list (list 1) '() (list 2 3)))")).isEqualTo("(1 2 3)");
        assertThat(w("(let* ((x (list 1 2 3)) (r (reverse! x))) (list r x))")).isEqualTo("((3 2 1) (1))");
        assertThat(w("(append-reverse! (list 3 2 1) '(4 5))")).isEqualTo("(1 2 3 4 5)");
        assertThat(w("(let* ((x (list 1 2 3 4)) (r (take! x 2))) (list r x))")).isEqualTo("((1 2) (1 2))");
        assertThat(w("(list (take! (list 1 2) 0) (drop-right! (list 1 2 3 4) 2) (drop-right! (list 1 2) 2))")).isEqualTo("(() (1 2) ())");
        assertThat(w("(call-with-values (lambda () (split-at! (list 'a 'b 'c 'd) 1)) list)")).isEqualTo("((a) (b c d))");
        assertThat(w("(let ((x (list 1 2 3))) (map! (lambda (n) (* n n)) x) x)")).isEqualTo("(1 4 9)");
    }

    @Test
    void linear_update_procedures_answer_as_their_pure_forms() {
        assertThat(w("(list (take-while! even? (list 2 18 3 10 22 9)) (delete-duplicates! (list 'a 'b 'a 'c 'a 'b 'c 'z)))"))
                .isEqualTo("((2 18) (a b c z))");
        assertThat(w("(call-with-values (lambda () (span! even? (list 2 18 3 10 22 9))) list)")).isEqualTo("((2 18) (3 10 22 9))");
        assertThat(w("(call-with-values (lambda () (break! even? (list 3 1 4 1 5 9 2 6))) list)")).isEqualTo("((3 1) (4 1 5 9 2 6))");
        assertThat(w("(call-with-values (lambda () (partition! symbol? (list 'one 2 3 'four 'five 6))) list)"))
                .isEqualTo("((one four five) (2 3 6))");
        assertThat(w("(append-map! (lambda (x) (list x (- x))) '(1 3 8))")).isEqualTo("(1 -1 3 -3 8 -8)");
    }
}
