package sockbench.script;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An instance of a record type made by {@code define-record-type} (SRFI-9) or {@code define-record}.
 * It prints as CHICKEN prints a record, {@code #<point>} (the type's tag), unless a printer was set
 * for the tag with {@code set-record-printer!}.
 */
public final class Record {
    /** A record type: its tag (the name as written) and its field names. */
    record Type(Symbol tag, List<Symbol> fields) {
        int index(Symbol field) {
            return fields.indexOf(field);
        }
    }

    /** Printers by tag, as CHICKEN keeps them: one per type name for the whole process. */
    private static final Map<Symbol, Procedure> PRINTERS = new ConcurrentHashMap<>();

    private final Type type;
    private final Object[] slots;

    Record(Type type, Object[] slots) {
        this.type = type;
        this.slots = slots;
    }

    Type type() {
        return type;
    }

    Object[] slots() {
        return slots;
    }

    static void setPrinter(Symbol tag, Procedure printer) {
        PRINTERS.put(tag, printer);
    }

    static Object printer(Symbol tag) {
        Procedure p = PRINTERS.get(tag);
        return p == null ? Boolean.FALSE : p;
    }

    /** Unicode text, as {@link Printer} expects from Java objects. */
    @Override
    public String toString() {
        Procedure printer = PRINTERS.get(type.tag());
        if (printer == null) {
            return "#<" + type.tag().name() + ">";
        }
        OutputPort port = OutputPort.toBytes();
        try {
            printer.apply(this, port);
            return ByteText.decode(port.contents());
        } catch (SchemeError e) {
            // CHICKEN's words when a record printer fails
            return "#<Error in printer of record type `" + type.tag().name() + "'>";
        }
    }
}
