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
    void every_real_reads_back_as_written_to_chickens_15_significant_digits(@ForAll double d) {
        // CHICKEN 5 prints a flonum with flonum-print-precision 15 (C's "%.15g"): what write printed
        // reads back as the number rounded to 15 digits, not always as the number itself
        Object back = readWritten(d);
        if (Double.isNaN(d)) {
            assertThat((Double) back).isNaN();
        } else if (Double.isInfinite(d) || d == 0) {
            assertThat(back).isEqualTo(d);
        } else {
            double rounded = new java.math.BigDecimal(d).round(new java.math.MathContext(15, java.math.RoundingMode.HALF_EVEN)).doubleValue();
            assertThat(back).isEqualTo(rounded);
        }
    }

    @Property
    void every_char_survives_write_then_read(@ForAll @CharRange(from = 0, to = 255) char c) {
        assertThat(readWritten(c)).isEqualTo(c);
    }
}
