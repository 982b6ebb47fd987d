package sockbench.script;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What names mean while a form is analyzed: the local variables and local macros around it, then
 * the top level (user macros kept in the global frame, the special forms, global variables). A
 * local variable shadows a special form of the same name; an alias a macro introduced means what
 * its original meant where the macro was defined.
 *
 * <p>The analysis in progress on a thread keeps its scope in a thread-local, so that special
 * forms keep their {@code (form, tail)} signature and need not pass it along.
 */
final class Scope {
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
    private static final Object VARIABLE = new Object();

    /** What a name means: a local or global variable (by its run-time key), or syntax. */
    sealed interface Meaning permits Variable, Syntax {
    }

    /**
     * A variable; {@code global} when the name can only mean the top-level variable, because it
     * was introduced by a macro defined at top level (user bindings in between must not catch it);
     * {@code local} when a local binding was found; {@code shadows}: how many bindings of the same
     * key lie between the use and the binding meant, which a run-time look-up must pass over (a
     * macro's free name meaning a local of its definition, under a user binding of that name).
     */
    record Variable(Symbol key, boolean global, boolean local, int shadows) implements Meaning {
    }

    record Syntax(Analyzer.SpecialForm form) implements Meaning {
    }

    private final Scope parent;
    private final Env globals;
    private final Map<Symbol, Object> names = new HashMap<>();

    private Scope(Scope parent, Env globals) {
        this.parent = parent;
        this.globals = globals;
    }

    /** Analyzes at top level of {@code globals} (restoring the analysis this one interrupts). */
    static <T> T atTop(Env globals, Supplier<T> analysis) {
        Scope saved = CURRENT.get();
        CURRENT.set(new Scope(null, globals));
        try {
            return analysis.get();
        } finally {
            CURRENT.set(saved);
        }
    }

    /** The scope being analyzed on this thread (a bare top level when no interpreter set one). */
    static Scope current() {
        Scope s = CURRENT.get();
        if (s == null) {
            s = new Scope(null, null);
            CURRENT.set(s);
        }
        return s;
    }

    /** Analyzes inside a new local frame that binds {@code variables}. */
    static <T> T within(Collection<Symbol> variables, Supplier<T> analysis) {
        Scope saved = current();
        Scope inner = new Scope(saved, saved.globals);
        variables.forEach(v -> inner.names.put(v, VARIABLE));
        CURRENT.set(inner);
        try {
            return analysis.get();
        } finally {
            CURRENT.set(saved);
        }
    }

    /** Analyzes inside a new local frame of macros ({@code let-syntax}). */
    static <T> T withMacros(Map<Symbol, ? extends Analyzer.SpecialForm> macros, Supplier<T> analysis) {
        Scope saved = current();
        Scope inner = new Scope(saved, saved.globals);
        inner.names.putAll(macros);
        CURRENT.set(inner);
        try {
            return analysis.get();
        } finally {
            CURRENT.set(saved);
        }
    }

    boolean isTop() {
        return parent == null;
    }

    /** The global frame, or null outside an interpreter. */
    Env globals() {
        return globals;
    }

    /** An internal {@code define}: the name is a variable of this frame from here on. */
    void declareVariable(Symbol name) {
        if (!isTop()) {
            names.put(name, VARIABLE);
        }
    }

    /** An internal {@code define-syntax}, or a top-level one (kept in the global frame). */
    void declareMacro(Symbol name, Analyzer.SpecialForm macro) {
        if (!isTop()) {
            names.put(name, macro);
        } else if (globals != null) {
            globals.define(name.strip(), macro);
        }
    }

    /** What {@code id} means here, following aliases back to their macros' definitions. */
    Meaning resolve(Symbol id, Map<Symbol, Analyzer.SpecialForm> specialForms) {
        Scope scope = this;
        Symbol name = id;
        boolean renamed = false;
        while (true) {
            Scope s = scope;
            for (; !s.isTop(); s = s.parent) {
                Object meaning = s.names.get(name);
                if (meaning == VARIABLE) {
                    return new Variable(name, false, true, renamed ? shadowsBetween(name, s) : 0);
                } else if (meaning != null) {
                    return new Syntax((Analyzer.SpecialForm) meaning);
                }
            }
            if (name.isAlias() && name.scope() instanceof Scope definition) {
                scope = definition;
                name = name.original();
                renamed = true;
                continue;
            }
            Symbol global = name.strip();
            Object value = s.globals == null ? null : s.globals.lookup(global);
            if (value instanceof Analyzer.SpecialForm macro) {
                return new Syntax(macro);
            }
            Analyzer.SpecialForm special = specialForms.get(global);
            if (special != null) {
                return new Syntax(special);
            }
            return new Variable(renamed ? global : name, renamed, false, 0);
        }
    }

    /**
     * The local bindings of {@code name} from this scope up to (not including) {@code binder}: each
     * is one frame binding it at run time, which the look-up from the use would find first. Zero
     * when {@code binder} is not around this scope (no run-time frame of the use can be passed).
     */
    private int shadowsBetween(Symbol name, Scope binder) {
        int count = 0;
        for (Scope s = this; s != null; s = s.parent) {
            if (s == binder) {
                return count;
            }
            if (s.names.get(name) == VARIABLE) {
                count++;
            }
        }
        return 0;
    }
}
