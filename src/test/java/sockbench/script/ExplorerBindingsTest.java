package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockbench.net.SockAddr;
import sockbench.net.explore.PayloadLibrary;
import sockbench.net.explore.SavedPayload;

/** The Explorer's procedures as the console runs them, against JDK peers. */
class ExplorerBindingsTest {
    private final PayloadLibrary library = PayloadLibrary.shared();
    private Interpreter console;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        library.clear();
        console = SocketConsole.create(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        console.eval("(define s (socket af/inet sock/stream)) (socket-bind s (inet-address \"127.0.0.1\" 0)) (socket-listen s 4)");
    }

    @AfterEach
    void tearDown() {
        try {
            console.eval("(responder-stop r)");
        } catch (SchemeError unbound) {
            // this test started no responder
        }
        console.eval("(socket-close s)");
        library.clear();
    }

    private int port() {
        return ((Number) console.eval("(sockaddr-port (socket-name s))")).intValue();
    }

    private static String ask(int port, String request, int replyLength) throws Exception {
        try (java.net.Socket c = new java.net.Socket("127.0.0.1", port)) {
            c.setSoTimeout(10_000);
            c.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = c.getInputStream();
            return new String(in.readNBytes(replyLength), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void responder_start_echo_answers_and_counts() throws Exception {
        console.eval("(define r (responder-start s 'echo))");
        assertThat(ask(port(), "hello", 5)).isEqualTo("hello");
        Object counts = console.eval("(let loop () (if (< (cdr (assq 'replies (responder-counts r))) 1) (loop) (responder-counts r)))");
        assertThat(Printer.write(counts)).isEqualTo("((received . 1) (bytes-received . 5) (replies . 1) (bytes-sent . 5) (accepted . 1))");
        assertThat(Printer.write(console.eval("(cdr (assq 'peer (car (responder-clients r))))"))).startsWith("\"127.0.0.1:");
        console.eval("(responder-stop r)");
        assertThat(console.eval("(begin (let loop () (if (responder-running? r) (loop))) (responder-running? r))")).isEqualTo(false);
    }

    @Test
    void a_regex_rule_replies_with_its_groups() throws Exception {
        console.eval("(define r (responder-start s (list (rule 'regex \"GET (\\\\S+)\" \"HTTP/1.0 200 OK\\r\\n\\r\\n$1\"))))");
        assertThat(ask(port(), "GET /a/b HTTP/1.0\r\n\r\n", 23)).isEqualTo("HTTP/1.0 200 OK\r\n\r\n/a/b");
    }

    @Test
    void repeat_send_sends_exactly_count() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            console.eval("(define c (socket af/inet sock/stream)) (socket-connect c (inet-address \"127.0.0.1\" "
                    + server.getLocalPort() + "))");
            try (java.net.Socket peer = server.accept()) {
                peer.setSoTimeout(10_000);
                assertThat(console.eval("(repeat-wait (repeat-send c \"ping {n}\\n\" count: 10 every: 1))")).isEqualTo(10L);
                console.eval("(socket-close c)");
                String got = new String(peer.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(got.split("\n")).hasSize(10).startsWith("ping 1").endsWith("ping 10");
            }
        }
    }

    @Test
    void the_library_round_trips_through_an_scm_file() throws Exception {
        Path file = dir.resolve("lib.scm");
        console.eval("(payload-define 'get \"GET / HTTP/1.0\\r\\n\\r\\n\")"
                + "(payload-define 'zeros #${00ff7f80} mode: 'hex)"
                + "(payload-define 'dgram \"ping \\x00;\\\"q\\\"\" mode: 'text flags: msg/dontroute to: (inet-address \"127.0.0.1\" 9999))"
                + "(payload-define \"with space\" \"a\\tb\" to: (unix-address \"/tmp/x.sock\"))");
        List<SavedPayload> before = library.all();
        assertThat(console.eval("(payload-export \"" + file + "\")")).isEqualTo(4L);
        String text = Files.readString(file);
        assertThat(text).contains("(payload-define 'zeros #${00ff7f80} mode: 'hex)");
        console.eval("(for-each payload-delete (payload-names))");
        assertThat(library.all()).isEmpty();
        assertThat(console.eval("(payload-import \"" + file + "\")")).isEqualTo(4L);
        assertThat(library.all()).isEqualTo(before);
        assertThat(library.get("dgram").orElseThrow().target()).isEqualTo(SockAddr.inet("127.0.0.1", 9999));
        assertThat(library.get("dgram").orElseThrow().data()).isEqualTo("ping \0\"q\"".getBytes(StandardCharsets.ISO_8859_1));
        // the exported file is also a script the console can load as it is
        console.eval("(for-each payload-delete (payload-names))");
        console.eval(text);
        assertThat(library.all()).isEqualTo(before);
    }

    @Test
    void import_reads_forms_as_data_and_refuses_code() throws Exception {
        Path file = dir.resolve("evil.scm");
        Files.writeString(file, "(payload-define 'ok \"x\")\n(payload-define 'bad (begin (socket-close s) \"x\"))\n");
        assertThatThrownBy(() -> console.eval("(payload-import \"" + file + "\")"))
                .hasMessageContaining("line 2").hasMessageContaining("may be computed");
        assertThat(library.names()).as("nothing added from a file with a wrong form").isEmpty();
        assertThatThrownBy(() -> console.eval("(payload-import \"" + dir.resolve("none.scm") + "\")"))
                .hasMessageContaining("no such file");
    }

    @Test
    void payload_send_sends_a_saved_payload() throws Exception {
        console.eval("(payload-define 'hi \"hi!\") (define r (responder-start s 'echo))"
                + "(define c (socket af/inet sock/stream)) (socket-connect c (socket-name s))");
        assertThat(console.eval("(payload-send c 'hi)")).isEqualTo(3L);
        assertThat(Printer.write(console.eval("(socket-receive c 3)"))).isEqualTo("\"hi!\"");
        console.eval("(socket-close c)");
        assertThatThrownBy(() -> console.eval("(payload-send s 'nope)")).hasMessageContaining("no payload named nope");
    }

    @Test
    void bad_input_raises_a_clear_error() {
        assertThatThrownBy(() -> console.eval("(rule 'regex \"(\" \"x\")")).hasMessageContaining("regex does not compile");
        assertThatThrownBy(() -> console.eval("(rule 'glob \"*\" \"x\")")).hasMessageContaining("unknown rule kind glob");
        assertThatThrownBy(() -> console.eval("(send-file s \"" + dir.resolve("missing") + "\")")).hasMessageContaining("no such file");
        assertThatThrownBy(() -> console.eval("(responder-start s 'echo every: 3)")).hasMessageContaining("unknown keyword every");
        assertThatThrownBy(() -> console.eval("(responder-start s 42)")).hasMessageContaining("'echo");
        assertThat(console.eval("(condition-case (responder-start s (rule 'contains \"0123456789\" \"x\") buffer: 4)"
                + " (e (exn) (get-condition-property e 'exn 'message)))").toString()).contains("longer than the 4-byte receive buffer");
    }
}
