package sockbench.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's own condition: kinds plus properties. An {@code exn} condition carries
 * {@code message} (a string), {@code arguments} (a list) and {@code location} (the procedure's name).
 */
public final class Condition implements ConditionLike {
    private record Key(String kind, String name) {
    }

    private final List<String> kinds;
    private final Map<Key, Object> properties = new LinkedHashMap<>();
    private final List<ConditionLike> parts = new ArrayList<>();
    /** True while an error made inside a primitive still waits for that primitive's name. */
    private boolean awaitingLocation;

    public Condition(List<String> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** An {@code exn} condition with these kinds, CHICKEN's shape for errors. */
    public static Condition exn(List<String> kinds, String message, Object... arguments) {
        Condition c = new Condition(kinds);
        c.put("exn", "message", MString.fromJava(message));
        c.put("exn", "arguments", Lists.of(arguments));
        return c;
    }

    /** {@code make-composite-condition}: the kinds of all parts, properties looked up in order. */
    public static Condition composite(List<ConditionLike> parts) {
        List<String> kinds = new ArrayList<>();
        parts.forEach(p -> p.kinds().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add));
        Condition c = new Condition(kinds);
        c.parts.addAll(parts);
        return c;
    }

    /** Sets a property; returns this condition. */
    public Condition put(String kind, String name, Object value) {
        properties.put(new Key(kind, name), value);
        return this;
    }

    @Override
    public List<String> kinds() {
        return kinds;
    }

    @Override
    public Object property(String kind, String name) {
        Object value = properties.get(new Key(kind, name));
        for (int i = 0; value == null && i < parts.size(); i++) {
            value = parts.get(i).property(kind, name);
        }
        return value;
    }

    /** The names of the properties of one kind, in the order they were set (parts after own ones). */
    List<String> propertyNames(String kind) {
        List<String> names = new ArrayList<>();
        properties.keySet().stream().filter(k -> k.kind().equals(kind)).forEach(k -> names.add(k.name()));
        for (ConditionLike part : parts) {
            List<String> more = part instanceof Condition c ? c.propertyNames(kind) : List.of();
            more.stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names;
    }

    /** Marks this error as raised by "the current primitive", whose name is not known yet. */
    Condition awaitingLocation() {
        awaitingLocation = true;
        return this;
    }

    /** Names the primitive the error came from, unless it is already named. */
    void locate(String procedureName) {
        if (awaitingLocation && procedureName != null && property("exn", "location") == null) {
            put("exn", "location", Symbol.of(procedureName));
        }
        awaitingLocation = false;
    }

    @Override
    public String toString() {
        return "#<condition: " + Lists.of(kinds.stream().map(Symbol::of).toArray()) + ">";
    }
}
