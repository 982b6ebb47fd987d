package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Special forms with a dynamic extent: parameterize, condition-case, handle-exceptions. */
final class DynamicForms {
    private DynamicForms() {
    }

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        forms.put(Symbol.of("parameterize"), DynamicForms::parameterize);
        forms.put(Symbol.of("condition-case"), DynamicForms::conditionCase);
        forms.put(Symbol.of("handle-exceptions"), DynamicForms::handleExceptions);
    }

    /**
     * {@code (parameterize ((p v) ...) body ...)}: every p and v is evaluated first, then each p is
     * bound in this thread for the body (a body of its own: internal defines stay inside).
     */
    private static Node parameterize(Form f, boolean tail) {
        f.expect(3, -1);
        List<Node> parameters = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        for (Object b : Lists.toJava(f.get(1))) {
            if (!(b instanceof Pair pair)) {
                throw f.error("bad binding");
            }
            Form binding = new Form(pair, f.at(1));
            binding.expect(2, 2);
            parameters.add(Analyzer.analyze(binding.get(0), binding.where(), false));
            values.add(Analyzer.analyze(binding.get(1), binding.at(1), false));
        }
        Node body = Scope.within(List.of(), () -> Analyzer.body(f.from(2), f.where(), false));
        return env -> {
            Object[] ps = new Object[parameters.size()];
            Object[] vs = new Object[values.size()];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = Values.single(parameters.get(i).eval(env));
                vs[i] = Values.single(values.get(i).eval(env));
            }
            List<Runnable> restores = new ArrayList<>();
            try {
                for (int i = 0; i < ps.length; i++) {
                    if (!(ps[i] instanceof ParameterLike p)) {
                        throw Errors.wrongType("parameter", ps[i]).locate("parameterize").at(f.where());
                    }
                    restores.add(bind(p, vs[i], f.where()));
                }
                return body.eval(new Env(env));
            } finally {
                for (int i = restores.size() - 1; i >= 0; i--) {
                    restores.get(i).run();
                }
            }
        };
    }

    private static Runnable bind(ParameterLike p, Object value, Position where) {
        try {
            return p.bind(value);
        } catch (SchemeError e) {
            throw e.at(where);
        } catch (RuntimeException e) {
            throw Conditions.toError(e).locate(p instanceof Procedure named ? named.name() : null).at(where);
        }
    }

    /** A clause matches a condition that has every kind it lists; {@code ()} matches anything raised. */
    private record Clause(Symbol variable, List<String> kinds, Node body) {
        boolean matches(Object payload) {
            return kinds.isEmpty() || (payload instanceof ConditionLike c && c.kinds().containsAll(kinds));
        }
    }

    /** {@code (condition-case expr ((kind ...) body ...) (var (kind ...) body ...) ...)} as CHICKEN has it. */
    private static Node conditionCase(Form f, boolean tail) {
        f.expect(2, -1);
        Node expression = Analyzer.analyze(f.get(1), f.at(1), false);
        List<Clause> clauses = new ArrayList<>();
        for (int i = 2; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair pair)) {
                throw f.error("bad clause");
            }
            Form clause = new Form(pair, f.at(i));
            int k = clause.get(0) instanceof Symbol ? 1 : 0;
            clause.expect(k + 1, -1);
            Symbol variable = k == 1 ? clause.symbol(0) : null;
            List<String> kinds = new ArrayList<>();
            for (Object kind : Lists.toJava(clause.get(k))) {
                if (!(kind instanceof Symbol s)) {
                    throw clause.error("kind must be a symbol");
                }
                kinds.add(s.strip().name());
            }
            List<Symbol> bound = variable == null ? List.of() : List.of(variable);
            clauses.add(new Clause(variable, kinds, Scope.within(bound, () -> Analyzer.body(clause.from(k + 1), clause.where(), tail))));
        }
        return env -> {
            SchemeError error;
            try {
                return ExceptionHandlers.catching(expression, env);
            } catch (ControlFlow transfer) {
                throw transfer;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                error = Conditions.toError(e);
            }
            Evaluation.check();
            for (Clause c : clauses) {
                if (c.matches(error.payload())) {
                    Env frame = new Env(env);
                    if (c.variable() != null) {
                        frame.define(c.variable(), error.payload());
                    }
                    return c.body().eval(frame);
                }
            }
            throw error;
        };
    }

    /** {@code (handle-exceptions var handler body ...)}: the handler's value if the body raises. */
    private static Node handleExceptions(Form f, boolean tail) {
        f.expect(4, -1);
        Symbol variable = f.symbol(1);
        Node handler = Scope.within(List.of(variable), () -> Analyzer.analyze(f.get(2), f.at(2), tail));
        Node body = Analyzer.body(f.from(3), f.where(), false);
        return env -> {
            Object payload;
            try {
                return ExceptionHandlers.catching(body, env);
            } catch (ControlFlow transfer) {
                throw transfer;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                payload = Conditions.toError(e).payload();
            }
            Evaluation.check();
            Env frame = new Env(env);
            frame.define(variable, payload);
            return handler.eval(frame);
        };
    }
}
