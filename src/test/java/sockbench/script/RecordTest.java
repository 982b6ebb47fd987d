package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * SRFI-9 records and CHICKEN's define-record. CHICKEN binds the type name to the record's tag and
 * prints a record as {@code #<TAG>} (library.scm, ##sys#user-print-hook), unless a record printer is set.
 */
class RecordTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void the_srfi_9_example_pare() {
        // SRFI-9's own example
        console.eval("""
                (define-record-type pare
                  (kons x y)
                  pare?
                  (x kar set-kar!)
                  (y kdr))""");
        assertThat(w("(pare? (kons 1 2))")).isEqualTo("#t");
        assertThat(w("(pare? (cons 1 2))")).isEqualTo("#f");
        assertThat(w("(kar (kons 1 2))")).isEqualTo("1");
        assertThat(w("(kdr (kons 1 2))")).isEqualTo("2");
        assertThat(w("(let ((k (kons 1 2))) (set-kar! k 3) (kar k))")).isEqualTo("3");
    }

    @Test
    void records_print_with_their_tag_and_the_type_name_is_the_tag() {
        console.eval("(define-record-type point (make-point x y) point? (x point-x) (y point-y))");
        assertThat(w("(make-point 1 2)")).isEqualTo("#<point>");
        assertThat(w("(list (make-point 1 2))")).isEqualTo("(#<point>)");
        assertThat(w("point")).isEqualTo("point");
        console.eval("(define-record-type <conn> (make-conn fd) conn? (fd conn-fd) (state conn-state set-conn-state!))");
        assertThat(w("(make-conn 3)")).isEqualTo("#<<conn>>");
    }

    @Test
    void an_accessor_given_another_type_is_a_type_error_naming_it() {
        console.eval("(define-record-type point (make-point x y) point? (x point-x) (y point-y))");
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(point-x 5)"));
        assertThat(e.kinds()).containsExactly("exn", "type");
        assertThat(e.getMessage()).contains("(point-x) bad argument type - not a structure of the required type: 5 point");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(make-point 1)")).kinds()).contains("arity");
    }

    @Test
    void a_constructor_naming_an_unknown_field_is_a_syntax_error() {
        SchemeError e = catchThrowableOfType(SchemeError.class,
                () -> console.eval("(define-record-type p (make-p z) p? (x p-x))"));
        assertThat(e.kinds()).containsExactly("exn", "syntax");
        assertThat(e.getMessage()).contains("unknown slot name in constructor definition");
    }

    @Test
    void define_record_makes_settable_accessors_and_setters() {
        console.eval("(define-record rect w h) (define r (make-rect 1 2))");
        console.eval("(rect-w-set! r 10) (set! (rect-h r) 20)");
        assertThat(w("(list (rect? r) (rect-w r) (rect-h r) r)")).isEqualTo("(#t 10 20 #<rect>)");
    }

    @Test
    void a_record_printer_decides_how_it_prints() {
        console.eval("(define-record-type money (make-money cents) money? (cents money-cents))");
        console.eval("(define-record-printer (money m out) (fprintf out \"#<money ~a>\" (money-cents m)))");
        assertThat(w("(make-money 250)")).isEqualTo("#<money 250>");
        console.eval("(print (make-money 5))");
        assertThat(console.output()).isEqualTo("#<money 5>\n");
    }
}
