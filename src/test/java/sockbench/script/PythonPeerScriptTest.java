package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A script of the kind people write, a macro, a line protocol and CHICKEN's numbers, against a python3 server. */
class PythonPeerScriptTest {
    private static final String SERVER = """
            import socket
            l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(1); l.settimeout(20)
            print(l.getsockname()[1], flush=True)
            c, _ = l.accept(); f = c.makefile("rwb")
            for line in f:
                words = line.decode().split(); nums = [int(x) for x in words[1:]]
                f.write(b"%d\\n" % (sum(nums) if words[0] == "SUM" else len(nums))); f.flush()
            c.close(); l.close()
            """;

    private static final String CLIENT = """
            (define-syntax with-connection
              (syntax-rules ()
                ((_ (in out) port body ...)
                 (let ((s (socket af/inet sock/stream)))
                   (socket-connect s (inet-address "127.0.0.1" port))
                   (receive (in out) (socket-i/o-ports s)
                     (let ((result (begin body ...)))
                       (close-output-port out)
                       (close-input-port in)
                       result))))))
            (define (ask in out line) (write-line line out) (flush-output out) (read-line in))
            (define (mean in out numbers)
              (let ((s (string->number (ask in out (string-append "SUM " numbers))))
                    (n (string->number (ask in out (string-append "COUNT " numbers)))))
                (/ s n)))
            (with-connection (in out) PORT
              (let ((m (mean in out "1 2 3 4")))
                (list m (exact->inexact m) (mean in out "6 1") (exact->inexact (/ (mean in out "2 4") 7)))))
            """;

    @Test
    void a_line_protocol_client_with_a_macro_gets_ratios_and_floats_as_chicken_prints_them() throws Exception {
        Process python = new ProcessBuilder("python3", "-u", "-c", SERVER).redirectErrorStream(true).start();
        try {
            String port = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(port).matches("\\d+");
            Interpreter console = SocketConsole.create(new ByteArrayInputStream(new byte[0]),
                    new ByteArrayOutputStream(), new ByteArrayOutputStream());
            Object result = console.eval(CLIENT.replace("PORT", port));
            assertThat(ByteText.decode(Printer.write(result))).isEqualTo("(5/2 2.5 7/2 0.428571428571429)");
            assertThat(python.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(python.exitValue()).isZero();
        } finally {
            python.destroyForcibly();
        }
    }
}
