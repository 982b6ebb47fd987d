package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderTest {

    private static Object read(String text) {
        List<Datum> forms = SchemeReader.readAll(text);
        assertThat(forms).hasSize(1);
        return forms.get(0).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "42", "-7", "0", "1.5", "-0.25", "3.0", "-0.0", "1e+21", "1.5e-07", "123456789012345.0", "+inf.0",
        "\"hello\"", "\"tab\\tnew\\nquote\\\"back\\\\\"", "\"\\x00\\x1f\\v\\a\"", "|a\\x01b|", "\"\"",
        "#\\a", "#\\space", "#\\newline", "#\\null", "#\\vtab", "#\\x1", "#\\(",
        "#t", "#f", "#${0800ff}", "#${}", "#:type", "foo", "af/inet", "so-reuse-address?",
        "set-car!", "*x*", "->string", "i/o", "u32vector->blob/shared", "|hello world|", "|42|",
        "()", "(a . b)", "(1 2 3)", "(1 (2 (3 . 4)) \"s\")", "(quote x)", "#(1 \"a\" #\\b)",
        "#u32(1 4294967295)", "#!eof", "#!optional"
    })
    void written_data_read_back_as_the_same_text(String text) {
        assertThat(Printer.write(read(text))).isEqualTo(text);
    }

    @Test
    void reads_integers_in_every_radix() {
        assertThat(read("#x1F")).isEqualTo(31L);
        assertThat(read("#xff")).isEqualTo(255L);
        assertThat(read("#b101")).isEqualTo(5L);
        assertThat(read("#o17")).isEqualTo(15L);
        assertThat(read("-12")).isEqualTo(-12L);
        assertThat(read("+5")).isEqualTo(5L);
    }

    @Test
    void reads_characters_by_name_and_code() {
        assertThat(read("#\\x0")).isEqualTo('\0');
        assertThat(read("#\\x41")).isEqualTo('A');
        assertThat(read("#\\x")).isEqualTo('x');
        assertThat(read("#\\space")).isEqualTo(' ');
        assertThat(read("#\\newline")).isEqualTo('\n');
    }

    @Test
    void reads_string_escapes_as_bytes() {
        assertThat(read("\"a\\x41b\"").toString()).isEqualTo("aAb");
        assertThat(read("\"\\x00\\x00\"").toString()).isEqualTo("\0\0");
        assertThat(read("\"\\xe9;\"").toString()).isEqualTo("\u00e9");
        assertThat(read("\"é\"").toString()).isEqualTo("\u00c3\u00a9");
    }

    @Test
    void reads_blobs_keywords_and_symbols() {
        assertThat(((Blob) read("#${0800ff}")).bytes()).containsExactly(0x08, 0x00, 0xff);
        assertThat(read("type:")).isSameAs(Keyword.of("type"));
        assertThat(read("#:family")).isSameAs(Keyword.of("family"));
        assertThat(read("i/o")).isSameAs(Symbol.of("i/o"));
        assertThat(read(":")).isSameAs(Symbol.of(":"));
    }

    @Test
    void quote_reads_as_a_quote_form() {
        assertThat(Printer.write(read("'(a 'b)"))).isEqualTo("(quote (a (quote b)))");
        assertThat(Printer.write(read("`(a ,b ,@c)"))).isEqualTo("(quasiquote (a (unquote b) (unquote-splicing c)))");
    }

    @Test
    void skips_every_kind_of_comment() {
        List<Datum> forms = SchemeReader.readAll("""
                #!/usr/bin/env csi -s
                ; a line comment
                #| a block #| nested |# comment |#
                (a #;(hidden datum) b) ; trailing
                #;skipped c
                """);
        assertThat(forms).extracting(d -> Printer.write(d.value())).containsExactly("(a b)", "c");
    }

    @Test
    void every_form_remembers_its_line_column_and_text() {
        List<Datum> forms = SchemeReader.readAll("(define x 1)\n\n  (print\n   x)\n");
        assertThat(forms).hasSize(2);
        assertThat(forms.get(1).position()).isEqualTo(new Position(3, 3));
        assertThat(forms.get(1).text()).isEqualTo("(print\n   x)");
        Pair print = (Pair) forms.get(1).value();
        assertThat(((Pair) print.cdr).position()).isEqualTo(new Position(4, 4));
    }

    @Test
    void a_missing_parenthesis_is_reported_where_the_list_opens() {
        assertThatThrownBy(() -> SchemeReader.readAll("(define x 1)\n\n(define (f x)\n  (+ x 1)"))
                .isInstanceOf(SchemeError.class)
                .hasMessage("line 3, column 1: missing ')'")
                .satisfies(e -> assertThat(((SchemeError) e).kinds()).containsExactly("exn", "syntax"));
    }

    @Test
    void an_extra_parenthesis_is_reported_where_it_is() {
        assertThatThrownBy(() -> SchemeReader.readAll("(+ 1 2))"))
                .hasMessage("line 1, column 8: unexpected ')'");
    }

    @Test
    void an_unterminated_string_is_reported_where_it_starts() {
        assertThatThrownBy(() -> SchemeReader.readAll("(print\n  \"abc)"))
                .hasMessage("line 2, column 3: unterminated string");
    }

    @Test
    void bad_dotted_lists_and_unknown_syntax_are_errors() {
        assertThatThrownBy(() -> SchemeReader.readAll("(. a)")).hasMessageContaining("bad dotted list");
        assertThatThrownBy(() -> SchemeReader.readAll("(a . b c)")).hasMessageContaining("bad dotted list");
        assertThatThrownBy(() -> SchemeReader.readAll("#\\bogus")).hasMessageContaining("unknown character name");
        assertThatThrownBy(() -> SchemeReader.readAll("#${abc}")).hasMessageContaining("odd number");
    }

    @Test
    void the_reader_goes_on_after_an_error() {
        SchemeReader reader = new SchemeReader(InputPort.ofText(") 42"));
        assertThatThrownBy(reader::read).isInstanceOf(SchemeError.class);
        assertThat(reader.read().value()).isEqualTo(42L);
        assertThat(reader.read()).isNull();
    }
}
