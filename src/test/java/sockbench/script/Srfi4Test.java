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
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u8vector 256)")).kinds()).contains("type");
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
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u64vector 18446744073709551616)")).kinds())
                .contains("type");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(u32vector 4294967296000000000000)")).kinds())
                .contains("type");
    }
}
