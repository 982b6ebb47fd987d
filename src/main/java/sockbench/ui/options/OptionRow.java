package sockbench.ui.options;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sockbench.net.SocketOption;

/** One option of the catalogue for the selected socket. Changed only on the ui thread. */
public final class OptionRow {

    /** What the panel can say about the option on this socket. */
    public enum Availability {
        /** No socket selected. */
        NO_SOCKET,
        /** Read from the kernel; the value is current. */
        READ,
        /** The kernel takes it but gives nothing back (multicast membership). */
        WRITE_ONLY,
        /** The platform lacks the constant, or the kernel refuses the option: see the reason. */
        UNSUPPORTED,
        /** Reading failed for another reason: see the reason. */
        FAILED,
        /** Reading it would change it (so/error): read when the person asks, not at each refresh. */
        ON_REQUEST
    }

    private final SocketOption option;
    private final StringProperty value = new SimpleStringProperty("—");
    private final ObjectProperty<Object> typedValue = new SimpleObjectProperty<>();
    private final ObjectProperty<Availability> availability = new SimpleObjectProperty<>(Availability.NO_SOCKET);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    OptionRow(SocketOption option) {
        this.option = option;
    }

    public SocketOption option() { return option; }

    /** The value as the console prints it: {@code #t}, {@code 212992}, {@code (#f 0)}. */
    public ReadOnlyStringProperty valueProperty() { return value; }
    public String value() { return value.get(); }

    /** The typed value (Boolean, Integer, String, or the struct's record), or null. */
    public ReadOnlyObjectProperty<Object> typedValueProperty() { return typedValue; }

    public ReadOnlyObjectProperty<Availability> availabilityProperty() { return availability; }
    public Availability availability() { return availability.get(); }

    /** Why the option is unsupported or failed, in one line. */
    public ReadOnlyStringProperty reasonProperty() { return reason; }
    public String reason() { return reason.get(); }

    /** What the last set taught, e.g. that the kernel doubled the buffer size; or "". */
    public ReadOnlyStringProperty noteProperty() { return note; }

    void setNote(String n) {
        note.set(n == null ? "" : n);
    }

    /** Whether the editor may set it now. */
    public boolean isSettable() {
        return option.access().writable() && (availability.get() == Availability.READ || availability.get() == Availability.WRITE_ONLY);
    }

    void show(Availability a, Object typed, String printed, String why) {
        // The availability last: editors are rebuilt when it changes and read the rest.
        typedValue.set(typed);
        value.set(printed);
        reason.set(why == null ? "" : why);
        availability.set(a);
    }
}
