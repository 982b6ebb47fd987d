package sockbench.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sockbench.ui.transfer.Payload.Encoding;

class PayloadTest {

    @Test
    void should_read_escapes_as_the_bytes_they_name() {
        assertThat(Payload.parse("GET /\\r\\n\\t\\0\\x41\\xff\\\\", Encoding.ESCAPES))
                .containsExactly('G', 'E', 'T', ' ', '/', '\r', '\n', '\t', 0, 'A', (byte) 0xff, '\\');
        assertThat(Payload.parse("\\x41;B", Encoding.ESCAPES)).containsExactly('A', 'B');
    }

    @Test
    void should_take_plain_text_as_its_iso_8859_1_bytes_escapes_and_all() {
        assertThat(Payload.parse("a\\n\u00ff", Encoding.TEXT)).containsExactly('a', '\\', 'n', (byte) 0xff);
    }

    @Test
    void should_read_hex_with_spaces_colons_and_0x() {
        assertThat(Payload.parse("de ad:BE 0xef\n00ff", Encoding.HEX)).containsExactly(0xde, 0xad, 0xbe, 0xef, 0x00, 0xff);
    }

    @Test
    void should_say_what_is_wrong_with_text_that_is_not_bytes() {
        assertThatThrownBy(() -> Payload.parse("abc", Encoding.HEX)).hasMessageContaining("odd number");
        assertThatThrownBy(() -> Payload.parse("zz", Encoding.HEX)).hasMessageContaining("'z' is not a hex digit");
        assertThatThrownBy(() -> Payload.parse("\\q", Encoding.ESCAPES)).hasMessageContaining("unknown escape \\q");
        assertThatThrownBy(() -> Payload.parse("\u20ac", Encoding.TEXT)).hasMessageContaining("not one byte");
    }

    @Test
    void should_write_bytes_as_a_string_literal_when_they_are_text_and_a_blob_otherwise() {
        assertThat(Payload.literal("hello\r\n".getBytes())).isEqualTo("\"hello\\r\\n\"");
        assertThat(Payload.literal(new byte[] {(byte) 0xde, (byte) 0xad, 0})).isEqualTo("#${dead00}");
    }
}
