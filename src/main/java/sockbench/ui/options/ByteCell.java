package sockbench.ui.options;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One byte of a struct as two hex digits, with its offset and the index of the field that owns it. */
public final class ByteCell {
    private final int offset;
    private final int field;
    private final StringProperty hex = new SimpleStringProperty("00");
    private final StringProperty problem = new SimpleStringProperty("");

    ByteCell(int offset, int field) {
        this.offset = offset;
        this.field = field;
    }

    public int offset() { return offset; }

    /** Index into the editor's fields, or -1 for padding. */
    public int field() { return field; }

    /** Two hex digits; editable. */
    public StringProperty hexProperty() { return hex; }

    /** Why the text is not a byte (and was not taken), or "". */
    public javafx.beans.property.ReadOnlyStringProperty problemProperty() { return problem; }

    void setProblem(String p) {
        problem.set(p == null ? "" : p);
    }
}
