package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forms from spec/socket-egg.txt, run as written against stub bindings registered the way the real
 * bindings will be: constants, procedures with keyword arguments, settable option getters, engine
 * parameters and engine exceptions.
 */
class SpecFormsTest {

    /** What the engine's socket looks like from here: a Java object printing as the egg prints it. */
    record StubSocket(int fd, String family, String type) {
        @Override
        public String toString() {
            return "#<socket fd:" + fd + " " + family + " " + type + ">";
        }
    }

    static final class StubNetException extends RuntimeException {
        StubNetException(String message) {
            super(message);
        }
    }

    static {
        Conditions.register(StubNetException.class, e -> Condition.exn(List.of("exn", "i/o", "net", "timeout"), e.getMessage()));
    }

    private final TestConsole console = new TestConsole();
    private final Map<String, Object> options = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerStubBindings() {
        GlobalEnv g = console.interpreter.globals();
        g.define("af/inet", 2L);
        g.define("af/inet6", 10L);
        g.define("sock/stream", 1L);
        g.define("sock/dgram", 2L);
        g.define("ipproto/tcp", 6L);
        g.define("sol/socket", 1L);
        g.define("tcp/nodelay", 1L);
        g.define("so/rcvlowat", 18L);
        g.define("ni/numerichost", 1L);
        g.define("ni/numericserv", 2L);
        g.defineProcedure("socket", 2, 3, a -> new StubSocket(19,
                Args.integer(a[0]) == 2 ? "af/inet" : "af/inet6", Args.integer(a[1]) == 1 ? "sock/stream" : "sock/dgram"));
        g.defineSettable("so-reuse-address?", 1, 1,
                a -> options.getOrDefault("reuse", false), a -> options.put("reuse", a[1]));
        g.defineProcedure("set-socket-option", 4, 4, a -> {
            calls.add("set-socket-option " + Printer.write(new Blob(Args.bytes(a[3]))));
            return null;
        });
        g.defineProcedure("address-information", 2, Primitive.MANY, a -> {
            Map<String, Object> keys = Args.keywords(a, 2);
            return List.of(Args.string(a[0]).toJavaString(), a[1], keys.getOrDefault("type", 1L));
        });
        g.defineProcedure("name-information", 1, 2, a -> new Pair(MString.fromJava("::1"), a.length > 1 ? 80L : MString.of("http")));
        g.defineProcedure("socket-connect", 2, 2, a -> {
            throw new StubNetException("connect timed out");
        });
        g.defineParameter("socket-send-size", new ThreadParameter(16384L));
    }

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void socket_creation_prints_the_engine_object() {
        assertThat(w("(socket af/inet sock/stream)")).isEqualTo("#<socket fd:19 af/inet sock/stream>");
        assertThat(w("(socket af/inet6 sock/dgram)")).isEqualTo("#<socket fd:19 af/inet6 sock/dgram>");
    }

    @Test
    void generalized_set_of_an_option() {
        console.eval("(define so (socket af/inet6 sock/stream))\n(set! (so-reuse-address? so) #t)");
        assertThat(options).containsEntry("reuse", true);
        assertThat(w("(so-reuse-address? so)")).isEqualTo("#t");
    }

    @Test
    void keyword_arguments_reach_the_binding() {
        assertThat(w("(address-information \"127.0.0.1\" 53 type: sock/dgram)")).isEqualTo("(\"127.0.0.1\" 53 2)");
    }

    @Test
    void raw_option_values_from_strings_and_u32vectors() {
        console.eval("""
                (define S (socket af/inet sock/stream))
                (set-socket-option S ipproto/tcp tcp/nodelay (make-string 4 #\\x0))
                (set-socket-option S sol/socket so/rcvlowat (u32vector->blob/shared (u32vector #x01020304)))
                """);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).isEqualTo("set-socket-option #${00000000}");
        assertThat(calls.get(1)).isIn("set-socket-option #${04030201}", "set-socket-option #${01020304}");
    }

    @Test
    void name_information_with_added_flags() {
        assertThat(w("(name-information (socket af/inet sock/stream) (+ ni/numerichost ni/numericserv))")).isEqualTo("(\"::1\" . 80)");
    }

    @Test
    void a_timeout_from_the_engine_is_caught_by_its_kinds() {
        assertThat(w("""
                (define so (socket af/inet sock/stream))
                (condition-case (socket-connect so #f)
                  ((exn i/o net transient) 'retry)
                  (e (exn i/o net timeout) (get-condition-property e 'exn 'message)))
                """)).isEqualTo("\"connect timed out\"");
    }

    @Test
    void parameterize_with_engine_parameters_and_defines_in_its_body() {
        assertThat(w("""
                (parameterize ((socket-send-size 512))
                  (define so (socket af/inet sock/dgram))
                  (define-values (i o) (values (socket-send-size) so))
                  (list i o))
                """)).isEqualTo("(512 #<socket fd:19 af/inet sock/dgram>)");
        assertThat(w("(socket-send-size)")).isEqualTo("16384");
    }
}
