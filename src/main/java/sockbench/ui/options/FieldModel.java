package sockbench.ui.options;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.net.StructField;

/** One field of a struct in the editor: its layout and its value as editable text. */
public final class FieldModel {
    private final StructField field;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    FieldModel(StructField field) {
        this.field = field;
    }

    public StructField field() { return field; }

    /** The value as text; editable. */
    public StringProperty textProperty() { return text; }

    /** Why the text cannot be written into the bytes, or empty. */
    public ReadOnlyStringProperty problemProperty() { return problem; }

    void setProblem(String p) {
        problem.set(p == null ? "" : p);
    }
}
