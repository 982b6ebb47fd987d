package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** SRFI-4 homogeneous vectors and blobs, as CHICKEN's (chicken srfi-4) and (chicken blob) document them. */
class Srfi4Test {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void u8vectors_are_made_read_written_and_printed_as_chicken_prints_them() {
        assertThat(w("(u8vector 1 2 3)")).isEqualTo("#u8(1 2 3)");
        assertThat(w("#u8(1 2 255)")).isEqualTo("#u8(1 2 255)");
        assertThat(w("(make-u8vector 3 7)")).isEqualTo("#u8(7 7 7)");
        assertThat(w("(let ((v (make-u8vector 2 0))) (u8vector-set! v 1 200) (list (u8vector-ref v 1) (u8vector-length v)))"))
                .isEqualTo("(200 2)");
        assertThat(w("(list (u8vector->list (u8vector 4 5)) (list->u8vector '(6 7)) (subu8vector (u8vector 1 2 3 4) 1 3))"))
                .isEqualTo("((4 5) #u8(6 7) #u8(2 3))");
        assertThat(w("(list (u8vector? (u8vector)) (u8vector? (s8vector)))")).isEqualTo("(#t #f)");
        assertThat(w("(equal? (u8vector 1 2) (u8vector 1 2))")).isEqualTo("#t");
    }

    @Test
    void each_kind_holds_its_range_and_refuses_others() {
        assertThat(w("(list (s8vector -128 127) (u16vector 65535) (s16vector -32768) (s32vector -1) (u64vector 1) (s64vector -5))"))
                .isEqualTo("(#s8(-128 127) #u16(65535) #s16(-32768) #s32(-1) #u64(1) #s64(-5))");
        assertThat(w("(list (f32vector 1.5) (f64vector 0.25 2))")).isEqualTo("(#f32(1.5) #f64(0.25 2.0))");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u8vector 256)")).kinds()).contains("bounds");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u8vector-ref (u8vector 1) 1)")).kinds())
                .contains("bounds");
        SchemeError tooLarge = catchThrowableOfType(SchemeError.class, () -> console.eval("(make-u64vector 2147483647)"));
        assertThat(tooLarge.kinds()).containsExactly("exn", "runtime", "limit");
        assertThat(tooLarge.getMessage()).contains("(make-u64vector) vector too large");
    }

    @Test
    void blob_conversions_copy_or_share() {
        assertThat(w("(u8vector->blob (u8vector 1 2 255))")).isEqualTo("#${0102ff}");
        assertThat(w("(blob->u8vector #${0a0b})")).isEqualTo("#u8(10 11)");
        // /shared: the vector and the blob are the same bytes
        assertThat(w("(let* ((v (u8vector 1 2)) (b (u8vector->blob/shared v))) (u8vector-set! v 0 9) b)")).isEqualTo("#${0902}");
        assertThat(w("(let* ((v (u8vector 1 2)) (b (u8vector->blob v))) (u8vector-set! v 0 9) b)")).isEqualTo("#${0102}");
        assertThat(w("(let* ((b (make-blob 2)) (v (blob->u8vector/shared b))) (u8vector-set! v 1 255) (u8vector->list (blob->u8vector b)))"))
                .isEqualTo("(0 255)");
        assertThat(w("(u16vector->list (blob->u16vector/shared (u8vector->blob (u8vector 1 1))))")).isEqualTo("(257)");
    }

    @Test
    void blobs() {
        assertThat(w("(list (blob-size (make-blob 4)) (blob=? #${0102} (string->blob \"\\x01;\\x02;\")) (blob->string #${6869}))"))
                .isEqualTo("(4 #t \"hi\")");
    }

    @Test
    void a_u64vector_holds_the_whole_unsigned_range() {
        // SRFI-4: u64 elements are 0 .. 2^64-1; above the fixnums they are bignums
        assertThat(w("(let ((v (u64vector 18446744073709551615 9223372036854775808 1))) (u64vector->list v))"))
                .isEqualTo("(18446744073709551615 9223372036854775808 1)");
        assertThat(w("(u8vector->list (blob->u8vector (u64vector->blob (u64vector 18446744073709551615))))"))
                .isEqualTo("(255 255 255 255 255 255 255 255)");
        // runtime.c C_i_u64vector_set: beyond 64 bits, barf(C_OUT_OF_RANGE_ERROR, "u64vector-set!", x)
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u64vector 18446744073709551616)")).kinds())
                .contains("bounds");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u32vector 4294967296000000000000)")).kinds())
                .contains("bounds");
    }

    private String raised(String expression) {
        return console.raised(expression);
    }

    @Test
    void an_element_outside_its_type_is_out_of_range_where_the_setter_is() {
        // runtime.c C_i_u8vector_set: else barf(C_OUT_OF_RANGE_ERROR, "u8vector-set!", x); list->u8vector
        // (and so u8vector) fills through u8vector-set!, whose name the condition carries
        assertThat(raised("(u8vector-set! (make-u8vector 2) 0 256)"))
                .isEqualTo("((exn message \"out of range\" arguments (256) location u8vector-set!) (bounds))");
        assertThat(raised("(u8vector 1 -1)"))
                .isEqualTo("((exn message \"out of range\" arguments (-1) location u8vector-set!) (bounds))");
        assertThat(raised("(list->s16vector '(40000))"))
                .isEqualTo("((exn message \"out of range\" arguments (40000) location s16vector-set!) (bounds))");
        // C_i_s8vector_set alone says bad argument type for a value too wide
        assertThat(raised("(s8vector 128)"))
                .isEqualTo("((exn message \"bad argument type\" arguments (128) location s8vector-set!) (type))");
        // no exact integer: else barf(C_BAD_ARGUMENT_TYPE_ERROR, "u8vector-set!", x)
        assertThat(raised("(u8vector-set! (make-u8vector 1) 0 1.5)"))
                .isEqualTo("((exn message \"bad argument type\" arguments (1.5) location u8vector-set!) (type))");
    }

    @Test
    void a_make_vectors_fill_is_checked_against_its_width() {
        // srfi-4.scm check-uint-length: (##sys#error-hook C_OUT_OF_RANGE_ERROR loc obj 0 (expt 2 len))
        assertThat(raised("(make-u8vector 2 300)"))
                .isEqualTo("((exn message \"out of range\" arguments (300 0 256) location make-u8vector) (bounds))");
        // check-int-length: loc obj (- (expt 2 len)) (sub1 (expt 2 len))
        assertThat(raised("(make-s8vector 2 200)"))
                .isEqualTo("((exn message \"out of range\" arguments (200 -256 255) location make-s8vector) (bounds))");
        // ##sys#check-exact-uinteger before: a negative fill is not an unsigned integer
        assertThat(raised("(make-u16vector 1 -1)"))
                .isEqualTo("((exn message \"bad argument type - not an unsigned integer\" arguments (-1) location make-u16vector) (type))");
        assertThat(w("(u8vector->list (make-u8vector 3 255))")).isEqualTo("(255 255 255)");
    }
}
