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
        BindingForms.install(FORMS);
        DynamicForms.install(FORMS);
        RecordForms.install(FORMS);
    }

    private Analyzer() {
    }

    static Node analyze(Object x, Position where, boolean tail) {
        if (x instanceof Symbol s) {
            return variable(s, where);
        }
        if (x instanceof Pair p) {
            Position here = p.position() != null ? p.position() : where;
            SpecialForm special = p.car instanceof Symbol s ? FORMS.get(s) : null;
            Form form = new Form(p, here);
            return special != null ? special.analyze(form, tail) : Application.of(form, tail);
        }
        return constant(x);
    }

    static Node constant(Object value) {
        return env -> value;
    }

    private static Node variable(Symbol name, Position where) {
        return env -> {
            Object value = env.lookup(name);
            if (value == null) {
                throw Errors.unbound(name).at(where);
            }
            return value;
        };
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
