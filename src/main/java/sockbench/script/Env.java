package sockbench.script;

import java.util.HashMap;
import java.util.Map;

/**
 * A frame of variables and the frame around it. Local frames belong to one call and use a plain
 * map; the global frame (parent null) is a concurrent map, since threads define into it.
 */
final class Env {
    private final Map<Symbol, Object> vars;
    private final Env parent;

    /** A local frame inside {@code parent}. */
    Env(Env parent) {
        this(new HashMap<>(8), parent);
    }

    Env(Map<Symbol, Object> vars, Env parent) {
        this.vars = vars;
        this.parent = parent;
    }

    /** The value, or null when no frame binds the name. */
    Object lookup(Symbol name) {
        Env e = this;
        do {
            Object value = e.vars.get(name);
            if (value != null) {
                return value;
            }
            e = e.parent;
        } while (e != null);
        return null;
    }

    /** At top level an alias a macro introduced defines the global of its plain name, as CHICKEN does. */
    void define(Symbol name, Object value) {
        vars.put(parent == null ? name.strip() : name, value);
    }

    /** {@code set!}: changes the innermost binding; false when there is none. */
    boolean assign(Symbol name, Object value) {
        for (Env e = this; e != null; e = e.parent) {
            if (e.vars.containsKey(name)) {
                e.vars.put(name, value);
                return true;
            }
        }
        return false;
    }
}
