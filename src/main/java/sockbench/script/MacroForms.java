package sockbench.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms that make macros: {@code define-syntax}, {@code let-syntax}, {@code letrec-syntax}, with
 * a {@code syntax-rules}, {@code er-macro-transformer} or {@code ir-macro-transformer} transformer.
 * A macro exists from its analysis on: a top-level one is kept in the global frame (so a later form
 * sees it), a local one in the scope of the body it was defined in.
 */
final class MacroForms {
    private static final Symbol SYNTAX_RULES = Symbol.of("syntax-rules");

    private MacroForms() {
    }

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        forms.put(Symbol.of("define-syntax"), MacroForms::defineSyntax);
        forms.put(Symbol.of("let-syntax"), (f, tail) -> letSyntax(f, tail, false));
        forms.put(Symbol.of("letrec-syntax"), (f, tail) -> letSyntax(f, tail, true));
        forms.put(Symbol.of("syntax-error"), MacroForms::syntaxError);
    }

    /** R7RS {@code (syntax-error "message" form ...)}: raised when the expansion is analyzed. */
    private static Node syntaxError(Form f, boolean tail) {
        f.expect(2, -1);
        Object message = f.get(1);
        List<Object> arguments = new ArrayList<>();
        for (int i = 2; i < f.size(); i++) {
            arguments.add(SyntaxData.strip(f.get(i)));
        }
        Condition c = Condition.exn(List.of("exn", "syntax"), Printer.display(message),
                arguments.toArray());
        throw new SchemeError(c).at(f.where());
    }

    private static Node defineSyntax(Form f, boolean tail) {
        f.expect(3, 3);
        Symbol name = f.symbol(1);
        Scope here = Scope.current();
        here.declareMacro(name, transformer(name, f.get(2), f.at(2), here));
        return Analyzer.constant(Special.UNSPECIFIED);
    }

    /** let-syntax: the transformers see the scope around the form; letrec-syntax: each other too. */
    private static Node letSyntax(Form f, boolean tail, boolean recursive) {
        f.expect(2, -1);
        Map<Symbol, Object> specs = new LinkedHashMap<>();
        List<Position> places = new ArrayList<>();
        for (Object b : Lists.toJava(f.get(1))) {
            if (!(b instanceof Pair pair) || Lists.length(pair) != 2 || !(pair.car instanceof Symbol name)) {
                throw f.error("bad syntax binding");
            }
            specs.put(name, ((Pair) pair.cdr).car);
            places.add(pair.position() != null ? pair.position() : f.at(1));
        }
        Scope outer = Scope.current();
        Map<Symbol, Macro> macros = new LinkedHashMap<>();
        if (!recursive) {
            int i = 0;
            for (Map.Entry<Symbol, Object> e : specs.entrySet()) {
                macros.put(e.getKey(), transformer(e.getKey(), e.getValue(), places.get(i++), outer));
            }
        }
        return Scope.within(List.of(), () -> {
            Scope inner = Scope.current();
            if (recursive) {
                int i = 0;
                for (Map.Entry<Symbol, Object> e : specs.entrySet()) {
                    macros.put(e.getKey(), transformer(e.getKey(), e.getValue(), places.get(i++), inner));
                }
            }
            macros.forEach(inner::declareMacro);
            return Analyzer.body(f.from(2), f.where(), tail);
        });
    }

    /**
     * The macro a transformer spec makes, defined in {@code scope}: a {@code syntax-rules} form, or any
     * expression whose value is an er- or ir-macro-transformer (evaluated now, as expand.scm evaluates a
     * define-syntax's transformer when the form is expanded).
     */
    static Macro transformer(Symbol name, Object spec, Position where, Scope scope) {
        if (spec instanceof Pair p && p.car instanceof Symbol head && head.strip() == SYNTAX_RULES) {
            return new SyntaxRules(name.strip().name(), new Form(p, where), scope);
        }
        Object value = evaluateNow(spec, where, scope);
        if (value instanceof Transformer t) {
            return new ProcedureMacro(name.strip().name(), t.procedure(), t.implicit(), scope);
        }
        // expand.scm's ##sys#ensure-transformer, located at the macro's name
        throw Errors.located(name.strip().name(), List.of("exn"), "expected syntax-transformer, but got", value).at(where);
    }

    /** A transformer runs while later code is analyzed: its expression is evaluated in the global frame. */
    private static Object evaluateNow(Object expression, Position where, Scope scope) {
        Env globals = scope.globals();
        if (globals == null) {
            throw Errors.syntax("a transformer procedure needs an interpreter", SyntaxData.strip(expression), where);
        }
        return Scope.atTop(globals, () -> Analyzer.analyze(expression, where, false)).eval(globals);
    }
}
