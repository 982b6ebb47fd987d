package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Special forms for quoting, sequencing and choosing: quote, quasiquote, if, cond, case, and, or, ... */
final class CoreForms {
    private static final Symbol QUOTE = Symbol.of("quote");
    private static final Symbol QUASIQUOTE = Symbol.of("quasiquote");
    private static final Symbol UNQUOTE = Symbol.of("unquote");
    private static final Symbol UNQUOTE_SPLICING = Symbol.of("unquote-splicing");
    private static final Symbol ELSE = Symbol.of("else");
    private static final Symbol ARROW = Symbol.of("=>");

    /** Built into quasiquote expansions as values, so that redefining {@code cons} cannot break them. */
    private static final Primitive CONS = new Primitive("cons", 2, 2, a -> new Pair(a[0], a[1]));
    private static final Primitive LIST = new Primitive("list", 0, Primitive.MANY, Lists::of);
    private static final Primitive APPEND = new Primitive("append", 2, 2, a -> ListPrimitives.append(a[0], a[1]));
    private static final Primitive LIST_TO_VECTOR = new Primitive("list->vector", 1, 1, a -> Lists.toJava(a[0]).toArray());

    /** Quote in quasiquote expansions as the special form itself, so that a local {@code quote} cannot catch it. */
    private static final Analyzer.SpecialForm QUOTE_FORM = CoreForms::quote;
    private static final Object QUOTE_VALUE = QUOTE_FORM;

    private CoreForms() {
    }

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        forms.put(QUOTE, QUOTE_FORM);
        forms.put(QUASIQUOTE, CoreForms::quasiquote);
        forms.put(Symbol.of("if"), CoreForms::ifForm);
        forms.put(Symbol.of("begin"), (f, tail) -> Analyzer.body(f.from(1), f.where(), tail));
        forms.put(Symbol.of("and"), (f, tail) -> andOr(f, tail, true));
        forms.put(Symbol.of("or"), (f, tail) -> andOr(f, tail, false));
        forms.put(Symbol.of("when"), (f, tail) -> whenUnless(f, tail, true));
        forms.put(Symbol.of("unless"), (f, tail) -> whenUnless(f, tail, false));
        forms.put(Symbol.of("cond"), CoreForms::cond);
        forms.put(Symbol.of("case"), CoreForms::caseForm);
        forms.put(Symbol.of("assert"), CoreForms::assertForm);
        for (String ignored : List.of("require-library", "declare")) {
            forms.put(Symbol.of(ignored), (f, tail) -> Analyzer.constant(Special.UNSPECIFIED));
        }
    }

    private static Node quote(Form f, boolean tail) {
        f.expect(2, 2);
        return Analyzer.constant(SyntaxData.strip(f.get(1)));
    }

    private static Node ifForm(Form f, boolean tail) {
        f.expect(3, 4);
        Node test = Analyzer.analyze(f.get(1), f.at(1), false);
        Node then = Analyzer.analyze(f.get(2), f.at(2), tail);
        Node otherwise = f.size() == 4 ? Analyzer.analyze(f.get(3), f.at(3), tail) : Analyzer.constant(Special.UNSPECIFIED);
        return env -> Interop.isTrue(Values.single(test.eval(env))) ? then.eval(env) : otherwise.eval(env);
    }

    /** {@code and} stops at the first false value, {@code or} at the first true one. */
    private static Node andOr(Form f, boolean tail, boolean isAnd) {
        if (f.size() == 1) {
            return Analyzer.constant(isAnd);
        }
        Node[] parts = new Node[f.size() - 1];
        for (int i = 1; i < f.size(); i++) {
            parts[i - 1] = Analyzer.analyze(f.get(i), f.at(i), tail && i == f.size() - 1);
        }
        return env -> {
            int last = parts.length - 1;
            for (int i = 0; i < last; i++) {
                Object value = Values.single(parts[i].eval(env));
                if (Interop.isTrue(value) != isAnd) {
                    return value;
                }
            }
            return parts[last].eval(env);
        };
    }

    private static Node whenUnless(Form f, boolean tail, boolean when) {
        f.expect(2, -1);
        Node test = Analyzer.analyze(f.get(1), f.at(1), false);
        Node body = Analyzer.body(f.from(2), f.where(), tail);
        return env -> Interop.isTrue(Values.single(test.eval(env))) == when ? body.eval(env) : Special.UNSPECIFIED;
    }

    private record CondClause(Node test, Node body, boolean arrow, Position where) {
    }

    private static Node cond(Form f, boolean tail) {
        List<CondClause> clauses = new ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair clause)) {
                throw f.error("bad clause");
            }
            Form c = new Form(clause, f.at(i));
            Node test = Analyzer.isKeyword(c.get(0), ELSE) ? null : Analyzer.analyze(c.get(0), c.at(0), false);
            boolean arrow = c.size() == 3 && Analyzer.isKeyword(c.get(1), ARROW);
            Node body = arrow ? Analyzer.analyze(c.get(2), c.at(2), false)
                    : c.size() == 1 ? null : Analyzer.body(c.from(1), c.where(), tail);
            clauses.add(new CondClause(test, body, arrow, c.where()));
        }
        return env -> {
            for (CondClause c : clauses) {
                Object value = c.test() == null ? Boolean.TRUE : Values.single(c.test().eval(env));
                if (Interop.isTrue(value)) {
                    if (c.arrow()) {
                        return Application.invoke(c.body().eval(env), new Object[] {value}, c.where());
                    }
                    return c.body() == null ? value : c.body().eval(env);
                }
            }
            return Special.UNSPECIFIED;
        };
    }

    /** A clause of case: its data (null for else), and a body or, after {@code =>}, a receiver of the key. */
    private record CaseClause(List<Object> data, Node body, boolean arrow, Position where) {
    }

    private static Node caseForm(Form f, boolean tail) {
        f.expect(2, -1);
        Node key = Analyzer.analyze(f.get(1), f.at(1), false);
        List<CaseClause> clauses = new ArrayList<>();
        for (int i = 2; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair clause)) {
                throw f.error("bad clause");
            }
            Form c = new Form(clause, f.at(i));
            List<Object> data = Analyzer.isKeyword(c.get(0), ELSE) ? null : Lists.toJava(SyntaxData.strip(c.get(0)));
            boolean arrow = c.size() == 3 && Analyzer.isKeyword(c.get(1), ARROW);
            Node body = arrow ? Analyzer.analyze(c.get(2), c.at(2), false) : Analyzer.body(c.from(1), c.where(), tail);
            clauses.add(new CaseClause(data, body, arrow, c.where()));
        }
        return env -> {
            Object k = Values.single(key.eval(env));
            for (CaseClause c : clauses) {
                if (c.data() == null || c.data().stream().anyMatch(d -> Equality.eqv(k, d))) {
                    return c.arrow() ? Application.invoke(c.body().eval(env), new Object[] {k}, c.where()) : c.body().eval(env);
                }
            }
            return Special.UNSPECIFIED;
        };
    }

    /**
     * {@code (assert exp [message arg ...])}, as CHICKEN's: the value of exp when true, else an
     * error with the message (default "assertion failed") and the args (default: exp, quoted).
     */
    private static Node assertForm(Form f, boolean tail) {
        f.expect(2, -1);
        Node test = Analyzer.analyze(f.get(1), f.at(1), false);
        Object expression = f.get(1);
        Node[] messageAndArgs = new Node[f.size() - 2];
        for (int i = 2; i < f.size(); i++) {
            messageAndArgs[i - 2] = Analyzer.analyze(f.get(i), f.at(i), false);
        }
        return env -> {
            Object value = Values.single(test.eval(env));
            if (Interop.isTrue(value)) {
                return value;
            }
            Object[] given = {MString.of("assertion failed"), expression};
            if (messageAndArgs.length > 0) {
                given = new Object[messageAndArgs.length];
                for (int i = 0; i < given.length; i++) {
                    given[i] = Values.single(messageAndArgs[i].eval(env));
                }
            }
            try {
                throw ConditionPrimitives.error(given); // chicken-syntax's assert expands to (##sys#error msg arg ...)
            } catch (SchemeError e) {
                throw ExceptionHandlers.thrown(e.at(f.where()));
            }
        };
    }

    private static Node quasiquote(Form f, boolean tail) {
        f.expect(2, 2);
        return Analyzer.analyze(template(f.get(1), 1), f.at(1), false);
    }

    /** The code that builds a quasiquoted template; {@code depth} counts nested quasiquotes. */
    private static boolean isSymbol(Object x, Symbol name) {
        return x instanceof Symbol s && s.strip() == name;
    }

    private static Object template(Object x, int depth) {
        if (x instanceof Pair p) {
            if (isSymbol(p.car, UNQUOTE) && p.cdr instanceof Pair arg) {
                return depth == 1 ? arg.car : Lists.of(LIST, Lists.of(QUOTE_VALUE, UNQUOTE), template(arg.car, depth - 1));
            }
            if (isSymbol(p.car, QUASIQUOTE) && p.cdr instanceof Pair arg) {
                return Lists.of(LIST, Lists.of(QUOTE_VALUE, QUASIQUOTE), template(arg.car, depth + 1));
            }
            if (depth == 1 && p.car instanceof Pair inner && isSymbol(inner.car, UNQUOTE_SPLICING) && inner.cdr instanceof Pair arg) {
                return Lists.of(APPEND, arg.car, template(p.cdr, depth));
            }
            return Lists.of(CONS, template(p.car, depth), template(p.cdr, depth));
        }
        if (x instanceof Object[] vector) {
            return Lists.of(LIST_TO_VECTOR, template(Lists.of(vector), depth));
        }
        return x instanceof Symbol || x == Empty.LIST ? Lists.of(QUOTE_VALUE, x) : x;
    }
}
