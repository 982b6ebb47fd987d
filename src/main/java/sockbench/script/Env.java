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

    /** A global variable's place: references keep it, so a read after the first needs no map. */
    static final class Cell {
        volatile Object value;
    }

    private final Map<Symbol, Cell> globals;
    private final Env parent;
    private Symbol[] names;
    private Object[] values;
    private int size;
    /** The names array is the lambda list's own: copy before adding to it. */
    private boolean shared;

    /** A local frame inside {@code parent}. */
    Env(Env parent) {
        this.globals = null;
        this.parent = parent;
        this.names = new Symbol[INITIAL];
        this.values = new Object[INITIAL];
    }

    /**
     * A call's frame holding exactly {@code values} under {@code names}: both arrays are taken as
     * they are (the names belong to the lambda list, so a define into the frame copies them first).
     */
    Env(Env parent, Symbol[] names, Object[] values) {
        this.globals = null;
        this.parent = parent;
        this.names = names;
        this.values = values;
        this.size = names.length;
        this.shared = true;
    }

    /** The global frame, over a concurrent map. */
    Env(Map<Symbol, Cell> vars, Env parent) {
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
        Cell cell = e.globals.get(name);
        return cell == null ? null : cell.value;
    }

    /**
     * The value of the binding of {@code name} found after passing over the first {@code passed}
     * frames that bind it (a macro's free name under user bindings of the same name), or null.
     */
    Object lookupPast(Symbol name, int passed) {
        Env e = frameBinding(name, passed);
        return e == null ? null : e.values[e.indexOf(name)];
    }

    /** {@code set!} of the binding {@link #lookupPast} reads; false when there is none. */
    boolean assignPast(Symbol name, int passed, Object value) {
        Env e = frameBinding(name, passed);
        if (e == null) {
            return false;
        }
        e.values[e.indexOf(name)] = value;
        return true;
    }

    /** The local frame that binds {@code name} after {@code passed} others, or null. */
    private Env frameBinding(Symbol name, int passed) {
        int left = passed;
        for (Env e = this; e.globals == null; e = e.parent) {
            if (e.indexOf(name) >= 0 && left-- == 0) {
                return e;
            }
        }
        return null;
    }

    private int indexOf(Symbol name) {
        for (int i = size - 1; i >= 0; i--) {
            if (names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    /** The value a local frame of this chain binds, or null when only the global frame may. */
    Object lookupLocal(Symbol name) {
        for (Env e = this; e.globals == null; e = e.parent) {
            Symbol[] n = e.names;
            for (int i = e.size - 1; i >= 0; i--) {
                if (n[i] == name) {
                    return e.values[i];
                }
            }
        }
        return null;
    }

    /** The global frame around this one. */
    Env global() {
        Env e = this;
        while (e.globals == null) {
            e = e.parent;
        }
        return e;
    }

    /** The names the global frame has defined (this must be the global frame). */
    java.util.Set<Symbol> globalNames() {
        return globals.keySet();
    }

    /** A global variable's place once it was defined, or null (this must be the global frame). */
    Cell globalCell(Symbol name) {
        return globals.get(name);
    }

    /** At top level an alias a macro introduced defines the global of its plain name, as CHICKEN does. */
    void define(Symbol name, Object value) {
        if (globals != null) {
            globals.computeIfAbsent(name.strip(), n -> new Cell()).value = value;
            return;
        }
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                values[i] = value;
                return;
            }
        }
        if (size == names.length || shared) {
            names = Arrays.copyOf(names, Math.max(INITIAL, size * 2));
            values = Arrays.copyOf(values, Math.max(INITIAL, size * 2));
            shared = false;
        }
        names[size] = name;
        values[size++] = value;
    }

    /** {@code set!}: changes the innermost binding; false when there is none. */
    boolean assign(Symbol name, Object value) {
        for (Env e = this; e != null; e = e.parent) {
            if (e.globals != null) {
                Cell cell = e.globals.get(name);
                if (cell != null) {
                    cell.value = value;
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
