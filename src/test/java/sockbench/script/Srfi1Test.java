package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SRFI-1, with the SRFI document's examples, and CHICKEN's alist procedures as its manual describes them. */
class Srfi1Test {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void take_drop_and_their_while_forms() {
        assertThat(w("(list (take '(a b c d e) 2) (drop '(a b c d e) 2) (take-right '(a b c d e) 2) (drop-right '(a b c d e) 2))"))
                .isEqualTo("((a b) (c d e) (d e) (a b c))");
        assertThat(w("(list (take-while even? '(2 18 3 10 22 9)) (drop-while even? '(2 18 3 10 22 9)))"))
                .isEqualTo("((2 18) (3 10 22 9))");
        assertThat(w("(call-with-values (lambda () (span even? '(2 18 3 10 22 9))) list)")).isEqualTo("((2 18) (3 10 22 9))");
        assertThat(w("(call-with-values (lambda () (break even? '(3 1 4 1 5 9 2 6))) list)")).isEqualTo("((3 1) (4 1 5 9 2 6))");
        assertThat(w("(last '(1 2 3))")).isEqualTo("3");
    }

    @Test
    void folds_and_reduce() {
        assertThat(w("(list (fold + 0 '(1 2 3)) (fold cons '() '(a b c)) (fold cons* '() '(a b c) '(1 2 3)))"))
                .isEqualTo("(6 (c b a) (c 3 b 2 a 1))");
        assertThat(w("(list (fold-right cons '() '(a b c)) (fold-right cons* '() '(a b c) '(1 2 3)))"))
                .isEqualTo("((a b c) (a 1 b 2 c 3))");
        assertThat(w("(list (reduce max 0 '(3 9 2)) (reduce + 0 '()) (reduce-right append '() '((1 2) (3) (4 5))))"))
                .isEqualTo("(9 0 (1 2 3 4 5))");
    }

    @Test
    void searching_and_counting() {
        assertThat(w("(list (find even? '(3 1 4 1 5 9)) (find-tail even? '(3 1 37 -8 -5 0 0)) (find even? '(1 3)))"))
                .isEqualTo("(4 (-8 -5 0 0) #f)");
        assertThat(w("(list (any integer? '(a 3 b 2.7)) (any integer? '(a 3.1 b 2.7)) (any < '(3 1 4 1 5) '(2 7 1 8 2)))"))
                .isEqualTo("(#t #f #t)");
        assertThat(w("(list (every even? '(2 4)) (every (lambda (x) (and (even? x) x)) '(2 4)) (every < '(1 2) '(2 1)))"))
                .isEqualTo("(#t 4 #f)");
        assertThat(w("(list (count even? '(3 1 4 1 5 9 2 5 6)) (count < '(1 2 4 8) '(2 4 6 8 10 12 14 16)))")).isEqualTo("(3 3)");
        assertThat(w("(list (list-index even? '(3 1 4 1 5 9)) (list-index < '(3 1 4 1 5 9 2 5 6) '(2 7 1 8 2)) (list-index even? '(1)))"))
                .isEqualTo("(2 1 #f)");
    }

    @Test
    void filtering_and_deleting() {
        assertThat(w("(call-with-values (lambda () (partition symbol? '(one 2 3 four five 6))) list)"))
                .isEqualTo("((one four five) (2 3 6))");
        assertThat(w("(list (remove even? '(0 7 8 8 43 -4)) (filter even? '(0 7 8 8 43 -4)))")).isEqualTo("((7 43) (0 8 8 -4))");
        assertThat(w("(list (delete 5 '(1 5 2 5 3)) (delete 5 '(1 5 7 9) <))")).isEqualTo("((1 2 3) (1 5))");
        assertThat(w("(delete-duplicates '(a b a c a b c z))")).isEqualTo("(a b c z)");
        assertThat(w("(delete-duplicates '((a . 3) (b . 7) (a . 9) (c . 1)) (lambda (x y) (eq? (car x) (car y))))"))
                .isEqualTo("((a . 3) (b . 7) (c . 1))");
        assertThat(w("(filter-map (lambda (x) (and (number? x) (* x x))) '(a 1 b 3 c 7))")).isEqualTo("(1 9 49)");
        assertThat(w("(append-map (lambda (x) (list x (- x))) '(1 3 8))")).isEqualTo("(1 -1 3 -3 8 -8)");
    }

    @Test
    void constructors() {
        assertThat(w("(list (iota 5) (iota 5 0 -1) (cons* 1 2 '(3 4)) (cons* 1) (list-tabulate 4 (lambda (i) (* i i))) (make-list 2 'x))"))
                .isEqualTo("((0 1 2 3 4) (0 -1 -2 -3 -4) (1 2 3 4) 1 (0 1 4 9) (x x))");
        assertThat(w("(list (concatenate '((1) (2 3))) (append-reverse '(3 2 1) '(4 5)) (fifth '(1 2 3 4 5 6)))"))
                .isEqualTo("((1 2 3) (1 2 3 4 5) 5)");
    }

    @Test
    void chicken_alists() {
        assertThat(w("(list (alist-ref 'b '((a . 1) (b . 2))) (alist-ref 'z '((a . 1))) (alist-ref 'z '((a . 1)) eqv? 0))"))
                .isEqualTo("(2 #f 0)");
        assertThat(w("(alist-ref \"b\" '((\"a\" . 1) (\"b\" . 2)) equal?)")).isEqualTo("2");
        // alist-update copies and adds a new key at the end; alist-update! changes in place or adds in front
        assertThat(w("(list (alist-update 'b 3 '((a . 1) (b . 2))) (alist-update 'c 3 '((a . 1) (b . 2))))"))
                .isEqualTo("(((a . 1) (b . 3)) ((a . 1) (b . 2) (c . 3)))");
        assertThat(w("(let ((al (list (cons 'a 1)))) (alist-update! 'a 5 al) al)")).isEqualTo("((a . 5))");
        assertThat(w("(alist-update! 'c 3 (list (cons 'a 1)))")).isEqualTo("((c . 3) (a . 1))");
    }

    @Test
    void chicken_list_helpers() {
        assertThat(w("(list (butlast '(1 2 3)) (flatten '(1 (2 (3 4)) 5)) (intersperse '(1 2 3) 'x) (join '((a b) (c) (d)) '(-)))"))
                .isEqualTo("((1 2) (1 2 3 4 5) (1 x 2 x 3) (a b - c - d))");
        assertThat(w("(compress '(#t #f #t) '(a b c))")).isEqualTo("(a c)");
    }
}
