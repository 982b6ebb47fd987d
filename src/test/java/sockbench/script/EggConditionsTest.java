package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The condition kinds and locations the socket egg (0.3.3, socket.scm) raises, form by form: its
 * network-error, domain-error and unsupported-error helpers, and foreigners' enum conversions.
 * Each row: a form, the kinds of what it raises and its {@code exn location} (the egg's own: its
 * {@code %socket-receive!} names {@code socket-receive!} for {@code socket-receive} too).
 */
class EggConditionsTest {
    private final java.util.List<sockbench.net.Socket> made = new java.util.concurrent.CopyOnWriteArrayList<>();
    private AutoCloseable watch;

    @org.junit.jupiter.api.BeforeEach
    void watch() {
        watch = sockbench.net.SocketEvents.listen(e -> {
            if (e.kind() == sockbench.net.SocketEvents.Kind.CREATED) {
                made.add(e.socket());
            }
        });
    }

    @org.junit.jupiter.api.AfterEach
    void closeWhatTheFormsMade() throws Exception {
        watch.close();
        made.forEach(sockbench.net.Socket::closeQuietly);
    }

    private static Interpreter console() {
        return SocketConsole.create(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream());
    }

    @ParameterizedTest(name = "{0} => {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        (inet-address "300.1.1.1" 80)                                  | (exn i/o net)          | inet-address
        (inet-address "localhost" 80)                                  | (exn i/o net)          | inet-address
        (inet-address "127.0.0.1" 80.5)                                | (exn domain)           | inet-address
        (inet-address "127.0.0.1" 70000)                               | (exn i/o net)          | inet-address
        (sockaddr-path (inet-address "127.0.0.1" 80))                  | (exn i/o net)          | sockaddr-path
        (sockaddr-port (unix-address "/tmp/x"))                        | (exn i/o net)          | sockaddr-port
        (socket-connect (socket af/inet sock/stream) (inet-address "::1" 9))   | (exn i/o net) | socket-connect
        (set! (so-type (socket af/inet sock/stream)) 1)                | (exn i/o net)          | so-type
        (socket-receive (socket af/inet sock/dgram) 10 0)              | (exn i/o net timeout)  | socket-receive!
        (socket-connect (socket af/inet sock/stream) (inet-address "127.0.0.1" 1))  | (exn i/o net transient) | socket-connect
        (address-family->integer 'af/nonesuch)                         | (exn)                  | #f
        """)
    void should_raise_what_the_egg_raises(String form, String kinds, String location) {
        Interpreter console = console();
        SchemeError e = org.junit.jupiter.api.Assertions.assertThrows(SchemeError.class,
                () -> console.eval("(parameterize ((socket-receive-timeout 0)) " + form + ")"));
        assertThat("(" + String.join(" ", e.kinds()) + ")").isEqualTo(kinds);
        Object where = Conditions.property(e.payload(), "exn", "location");
        assertThat(where == null ? "#f" : where.toString()).isEqualTo(location);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiter = '|', textBlock = """
        (integer->address-family 9999)                  | ()
        (integer->address-family af/inet)               | af/inet
        (address-family->integer 'af/inet6)             | 10
        (address-family->integer '(af/inet af/unix))    | 3
        (address-family->integer af/inet6:)             | 10
        (address-family->integer '())                   | 0
        (socket-type->integer 'sock/dgram)              | 2
        (integer->protocol-type 9999)                   | ()
        (socket-shutdown (socket af/inet sock/stream) shut/rdwr) | #<unspecified>
        (length (address-information "127.0.0.1" 80 type: #f)) | 3
        (car (name-information (unix-address "/tmp/sb.sock")))     | HOST
        (cdr (name-information (unix-address "/tmp/sb.sock")))     | "/tmp/sb.sock"
        """)
    void should_answer_what_the_egg_answers(String form, String expected) throws Exception {
        Interpreter console = console();
        // glibc's getnameinfo gives a unix address's host as uname's nodename, its service as the path
        String want = expected.equals("HOST")
                ? "\"" + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).trim() + "\""
                : expected;
        assertThat(ByteText.decode(Printer.write(console.eval(form)))).isEqualTo(want);
    }
}
