package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SRFI-13 string procedures; the expected values are the SRFI document's own examples where it has them. */
class Srfi13Test {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void pad_and_pad_right_pad_or_truncate() {
        assertThat(w("(list (string-pad \"325\" 5) (string-pad \"71325\" 5) (string-pad \"8871325\" 5))"))
                .isEqualTo("(\"  325\" \"71325\" \"71325\")");
        assertThat(w("(list (string-pad-right \"325\" 5) (string-pad-right \"8871325\" 5) (string-pad \"7\" 3 #\\0))"))
                .isEqualTo("(\"325  \" \"88713\" \"007\")");
    }

    @Test
    void trim_both_ends_or_one() {
        assertThat(w("(string-trim-both \"  The outlook wasn't so good.  \")")).isEqualTo("\"The outlook wasn't so good.\"");
        assertThat(w("(list (string-trim \"  x  \") (string-trim-right \"  x  \") (string-trim \"xxaxx\" #\\x))"))
                .isEqualTo("(\"x  \" \"  x\" \"axx\")");
        assertThat(w("(string-trim-right \"line\\r\\n\" char-set:whitespace)")).isEqualTo("\"line\"");
    }

    @Test
    void tokenize_splits_on_what_is_not_in_the_token_set() {
        assertThat(w("(string-tokenize \"Help make programs run, run, RUN!\")"))
                .isEqualTo("(\"Help\" \"make\" \"programs\" \"run,\" \"run,\" \"RUN!\")");
        assertThat(w("(string-tokenize \"a1 b22,c\" char-set:letter+digit)")).isEqualTo("(\"a1\" \"b22\" \"c\")");
    }

    @Test
    void join_with_each_grammar() {
        assertThat(w("(list (string-join '(\"foo\" \"bar\" \"baz\") \":\") (string-join '(\"foo\" \"bar\" \"baz\") \":\" 'suffix))"))
                .isEqualTo("(\"foo:bar:baz\" \"foo:bar:baz:\")");
        assertThat(w("(list (string-join '() \":\") (string-join '(\"\") \":\") (string-join '() \":\" 'suffix) (string-join '(\"\") \":\" 'suffix))"))
                .isEqualTo("(\"\" \"\" \"\" \":\")");
        assertThat(w("(list (string-join '(\"a\" \"b\")) (string-join '(\"a\" \"b\") \"/\" 'prefix))")).isEqualTo("(\"a b\" \"/a/b\")");
    }

    @Test
    void searching() {
        // SRFI-13: searches "a geek"
        assertThat(w("(string-contains \"eek -- what a geek.\" \"ee\" 12 18)")).isEqualTo("15");
        assertThat(w("(list (string-contains \"hello\" \"xyz\") (string-contains-ci \"HeLLo\" \"ll\"))")).isEqualTo("(#f 2)");
        assertThat(w("(list (string-index \"hello\" #\\l) (string-index \"hello\" char-upper-case?) (string-index-right \"hello\" #\\l))"))
                .isEqualTo("(2 #f 3)");
        assertThat(w("(list (string-skip \"   x\" char-set:whitespace) (string-count \"banana\" #\\a))")).isEqualTo("(3 3)");
        assertThat(w("(list (string-prefix? \"GET \" \"GET / HTTP/1.0\") (string-suffix? \".scm\" \"a.scm\") (string-prefix? \"x\" \"abc\"))"))
                .isEqualTo("(#t #t #f)");
        assertThat(w("(string-prefix-ci? \"get\" \"GET /\")")).isEqualTo("#t");
    }

    @Test
    void the_rest() {
        assertThat(w("(list (string-reverse \"abc\") (string-null? \"\") (string-null? \"a\") (string-upcase \"get\") (string-downcase \"HoSt\"))"))
                .isEqualTo("(\"cba\" #t #f \"GET\" \"host\")");
        assertThat(w("(list (string-take \"abcd\" 2) (string-drop \"abcd\" 2) (string-take-right \"abcd\" 1) (string-drop-right \"abcd\" 1))"))
                .isEqualTo("(\"ab\" \"cd\" \"d\" \"abc\")");
        assertThat(w("(list (string-concatenate '(\"a\" \"b\")) (string-filter char-numeric? \"a1b2\") (string-delete char-numeric? \"a1b2\"))"))
                .isEqualTo("(\"ab\" \"12\" \"ab\")");
        assertThat(w("(list (string-map char-upcase \"ab\") (string-fold cons '() \"ab\"))")).isEqualTo("(\"AB\" (#\\b #\\a))");
        // case conversion is ASCII only, as in CHICKEN: other bytes stay as they are
        assertThat(w("(string-length (string-upcase \"é\"))")).isEqualTo("2");
        assertThat(w("(equal? (string-upcase \"é\") \"é\")")).isEqualTo("#t");
    }
}
