package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettableTest {
    private final TestConsole console = new TestConsole();

    /** A stand-in for a socket option: a getter and a setter over a map keyed by socket. */
    private final Map<Object, Object> reuseAddress = new HashMap<>();

    @Test
    void set_on_a_registered_getter_calls_its_setter_with_the_arguments_and_the_value() {
        console.interpreter.globals().defineSettable("so-reuse-address?", 1, 1,
                a -> reuseAddress.getOrDefault(a[0], false),
                a -> reuseAddress.put(a[0], a[1]));
        Object socket = new Object();
        console.interpreter.globals().define("s", socket);

        assertThat(console.eval("(so-reuse-address? s)")).isEqualTo(false);
        assertThat(console.eval("(set! (so-reuse-address? s) #t)")).isEqualTo(Special.UNSPECIFIED);
        assertThat(reuseAddress).containsEntry(socket, true);
        assertThat(console.eval("(so-reuse-address? s)")).isEqualTo(true);
    }

    @Test
    void set_on_a_getter_without_setter_is_an_error() {
        assertThatThrownBy(() -> console.eval("(set! (length '(1)) 2)"))
                .isInstanceOf(SchemeError.class).hasMessageContaining("no setter defined");
    }

    @Test
    void builtin_accessors_and_getter_with_setter_are_settable() {
        assertThat(console.write("(define p (cons 1 2)) (set! (car p) 'a) (set! (cdr p) 'b) p")).isEqualTo("(a . b)");
        assertThat(console.write("(define s (make-string 2 #\\a)) (set! (string-ref s 1) #\\z) s")).isEqualTo("\"az\"");
        assertThat(console.write("(define box (vector 0)) (define unbox (getter-with-setter (lambda () (vector-ref box 0)) "
                + "(lambda (v) (vector-set! box 0 v)))) (set! (unbox) 9) (unbox)")).isEqualTo("9");
    }
}
