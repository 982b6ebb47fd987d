package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A CHICKEN procedure the console does not provide says so, and a program may still define the name. */
class NotProvidedTest {
    private final TestConsole console = new TestConsole();

    @Test
    void using_one_says_it_is_not_provided() {
        SchemeError e = catchThrowableOfType(SchemeError.class, () -> console.eval("(process-fork (lambda () 1))"));
        assertThat(e.kinds()).containsExactly("exn", "runtime"); // an unbound variable's: library.scm error-hook code 4
        assertThat(e.getMessage()).isEqualTo("line 1, column 1: not provided by this console: process-fork");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("tcp-connect")).getMessage())
                .endsWith("not provided by this console: tcp-connect");
    }

    @Test
    void other_names_stay_unbound_and_listed_names_can_be_defined() {
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(frobnicate)")).getMessage())
                .endsWith("unbound variable: frobnicate");
        assertThat(console.write("(define (system cmd) (list 'pretend cmd)) (system \"ls\")")).isEqualTo("(pretend \"ls\")");
    }

    @Test
    void none_of_the_listed_names_is_in_fact_provided() {
        for (String name : NotProvided.names()) {
            assertThat(console.interpreter.globals().lookup(name)).as(name).isNull();
        }
    }
}
