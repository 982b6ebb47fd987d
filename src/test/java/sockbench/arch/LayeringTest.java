package sockbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows point one way: ui -> script -> net -> net.libc. */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("sockbench");

    @Test
    void should_keep_the_engine_free_of_javafx_script_and_ui() {
        noClasses().that().resideInAPackage("sockbench.net..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "sockbench.script..", "sockbench.ui..")
                .check(MAIN);
    }

    @Test
    void should_keep_the_native_layer_below_the_engine() {
        noClasses().that().resideInAPackage("sockbench.net.libc..")
                .should().dependOnClassesThat().resideInAPackage("sockbench.net")
                .check(MAIN);
    }

    @Test
    void should_keep_the_console_free_of_javafx_and_ui() {
        noClasses().that().resideInAPackage("sockbench.script..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "sockbench.ui..", "org.fxmisc..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void should_reach_the_native_layer_only_through_the_engine() {
        noClasses().that().resideInAnyPackage("sockbench.ui..", "sockbench.script..")
                .should().dependOnClassesThat().resideInAPackage("sockbench.net.libc..")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
