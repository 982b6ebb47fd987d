package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** CHICKEN's (chicken string) and (chicken format), from the examples of CHICKEN 5's manual. */
class ChickenStringTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void string_split_and_intersperse() {
        assertThat(w("(string-split \"one  two three\")")).isEqualTo("(\"one\" \"two\" \"three\")");
        assertThat(w("(string-split \"foo:bar::baz:\" \":\" #t)")).isEqualTo("(\"foo\" \"bar\" \"\" \"baz\" \"\")");
        assertThat(w("(string-split \"foo:bar:baz,quux,zot\" \":,\")")).isEqualTo("(\"foo\" \"bar\" \"baz\" \"quux\" \"zot\")");
        assertThat(w("(string-intersperse '(\"one\" \"two\" \"three\"))")).isEqualTo("\"one two three\"");
        assertThat(w("(string-intersperse '(\"a\" \"b\") \", \")")).isEqualTo("\"a, b\"");
    }

    @Test
    void conc_and_to_string() {
        assertThat(w("(conc \"abc\" 123 'sym #\\c)")).isEqualTo("\"abc123symc\"");
        assertThat(w("(list (->string 42) (->string 'x) (->string \"s\"))")).isEqualTo("(\"42\" \"x\" \"s\")");
    }

    @Test
    void chop_chomp_translate_and_index() {
        assertThat(w("(string-chop \"one two three\" 4)")).isEqualTo("(\"one \" \"two \" \"thre\" \"e\")");
        assertThat(w("(list (string-chomp \"line\\n\") (string-chomp \"line\") (string-chomp \"a.scm\" \".scm\"))"))
                .isEqualTo("(\"line\" \"line\" \"a\")");
        assertThat(w("(string-translate* \"<h1>this is a \\\"string\\\"</h1>\" '((\"<\" . \"&lt;\") (\">\" . \"&gt;\") (\"\\\"\" . \"&quot;\")))"))
                .isEqualTo("\"&lt;h1&gt;this is a &quot;string&quot;&lt;/h1&gt;\"");
        assertThat(w("(list (string-translate \"a-b-c\" #\\- #\\_) (string-translate \"a-b c\" \"- \" \"_.\") (string-translate \"a-b\" \"-\"))"))
                .isEqualTo("(\"a_b_c\" \"a_b.c\" \"ab\")");
        assertThat(w("(list (substring-index \"lo\" \"hello\") (substring-index \"x\" \"hello\") (substring-index-ci \"LL\" \"hello\"))"))
                .isEqualTo("(3 #f 2)");
        assertThat(w("(list (substring=? \"hello\" \"help\" 0 0 3) (string-compare3 \"a\" \"b\"))")).isEqualTo("(#t -1)");
    }

    @Test
    void string_search_for_simple_patterns() {
        assertThat(w("(string-search \"([0-9]+)-([0-9]+)\" \"range 10-20\")")).isEqualTo("(\"10-20\" \"10\" \"20\")");
        assertThat(w("(string-search \"x+\" \"abc\")")).isEqualTo("#f");
        assertThat(w("(string-search-positions \"b+\" \"abbc\")")).isEqualTo("((1 3))");
    }

    @Test
    void format_directives() {
        assertThat(w("(sprintf \"~a is ~s~%\" \"x\" \"x\")")).isEqualTo("\"x is \\\"x\\\"\\n\"");
        assertThat(w("(sprintf \"~x ~X ~b ~o ~c ~~\" 255 255 5 8 #\\z)")).isEqualTo("\"ff ff 101 10 z ~\"");
        assertThat(w("(sprintf \"~a~n~?!\" 'a \"<~a ~a>\" '(1 2))")).isEqualTo("\"a\\n<1 2>!\"");
        assertThat(w("(sprintf \"one ~\n      two\")")).isEqualTo("\"one two\"");
    }

    @Test
    void format_destinations() {
        assertThat(w("(format #f \"~a+~a\" 1 2)")).isEqualTo("\"1+2\"");
        assertThat(w("(format \"~s\" \"q\")")).isEqualTo("\"\\\"q\\\"\"");
        console.eval("(format #t \"hello ~a~%\" 'world) (printf \"~s~%\" '(1 \"2\")) (fprintf (current-output-port) \"[~a]\" 3)");
        assertThat(console.output()).isEqualTo("hello world\n(1 \"2\")\n[3]");
        assertThat(w("(call-with-output-string (lambda (p) (format p \"~a-~a\" 1 2)))")).isEqualTo("\"1-2\"");
    }

    @Test
    void format_errors_are_chickens() {
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(sprintf \"~a ~a\" 1)")).getMessage())
                .contains("(sprintf) too few arguments to formatted output procedure");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(sprintf \"~y\")")).getMessage())
                .contains("(sprintf) illegal format-string character: #\\y");
    }

    @Test
    void directives_chicken_lacks_are_refused_like_d_of_common_lisp() {
        // The manual's table has no ~d; CHICKEN's fprintf0 raises for every other character.
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(sprintf \"~d apples\" 12)")).getMessage())
                .contains("(sprintf) illegal format-string character: #\\d");
        // format hands over to sprintf, printf or fprintf, which name themselves.
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(format #f \"~d\" 1)")).getMessage())
                .contains("(sprintf) illegal format-string character: #\\d");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(format #t \"~f\" 1.5)")).getMessage())
                .contains("(printf) illegal format-string character: #\\f");
        assertThat(catchThrowableOfType(SchemeError.class,
                () -> console.eval("(format (current-output-port) \"~5a\" 1)")).getMessage())
                .contains("(fprintf) illegal format-string character: #\\5");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(printf \"~?\" \"~a\" 5)")).getMessage())
                .contains("(printf) bad argument type - not a list: 5");
        assertThat(catchThrowableOfType(SchemeError.class, () -> console.eval("(format 'x \"~a\" 1)")).getMessage())
                .contains("(format) illegal destination: x");
        assertThat(console.output()).isEmpty();
    }
}
