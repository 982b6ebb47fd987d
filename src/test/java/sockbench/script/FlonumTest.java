package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** (chicken flonum) as its manual has it: flonums only, C's rounding for fpround, the double's limits. */
class FlonumTest {
    private final TestConsole console = new TestConsole();

    @Test
    void the_operations_take_flonums_and_give_flonums() {
        assertThat(console.write("(list (fp+ 1.5 2.0) (fp- 1.0 4.0) (fp* 2.0 0.25) (fp/ 1.0 4.0) (fpneg 2.0) (fpmax 1.0 3.0))"))
                .isEqualTo("(3.5 -3.0 0.5 0.25 -2.0 3.0)");
        assertThat(console.write("(list (fp< 1.0 2.0) (fp= 1.0 1.0) (fp>= 1.0 2.0) (fpinteger? 3.0) (fpinteger? 3.5))"))
                .isEqualTo("(#t #t #f #t #f)");
        // "In safe mode, these procedures throw a type error when given non-float arguments"
        assertThat(console.raised("(fp+ 1 2.0)"))
                .isEqualTo("((exn message \"bad argument type - not a flonum\" arguments (1) location fp+) (type))");
    }

    @Test
    void fpround_is_c_round_half_away_from_zero_unlike_round() {
        // manual: "fpround uses the rounding mode that your C library implements, which is usually different from R5RS"
        assertThat(console.write("(list (fpround 2.5) (fpround -2.5) (round 2.5) (fpround 0.49999999999999994) (fptruncate -2.7) (fpfloor -2.5))"))
                .isEqualTo("(3.0 -3.0 2.0 0.0 -2.0 -3.0)");
        assertThat(console.write("(fpgcd 12.0 18.0)")).isEqualTo("6.0");
    }

    @Test
    void the_limits_are_the_ieee_doubles() {
        assertThat(console.write("(list flonum-radix flonum-precision (fp= flonum-epsilon (fp- (fp+ 1.0 flonum-epsilon) 1.0)))"))
                .isEqualTo("(2 53 #t)");
    }

    @Test
    void the_fixnum_operations_say_they_are_not_provided() {
        assertThat(console.raised("fx+")).contains("not provided by this console");
    }
}
