package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * CHICKEN 5's numeric tower (manual: Module scheme, numerical operations; R7RS 6.2) and its float
 * printing with 15 significant digits (flonum-print-precision).
 */
class NumericTowerTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void exact_division_gives_ratios_in_lowest_terms() {
        assertThat(w("(/ 10 4)")).isEqualTo("5/2");
        assertThat(w("(/ 10 5)")).isEqualTo("2");
        assertThat(w("1/3")).isEqualTo("1/3");
        assertThat(w("6/4")).isEqualTo("3/2");
        assertThat(w("(+ 1/3 2/3)")).isEqualTo("1");
        assertThat(w("(* 1/2 4)")).isEqualTo("2");
        assertThat(w("(- 1/2)")).isEqualTo("-1/2");
        assertThat(w("(/ 3)")).isEqualTo("1/3");
        assertThat(w("(exact->inexact 1/3)")).isEqualTo("0.333333333333333");
        assertThat(w("(+ 1/2 0.5)")).isEqualTo("1.0");
    }

    @Test
    void numerator_denominator_and_predicates() {
        assertThat(w("(list (numerator 6/4) (denominator 6/4) (denominator 5))")).isEqualTo("(3 2 1)");
        assertThat(w("(denominator 0.5)")).isEqualTo("2.0");
        assertThat(w("(list (exact-integer? 5) (exact-integer? 5.0) (exact-integer? 1/2))")).isEqualTo("(#t #f #f)");
        assertThat(w("(list (rational? 1/2) (rational? 0.5) (rational? +inf.0) (integer? 2.0) (integer? 5/2))"))
                .isEqualTo("(#t #t #f #t #f)");
        assertThat(w("(list (exact? 1/2) (inexact? 0.5) (exact (floor 2.5)) (exact 0.5) (inexact 1/4))"))
                .isEqualTo("(#t #t 2 1/2 0.25)");
    }

    @Test
    void bignums_are_exact_and_read_and_print_in_full() {
        assertThat(w("(expt 2 100)")).isEqualTo("1267650600228229401496703205376");
        assertThat(w("(* 99999999999 99999999999 99999999999)")).isEqualTo("999999999970000000000299999999999");
        assertThat(w("(+ 9223372036854775807 1)")).isEqualTo("9223372036854775808");
        assertThat(w("(- (+ 9223372036854775807 1) 1)")).isEqualTo("9223372036854775807");
        assertThat(w("(quotient (expt 10 30) 7)")).isEqualTo("142857142857142857142857142857");
        assertThat(w("(remainder (expt 10 30) 7)")).isEqualTo("1");
        assertThat(w("(modulo (- (expt 10 30)) 7)")).isEqualTo("6");
        assertThat(w("(= (expt 2 64) 18446744073709551616)")).isEqualTo("#t");
        assertThat(w("(eqv? (expt 2 64) (expt 2 64))")).isEqualTo("#t");
        assertThat(w("(exact->inexact (expt 2 70))")).isEqualTo("1.18059162071741e+21");
        assertThat(console.eval("(number->string (expt 2 64) 16)").toString()).isEqualTo("10000000000000000");
        assertThat(w("(string->number \"123456789012345678901234567890\")")).isEqualTo("123456789012345678901234567890");
        assertThat(w("(arithmetic-shift 1 70)")).isEqualTo("1180591620717411303424");
    }

    @Test
    void sqrt_and_expt_keep_chicken_exactness() {
        assertThat(w("(sqrt 16)")).isEqualTo("4");
        assertThat(w("(sqrt 1/4)")).isEqualTo("1/2");
        assertThat(w("(sqrt 2)")).isEqualTo("1.4142135623731");
        assertThat(w("(sqrt 16.0)")).isEqualTo("4.0");
        assertThat(w("(expt 2 10)")).isEqualTo("1024");
        assertThat(w("(expt 2 -2)")).isEqualTo("1/4");
        assertThat(w("(expt 2.0 3)")).isEqualTo("8.0");
        assertThat(w("(expt 2 0.5)")).isEqualTo("1.4142135623731");
        assertThat(w("(exp 0)")).isEqualTo("1.0");
        assertThat(w("(log 1)")).isEqualTo("0.0");
        assertThat(w("(atan 1 1)")).isEqualTo("0.785398163397448");
        assertThat(w("(sin 0)")).isEqualTo("0.0");
        assertThat(w("(call-with-values (lambda () (exact-integer-sqrt 17)) list)")).isEqualTo("(4 1)");
    }

    @Test
    void rounding_keeps_exactness_and_rounds_to_even() {
        assertThat(w("(round 462.3)")).isEqualTo("462.0");
        assertThat(w("(round 2.5)")).isEqualTo("2.0");
        assertThat(w("(round 7/2)")).isEqualTo("4");
        assertThat(w("(round 5/2)")).isEqualTo("2");
        assertThat(w("(floor -7/2)")).isEqualTo("-4");
        assertThat(w("(ceiling 7/2)")).isEqualTo("4");
        assertThat(w("(truncate -7/2)")).isEqualTo("-3");
        assertThat(w("(floor -3.5)")).isEqualTo("-4.0");
    }

    @Test
    void flonums_print_with_15_significant_digits() {
        assertThat(w("(/ 1.0 3)")).isEqualTo("0.333333333333333");
        assertThat(w("0.1")).isEqualTo("0.1");
        assertThat(w("(+ 0.1 0.2)")).isEqualTo("0.3");
        assertThat(w("3.0")).isEqualTo("3.0");
        assertThat(w("-1.5")).isEqualTo("-1.5");
        assertThat(w("1e21")).isEqualTo("1e+21");
        assertThat(w("123456789012345.0")).isEqualTo("123456789012345.0");
        // runtime.c C_flonum_to_string: an integral flonum below 2^64 takes the integer code, then ".0"
        assertThat(w("1e15")).isEqualTo("1000000000000000.0");
        assertThat(w("-1e18")).isEqualTo("-1000000000000000000.0");
        assertThat(w("1e19")).isEqualTo("10000000000000000000.0");
        assertThat(w("1e20")).isEqualTo("1e+20");
        assertThat(w("1234567890123456.5")).isEqualTo("1.23456789012346e+15");
        assertThat(w("(list (number->string 255. 16) (number->string -8. 2) (number->string 0.5 2))"))
                .isEqualTo("(\"ff.0\" \"-1000.0\" \"0.5\")");
        assertThat(w("0.0001")).isEqualTo("0.0001");
        assertThat(w("0.00001")).isEqualTo("1e-05");
        assertThat(w("(/ 0. 0.)")).isEqualTo("+nan.0");
        assertThat(w("(/ 1. 0.)")).isEqualTo("+inf.0");
    }

    @Test
    void comparisons_across_the_tower() {
        assertThat(w("(list (< 1/3 0.34) (= 1/2 0.5) (> (expt 2 100) 1e30) (max 1/2 0.25) (min 1 2))"))
                .isEqualTo("(#t #t #t 0.5 1)");
        assertThat(w("(list (eqv? 1/2 0.5) (equal? 1/2 2/4) (zero? 0/5) (negative? -1/2))")).isEqualTo("(#f #t #t #t)");
    }

    @Test
    void division_by_exact_zero_is_a_condition() {
        assertThatThrownBy(() -> console.eval("(/ 1 0)")).isInstanceOf(SchemeError.class).hasMessageContaining("division by zero");
    }

    @Test
    void chicken_5_random_numbers_are_pseudo_random_integer_and_real() {
        // Module (chicken random): an integer between 0 and RANGE-1, which may be a big integer.
        assertThat(w("(let ((r (pseudo-random-integer 10))) (and (exact-integer? r) (>= r 0) (< r 10)))")).isEqualTo("#t");
        assertThat(w("(< -1 (pseudo-random-integer (expt 10 30)) (expt 10 30))")).isEqualTo("#t");
        assertThat(w("(let ((x (pseudo-random-real))) (and (inexact? x) (<= 0 x) (< x 1)))")).isEqualTo("#t");
        // CHICKEN 5's C_random_fixnum: a range of 0 gives 0, a negative one is out of range.
        assertThat(w("(pseudo-random-integer 0)")).isEqualTo("0");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(pseudo-random-integer -5)")).getMessage())
                .contains("(pseudo-random-integer) out of range: -5 0");
        assertThat(w("(condition-case (pseudo-random-integer -5) ((exn bounds) 'bounds))")).isEqualTo("bounds");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(pseudo-random-integer 2.5)")).getMessage())
                .contains("(pseudo-random-integer) bad argument type: 2.5");
        // CHICKEN 5 dropped CHICKEN 4's random: the name is unbound there, so it is here.
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(random 10)")).getMessage())
                .contains("unbound variable: random");
    }

    @Test
    void two_fixnum_arithmetic_and_comparison_keep_exactness_at_the_fixnum_edges() {
        // Values beyond Java's small-Long cache must compare by value, and a fixnum sum that
        // overflows becomes a bignum (R7RS 6.2.6: exact arithmetic is exact).
        assertThat(w("(list (= 1000000 (* 1000 1000)) (= 5 6) (< 3 4) (>= 4 4) (> 3 4) (<= 5 4))")).isEqualTo("(#t #f #t #t #f #f)");
        assertThat(w("(+ 9223372036854775807 1)")).isEqualTo("9223372036854775808");
        assertThat(w("(- -9223372036854775808 1)")).isEqualTo("-9223372036854775809");
        assertThat(w("(list (- 5 7) (+ 2 3) (= 100000000000 (+ 50000000000 50000000000)))")).isEqualTo("(-2 5 #t)");
        assertThat(w("(list (+ 1 1/2) (< 1 1.5) (= 2 2.0))")).isEqualTo("(3/2 #t #t)");
    }

    /** What an arithmetic error's condition says: its kinds, location, message and arguments, as condition->list shows them. */
    private String arithmetic(String call) {
        return w("(condition-case " + call + " (e (exn arithmetic) (list ((condition-property-accessor 'exn 'location) e)"
                + " ((condition-property-accessor 'exn 'message) e) ((condition-property-accessor 'exn 'arguments) e))))");
    }

    @Test
    void where_chicken_answers_with_a_complex_number_the_console_says_it_has_none_instead_of_nan() {
        // CHICKEN 5 (library.scm): (sqrt -4) is 0.0+2.0i, (log -1) +3.14159265358979i, (asin 2) and
        // (expt -8 1/3) complex too. This console has no complex numbers: an arithmetic error naming them.
        String none = "\"complex numbers are not provided by this console\"";
        assertThat(arithmetic("(sqrt -4)")).isEqualTo("(sqrt " + none + " (-4))");
        assertThat(arithmetic("(sqrt -2.5)")).isEqualTo("(sqrt " + none + " (-2.5))");
        assertThat(arithmetic("(log -1)")).isEqualTo("(log " + none + " (-1))");
        assertThat(arithmetic("(log 8 -2)")).isEqualTo("(log " + none + " (-2))");
        assertThat(arithmetic("(asin 2)")).isEqualTo("(asin " + none + " (2))");
        assertThat(arithmetic("(acos -1.5)")).isEqualTo("(acos " + none + " (-1.5))");
        assertThat(arithmetic("(expt -8 1/3)")).isEqualTo("(expt " + none + " (-8 1/3))");
        assertThat(arithmetic("(expt -2 0.5)")).isEqualTo("(expt " + none + " (-2 0.5))");
        // and the real cases stay real, with CHICKEN's exactness
        assertThat(w("(list (sqrt 16) (sqrt -0.0) (sqrt 1/4) (expt -2 3) (expt -2.0 2) (expt -8 2.0) (asin 1) (acos -1))"))
                .isEqualTo("(4 -0.0 1/2 -8 4.0 64.0 1.5707963267949 3.14159265358979)");
    }

    @Test
    void the_log_of_exact_zero_is_undefined_and_of_inexact_zero_minus_infinity() {
        // CHICKEN 5's ##sys#log-1: exact 0 raises "log of exact 0 is undefined"; log returns a flonum otherwise
        assertThat(arithmetic("(log 0)")).isEqualTo("(log \"log of exact 0 is undefined\" (0))");
        assertThat(w("(list (log 0.0) (log 1) (exp 0) (log 100 10))")).isEqualTo("(-inf.0 0.0 1.0 2.0)");
    }
}
