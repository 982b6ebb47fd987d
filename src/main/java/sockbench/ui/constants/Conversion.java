package sockbench.ui.constants;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the six integer<->symbol conversions, live: the input, its egg form, and the answer. */
public final class Conversion {
    private final String procedure;
    private final boolean fromInteger;
    private final Function<String, Optional<?>> convert;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty form = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");

    Conversion(String procedure, boolean fromInteger, Function<String, Optional<?>> convert, String initial) {
        this.procedure = procedure;
        this.fromInteger = fromInteger;
        this.convert = convert;
        input.addListener((o, old, now) -> update());
        input.set(initial);
    }

    /** {@code integer->address-family}. */
    public String procedure() { return procedure; }
    public boolean fromInteger() { return fromInteger; }
    public StringProperty inputProperty() { return input; }
    /** {@code (integer->address-family 2)}. */
    public ReadOnlyStringProperty formProperty() { return form; }
    /** {@code af/inet}, or {@code #f}. */
    public ReadOnlyStringProperty outputProperty() { return output; }

    private void update() {
        String t = input.get() == null ? "" : input.get().strip();
        form.set("(" + procedure + " " + (fromInteger ? t : "'" + t) + ")");
        if (t.isEmpty()) {
            output.set("");
            return;
        }
        try {
            output.set(convert.apply(t).map(String::valueOf).orElse("#f"));
        } catch (NumberFormatException e) {
            output.set("error: not an integer");
        }
    }
}
