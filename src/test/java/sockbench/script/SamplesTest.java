package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every classroom sample runs headless to its end and exits 0, and says what it teaches. */
class SamplesTest {

    static Stream<Path> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".scm")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void should_run_to_its_end_and_exit_0(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
        assertThat(text).as("header comment").startsWith(";;;").contains("Teaches:").contains("Watch:");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new ScriptRunner(SocketConsole.create(InputStream.nullInputStream(), out, out)).run(sample));
        String printed = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(status).as(printed).isZero();
        assertThat(printed).isNotBlank().doesNotContain("Error");
    }
}
