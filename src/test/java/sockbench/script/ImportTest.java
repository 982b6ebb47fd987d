package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code import} as CHICKEN 5.3 reads an import set (modules.scm ##sys#decompose-import and
 * internal.scm library-id): modules named by symbols or lists, {@code only}, {@code except},
 * {@code rename}, {@code prefix}, and the syntax error for a module that does not exist.
 */
class ImportTest {
    private final TestConsole console = new TestConsole();

    /** The condition evaluating {@code form} at run time raises, as {@code condition->list} shows it. */
    private String raised(String form) {
        return console.raised("(eval '" + form + ")");
    }

    @Test
    void a_prefix_names_the_modules_procedures_with_it() {
        // modules.scm: (prefix spec p) renames each import to (string-append (tostr p) name)
        assertThat(console.write("(import (prefix (chicken string) s:)) (s:conc \"a\" 1)")).isEqualTo("\"a1\"");
        assertThat(console.write("(import (prefix (chicken string) \"str/\")) (str/string-intersperse '(\"a\" \"b\") \"-\")"))
                .isEqualTo("\"a-b\"");
    }

    @Test
    void rename_binds_the_new_name_to_the_modules_procedure() {
        assertThat(console.write("(import (rename srfi-1 (fold foldl))) (foldl cons '() '(1 2 3))")).isEqualTo("(3 2 1)");
    }

    @Test
    void sets_nest_a_prefix_over_only_names_what_only_kept() {
        assertThat(console.write("(import (prefix (only (chicken string) conc) my-)) (my-conc 1 2)")).isEqualTo("\"12\"");
        assertThat(console.write("(import (only (prefix (chicken string) p:) p:conc)) (p:conc 3)")).isEqualTo("\"3\"");
        // and rename inside prefix: the renamed name is prefixed too
        assertThat(console.write("(import (prefix (rename (chicken string) (conc glue)) x-)) (x-glue 4 5)")).isEqualTo("\"45\"");
    }

    @Test
    void a_library_name_is_its_parts_joined_by_dots_and_srfi_n_is_srfi_dash_n() {
        // internal.scm library-id: (chicken file posix) is chicken.file.posix, (srfi 1) is srfi-1
        assertThat(console.write("(import (chicken file posix) (srfi 1) (srfi 69) scheme (chicken base) socket) 'ok")).isEqualTo("ok");
        assertThat(raised("(import (srfi 4711))")).isEqualTo(
                "((exn message \"cannot import from undefined module\" arguments (srfi-4711 (srfi 4711)) location import) (syntax))");
    }

    @Test
    void a_module_that_does_not_exist_is_a_syntax_error_naming_it() {
        // modules.scm ##sys#expand-import: (##sys#syntax-error-hook loc "cannot import from undefined module" name x)
        assertThat(raised("(import no-such-egg)")).isEqualTo(
                "((exn message \"cannot import from undefined module\" arguments (no-such-egg no-such-egg) location import) (syntax))");
        assertThat(raised("(import (chicken no-such))")).contains("arguments (chicken.no-such (chicken no-such))");
    }

    @Test
    void a_malformed_import_set_is_a_syntax_error() {
        assertThat(raised("(import 42)")).isEqualTo(
                "((exn message \"invalid import specification\" arguments (42) location import) (syntax))");
        assertThat(raised("(import (rename (chicken string) conc))")).contains("invalid import specification");
        // internal.scm library-id: (##sys#error "invalid library specifier" lib)
        assertThat(raised("(import (chicken \"string\"))")).isEqualTo(
                "((exn message \"invalid library specifier\" arguments ((chicken \"string\"))))");
    }
}
