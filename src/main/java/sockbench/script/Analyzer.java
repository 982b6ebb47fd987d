package sockbench.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a datum into a {@link Node} once, so that running it needs no more syntax checks. Calls
 * and bodies in tail position are marked here; special forms live in {@link CoreForms},
 * {@link BindingForms} and {@link DynamicForms}.
 */
final class Analyzer {
    /** Analyzes one special form; {@code tail} tells whether the form is in tail position. */
    @FunctionalInterface
    interface SpecialForm {
        Node analyze(Form form, boolean tail);
    }

    private static final Map<Symbol, SpecialForm> FORMS = new HashMap<>();

    static {
        CoreForms.install(FORMS);
        ImportForms.install(FORMS);
        BindingForms.install(FORMS);
        DynamicForms.install(FORMS);
        MacroForms.install(FORMS);
        DerivedForms.install(FORMS);
        RecordForms.install(FORMS);
    }

    private Analyzer() {
    }

    /** Analyzes a whole top-level form of the interpreter whose global frame is {@code globals}. */
    static Node analyzeTop(Object x, Position where, Env globals) {
        return Scope.atTop(globals, () -> analyze(x, where, false));
    }

    static Node analyze(Object x, Position where, boolean tail) {
        Symbol hint = NAME_HINT.get();
        if (hint != null) {
            NAME_HINT.remove(); // a name is for this very form: none of its parts but a lambda's own
        }
        if (x instanceof Symbol s) {
            return variable(s, where);
        }
        if (x instanceof Pair p) {
            Position here = p.position() != null ? p.position() : where;
            SpecialForm special = p.car instanceof Symbol s ? (resolve(s) instanceof Scope.Syntax syntax ? syntax.form() : null)
                    : p.car instanceof SpecialForm embedded ? embedded : null;
            Form form = new Form(p, here);
            if (special == null) {
                return Application.of(form, tail);
            }
            if (hint != null && (special == BindingForms.LAMBDA || special instanceof Macro)) {
                NAME_HINT.set(hint); // the lambda takes it, or the macro's expansion passes it on
            }
            try {
                return special.analyze(form, tail);
            } finally {
                NAME_HINT.remove();
            }
        }
        return constant(x);
    }

    /** The variable the form being analyzed will be bound to; see {@link #analyzeNamed}. */
    private static final ThreadLocal<Symbol> NAME_HINT = new ThreadLocal<>();

    /**
     * Analyzes the value of {@code (define name x)}, {@code (set! name x)} or a let binding: a lambda
     * written there (also as a macro's expansion) is named {@code name}, as CHICKEN's eval names it
     * (eval.scm passes the variable down as the lambda's name, and nothing else does).
     */
    static Node analyzeNamed(Object x, Position where, Symbol name) {
        NAME_HINT.set(name);
        try {
            return analyze(x, where, false);
        } finally {
            NAME_HINT.remove();
        }
    }

    /** The name {@link #analyzeNamed} gave the lambda now analyzed, once; null if none. */
    static Symbol takeNameHint() {
        Symbol hint = NAME_HINT.get();
        NAME_HINT.remove();
        return hint;
    }

    /** What a name means where the analysis is: a variable (local or global) or syntax. */
    static Scope.Meaning resolve(Symbol name) {
        return Scope.current().resolve(name, FORMS);
    }

    /**
     * Whether {@code x} is the keyword {@code keyword} ({@code else}, {@code =>}, ...), also when a
     * macro introduced it, and not when a local variable of that name shadows it.
     */
    static boolean isKeyword(Object x, Symbol keyword) {
        if (!(x instanceof Symbol s) || s.strip() != keyword) {
            return false;
        }
        return !(resolve(s) instanceof Scope.Variable v && v.local());
    }

    static Node constant(Object value) {
        return env -> value;
    }

    private static Node variable(Symbol name, Position where) {
        Scope.Meaning meaning = resolve(name);
        if (meaning instanceof Scope.Variable v && v.global() && Scope.current().globals() != null) {
            Env globals = Scope.current().globals();
            Symbol key = v.key();
            return env -> {
                Object value = globals.lookup(key);
                if (value == null) {
                    throw ExceptionHandlers.thrown(Errors.unbound(key).at(where));
                }
                return value;
            };
        }
        Symbol key = meaning instanceof Scope.Variable v ? v.key() : name;
        if (meaning instanceof Scope.Variable v && v.shadows() > 0) {
            int shadows = v.shadows();
            return env -> {
                Object value = env.lookupPast(key, shadows);
                if (value == null) {
                    throw ExceptionHandlers.thrown(Errors.unbound(key.strip()).at(where));
                }
                return value;
            };
        }
        Env globals = Scope.current().globals();
        if (meaning instanceof Scope.Variable v && !v.local() && globals != null) {
            return new GlobalReference(key, globals, where);
        }
        return env -> {
            Object value = env.lookup(key);
            if (value == null) {
                throw ExceptionHandlers.thrown(Errors.unbound(key.strip()).at(where));
            }
            return value;
        };
    }

    /**
     * A name no local binding around it declares: almost always a global (a builtin, a top-level
     * define), which is then read straight from the global frame instead of past every local frame
     * of the chain. Proven once, at the first read, that no local frame binds it (binding forms
     * from elsewhere might not declare their names to the analysis).
     */
    private static final class GlobalReference implements Node {
        private final Symbol key;
        private final Env globals;
        private final Position where;
        private Env.Cell cell;

        GlobalReference(Symbol key, Env globals, Position where) {
            this.key = key;
            this.globals = globals;
            this.where = where;
        }

        @Override
        public Object eval(Env env) {
            Env.Cell known = cell;
            if (known != null) {
                return known.value;
            }
            Object value = env.lookupLocal(key);
            if (value == null) {
                Env.Cell global = globals.globalCell(key);
                if (global == null) {
                    throw ExceptionHandlers.thrown(Errors.unbound(key.strip()).at(where));
                }
                cell = global;
                value = global.value;
            }
            return value;
        }
    }

    /** A sequence of expressions, the last one in tail position if the sequence is. */
    static Node body(Object forms, Position where, boolean tail) {
        List<Node> nodes = new ArrayList<>();
        Object x = forms;
        while (x instanceof Pair cell) {
            boolean last = !(cell.cdr instanceof Pair);
            nodes.add(analyze(cell.car, cell.position() != null ? cell.position() : where, tail && last));
            x = cell.cdr;
        }
        if (nodes.isEmpty()) {
            return constant(Special.UNSPECIFIED);
        } else if (nodes.size() == 1) {
            return nodes.get(0);
        }
        Node[] steps = nodes.toArray(Node[]::new);
        return env -> {
            int last = steps.length - 1;
            for (int i = 0; i < last; i++) {
                steps[i].eval(env);
            }
            return steps[last].eval(env);
        };
    }
}
