package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;

class ReaderProperties {

    private static Object readWritten(Object value) {
        String text = Printer.write(value);
        return new SchemeReader(InputPort.ofBytes(ByteText.bytes(text), "test")).read().value();
    }

    @Property
    void every_byte_string_survives_write_then_read(@ForAll @CharRange(from = 0, to = 255) String bytes) {
        Object back = readWritten(MString.of(bytes));
        assertThat(back).isInstanceOf(MString.class);
        assertThat(back.toString()).isEqualTo(bytes);
    }

    @Property
    void every_integer_survives_write_then_read(@ForAll long n) {
        assertThat(readWritten(n)).isEqualTo(n);
    }

    @Property
    void every_finite_real_survives_write_then_read(@ForAll double d) {
        Object back = readWritten(d);
        if (Double.isNaN(d)) {
            assertThat((Double) back).isNaN();
        } else {
            assertThat(back).isEqualTo(d);
        }
    }

    @Property
    void every_char_survives_write_then_read(@ForAll @CharRange(from = 0, to = 255) char c) {
        assertThat(readWritten(c)).isEqualTo(c);
    }
}
