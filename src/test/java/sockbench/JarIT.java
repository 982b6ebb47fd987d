package sockbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar target/sockbench.jar --script ...} after {@code mvn package}: headless, no JavaFX started. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("sockbench.jar", "target/sockbench.jar"));

    private static Result run(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("sockbench-jar", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("sockbench.jar did not finish within 60 s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    record Result(int status, String output) {}

    @Test
    void should_run_the_echo_sample_from_the_jar() throws Exception {
        Result r = run("--script", "samples/01-tcp-echo.scm");
        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output()).contains("client got back: hello, echo").contains("server echoed 11 bytes");
    }

    @Test
    void should_exit_non_zero_with_the_kinds_and_message_of_an_uncaught_error() throws Exception {
        Path script = Files.createTempFile("refused", ".scm");
        try {
            Files.writeString(script, "(define s (socket af/inet sock/stream))\n(socket-connect s (inet-address \"127.0.0.1\" 1))\n");
            Result r = run("--script", script.toString());
            assertThat(r.status()).isNotZero();
            assertThat(r.output()).contains("exn i/o net transient").contains("Connection refused");
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
