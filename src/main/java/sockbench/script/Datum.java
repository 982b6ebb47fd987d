package sockbench.script;

/**
 * One top-level form as read: its value, where it starts, and its source text (Unicode), so the
 * workbench can show and step a sample form by form.
 */
public record Datum(Object value, Position position, String text) {

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }
}
