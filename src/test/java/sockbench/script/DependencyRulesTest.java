package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md: arrows point ui -> script -> net; nothing under script imports javafx or the ui. */
class DependencyRulesTest {

    @Test
    void the_console_imports_neither_javafx_nor_the_ui() throws IOException {
        Path sources = Path.of("src/main/java/sockbench/script");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return text.contains("import javafx.") || text.contains("import sockbench.ui.")
                                    || text.contains("import static javafx.");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
        }
        assertThat(sources).isDirectory();
        assertThat(offenders).isEmpty();
    }
}
