package sockbench.script;

import java.util.HashMap;
import java.util.Map;

/**
 * CHICKEN's low-level macros. {@code (er-macro-transformer (lambda (form rename compare) ...))}:
 * explicit renaming, {@code (rename 'if)} is an alias meaning {@code if} as at the definition.
 * {@code (ir-macro-transformer (lambda (form inject compare) ...))}: implicit renaming, every
 * symbol of the result is renamed except those that came from the form or were injected.
 */
final class ProcedureMacro extends Macro {
    /** Scope of the marks an ir-macro puts on the form's own symbols. */
    private static final Object MARK = new Object();

    private final Procedure transformer;
    private final boolean implicit;
    private final Scope definition;

    ProcedureMacro(String name, Procedure transformer, boolean implicit, Scope definition) {
        super(name);
        this.transformer = transformer;
        this.implicit = implicit;
        this.definition = definition;
    }

    @Override
    Object expand(Pair use) {
        Map<Symbol, Symbol> renames = new HashMap<>();
        Primitive compare = new Primitive("compare", 2, 2,
                a -> a[0] instanceof Symbol x && a[1] instanceof Symbol y ? unmarked(x).strip() == unmarked(y).strip() : Equality.eqv(a[0], a[1]));
        if (!implicit) {
            Primitive rename = new Primitive("rename", 1, 1, a -> renames.computeIfAbsent(Args.symbol(a[0]), s -> Symbol.alias(s, definition)));
            return transformer.apply(use, rename, compare);
        }
        Primitive inject = new Primitive("inject", 1, 1, a -> mark(a[0]));
        Object result = transformer.apply(mark(use), inject, compare);
        return renameUnmarked(result, renames);
    }

    private static Object mark(Object x) {
        if (x instanceof Symbol s) {
            return Symbol.alias(s, MARK);
        }
        if (x instanceof Pair p) {
            return new Pair(mark(p.car), mark(p.cdr), p.position());
        }
        if (x instanceof Object[] vector) {
            Object[] copy = new Object[vector.length];
            for (int i = 0; i < vector.length; i++) {
                copy[i] = mark(vector[i]);
            }
            return copy;
        }
        return x;
    }

    private static Symbol unmarked(Symbol s) {
        return s.isAlias() && s.scope() == MARK ? s.original() : s;
    }

    private Object renameUnmarked(Object x, Map<Symbol, Symbol> renames) {
        if (x instanceof Symbol s) {
            return s.isAlias() && s.scope() == MARK ? s.original() : renames.computeIfAbsent(s, o -> Symbol.alias(o, definition));
        }
        if (x instanceof Pair p) {
            return new Pair(renameUnmarked(p.car, renames), renameUnmarked(p.cdr, renames), p.position());
        }
        if (x instanceof Object[] vector) {
            Object[] copy = new Object[vector.length];
            for (int i = 0; i < vector.length; i++) {
                copy[i] = renameUnmarked(vector[i], renames);
            }
            return copy;
        }
        return x;
    }
}
