package sockbench.script;

import java.util.Arrays;
import java.util.Map;

/**
 * A frame of variables and the frame around it. A local frame belongs to one call and holds a few
 * variables in two small arrays searched by identity (symbols are interned or aliases): cheaper
 * to make and to search than a hash map, which a call made per loop round paid for. The global
 * frame (parent null) is a concurrent map, since threads define into it.
 */
final class Env {
    private static final int INITIAL = 4;

    private final Map<Symbol, Object> globals;
    private final Env parent;
    private Symbol[] names;
    private Object[] values;
    private int size;

    /** A local frame inside {@code parent}. */
    Env(Env parent) {
        this.globals = null;
        this.parent = parent;
        this.names = new Symbol[INITIAL];
        this.values = new Object[INITIAL];
    }

    /** The global frame, over a concurrent map. */
    Env(Map<Symbol, Object> vars, Env parent) {
        this.globals = vars;
        this.parent = parent;
    }

    /** The value, or null when no frame binds the name. */
    Object lookup(Symbol name) {
        Env e = this;
        while (e.globals == null) {
            Symbol[] n = e.names;
            for (int i = e.size - 1; i >= 0; i--) {
                if (n[i] == name) {
                    return e.values[i];
                }
            }
            e = e.parent;
        }
        return e.globals.get(name);
    }

    /** At top level an alias a macro introduced defines the global of its plain name, as CHICKEN does. */
    void define(Symbol name, Object value) {
        if (globals != null) {
            globals.put(parent == null ? name.strip() : name, value);
            return;
        }
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                values[i] = value;
                return;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
    }

    /** {@code set!}: changes the innermost binding; false when there is none. */
    boolean assign(Symbol name, Object value) {
        for (Env e = this; e != null; e = e.parent) {
            if (e.globals != null) {
                if (e.globals.containsKey(name)) {
                    e.globals.put(name, value);
                    return true;
                }
                continue;
            }
            for (int i = 0; i < e.size; i++) {
                if (e.names[i] == name) {
                    e.values[i] = value;
                    return true;
                }
            }
        }
        return false;
    }
}
