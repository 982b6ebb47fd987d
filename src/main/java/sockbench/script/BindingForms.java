package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Special forms that make variables: define, set!, lambda, the let family, do, receive, define-values. */
final class BindingForms {
    private record Binding(Symbol name, Node init, Node step) {
    }

    private BindingForms() {
    }

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        forms.put(Symbol.of("define"), BindingForms::define);
        forms.put(Symbol.of("set!"), BindingForms::set);
        forms.put(Symbol.of("lambda"), LAMBDA);
        forms.put(Symbol.of("let"), BindingForms::let);
        forms.put(Symbol.of("let*"), BindingForms::letStar);
        forms.put(Symbol.of("letrec"), BindingForms::letrec);
        forms.put(Symbol.of("letrec*"), BindingForms::letrec);
        forms.put(Symbol.of("do"), BindingForms::doLoop);
        forms.put(Symbol.of("define-values"), BindingForms::defineValues);
        forms.put(Symbol.of("receive"), BindingForms::receive);
        forms.put(Symbol.of("let-values"), (f, tail) -> letValues(f, tail, false));
        forms.put(Symbol.of("let*-values"), (f, tail) -> letValues(f, tail, true));
    }

    /** {@code (lambda formals body...)}, named for the variable it is being bound to, if any (see {@link Analyzer#analyzeNamed}). */
    static final Analyzer.SpecialForm LAMBDA = (f, tail) -> {
        f.expect(2, -1);
        Symbol hint = Analyzer.takeNameHint();
        return lambda(f.get(1), f.from(2), f, hint == null ? null : hint.strip().name());
    };

    static Node lambda(Object formals, Object body, Form f, String name) {
        return Scope.within(List.of(), () -> {
            LambdaList params = LambdaList.parse(formals, f);
            Node code = Scope.within(params.names(), () -> Analyzer.body(body, f.where(), true));
            Object written = SyntaxData.strip(formals);
            return env -> new Closure(params, code, env, name, written);
        });
    }

    /** {@code (define x e)}, {@code (define x)}, {@code (define (f . args) body...)}. */
    private static Node define(Form f, boolean tail) {
        f.expect(2, -1);
        Symbol name;
        Node value;
        if (f.get(1) instanceof Pair head) {
            if (!(head.car instanceof Symbol s)) {
                throw f.error("bad procedure name");
            }
            name = s;
            Scope.current().declareVariable(name);
            value = lambda(head.cdr, f.from(2), f, s.name());
        } else {
            f.expect(2, 3);
            name = f.symbol(1);
            Scope.current().declareVariable(name);
            value = f.size() == 3 ? Analyzer.analyzeNamed(f.get(2), f.at(2), name) : Analyzer.constant(Special.UNSPECIFIED);
        }
        return env -> {
            env.define(name, named(Values.single(value.eval(env)), name));
            return Special.UNSPECIFIED;
        };
    }

    /** A case-lambda takes the name it is first defined under; a lambda was named where it was written. */
    private static Object named(Object value, Symbol name) {
        if (value instanceof CaseLambda c) {
            c.nameIfAnonymous(name.strip().name());
        }
        return value;
    }

    /** {@code (set! x e)}, or SRFI-17 {@code (set! (getter args...) e)} through the getter's setter. */
    private static Node set(Form f, boolean tail) {
        f.expect(3, 3);
        Node value = f.get(1) instanceof Symbol assigned ? Analyzer.analyzeNamed(f.get(2), f.at(2), assigned)
                : Analyzer.analyze(f.get(2), f.at(2), false);
        if (f.get(1) instanceof Pair target) {
            Form access = new Form(target, f.at(1));
            Node getter = Analyzer.analyze(access.get(0), access.where(), false);
            Node[] args = new Node[access.size() - 1];
            for (int i = 1; i < access.size(); i++) {
                args[i - 1] = Analyzer.analyze(access.get(i), access.at(i), false);
            }
            return env -> {
                Object procedure = getter.eval(env);
                Object[] values = new Object[args.length + 1];
                for (int i = 0; i < args.length; i++) {
                    values[i] = Values.single(args[i].eval(env));
                }
                values[args.length] = Values.single(value.eval(env));
                Application.invoke(setterOf(procedure, f.where()), values, f.where());
                return Special.UNSPECIFIED;
            };
        }
        Position where = f.at(1);
        Scope.Meaning meaning = Analyzer.resolve(f.symbol(1));
        if (!(meaning instanceof Scope.Variable variable)) {
            throw f.error("syntax keyword may not be assigned");
        }
        Symbol name = variable.key();
        Env globals = variable.global() ? Scope.current().globals() : null;
        int shadows = variable.shadows();
        if (shadows > 0) {
            return env -> {
                if (!env.assignPast(name, shadows, Values.single(value.eval(env)))) {
                    throw ExceptionHandlers.thrown(Errors.unbound(name.strip()).at(where));
                }
                return Special.UNSPECIFIED;
            };
        }
        return env -> {
            if (!(globals != null ? globals : env).assign(name, Values.single(value.eval(env)))) {
                throw ExceptionHandlers.thrown(Errors.unbound(name).at(where));
            }
            return Special.UNSPECIFIED;
        };
    }

    static Procedure setterOf(Object getter, Position where) {
        if (getter instanceof Primitive p && p.setter() != null) {
            return p.setter();
        }
        if (getter instanceof Parameter p) {
            return p.setter();
        }
        Condition c = Condition.exn(List.of("exn", "type"), "no setter defined", getter);
        throw new SchemeError(c.put("exn", "location", Symbol.of("setter"))).at(where);
    }

    private static Node let(Form f, boolean tail) {
        f.expect(3, -1);
        if (f.get(1) instanceof Symbol loop) {
            return namedLet(f, loop, tail);
        }
        List<Binding> bindings = bindings(f, 1, false);
        Node body = Scope.within(names(bindings), () -> Analyzer.body(f.from(2), f.where(), tail));
        return env -> {
            Object[] values = new Object[bindings.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Values.single(bindings.get(i).init().eval(env));
            }
            Env frame = new Env(env);
            for (int i = 0; i < values.length; i++) {
                frame.define(bindings.get(i).name(), values[i]);
            }
            return body.eval(frame);
        };
    }

    /** {@code (let loop ((i 0)) ... (loop (+ i 1)))}: a local procedure called at once. */
    private static Node namedLet(Form f, Symbol loop, boolean tail) {
        f.expect(4, -1);
        List<Binding> bindings = bindings(f, 2, false);
        Object formals = Lists.fromJava(names(bindings));
        LambdaList params = LambdaList.parse(formals, f);
        Object written = SyntaxData.strip(formals);
        Node body = Scope.within(List.of(loop), () -> Scope.within(names(bindings), () -> Analyzer.body(f.from(3), f.where(), true)));
        return env -> {
            Env scope = new Env(env);
            Closure procedure = new Closure(params, body, scope, loop.strip().name(), written);
            scope.define(loop, procedure);
            Object[] values = new Object[bindings.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Values.single(bindings.get(i).init().eval(env));
            }
            Env frame = params.bind(procedure, values, true);
            return tail ? new TailCall(body, frame) : Closure.run(body, frame);
        };
    }

    private static Node letStar(Form f, boolean tail) {
        f.expect(3, -1);
        if (Lists.length(f.get(1)) < 0) {
            throw f.error("bad binding list");
        }
        return sequentially(f, f.get(1), tail);
    }

    /**
     * {@code (let* (b1 b2 ...) body)} as {@code (let (b1) (let* (b2 ...) body))}: each name its own
     * frame and scope, so a later init sees the earlier names, and a macro's free name passes over
     * exactly the frames that bind its name (also when a name is bound twice).
     */
    private static Node sequentially(Form f, Object specs, boolean tail) {
        if (!(specs instanceof Pair cell)) {
            Node body = Scope.within(List.of(), () -> Analyzer.body(f.from(2), f.where(), tail));
            return env -> body.eval(new Env(env));
        }
        Form one = new Form(new Pair(f.get(0), new Pair(new Pair(cell.car, Empty.LIST, cell.position()), Empty.LIST)), f.where());
        Binding b = bindings(one, 1, false).get(0);
        Symbol[] name = {b.name()};
        Node rest = cell.cdr instanceof Pair
                ? Scope.within(List.of(b.name()), () -> sequentially(f, cell.cdr, tail))
                : Scope.within(List.of(b.name()), () -> Analyzer.body(f.from(2), f.where(), tail));
        return env -> rest.eval(new Env(env, name, new Object[] {Values.single(b.init().eval(env))}));
    }

    private static Node letrec(Form f, boolean tail) {
        f.expect(3, -1);
        List<Binding> bindings = bindings(f, 1, false, true);
        Node body = Scope.within(names(bindings), () -> Analyzer.body(f.from(2), f.where(), tail));
        return env -> {
            Env frame = new Env(env);
            bindings.forEach(b -> frame.define(b.name(), Special.UNSPECIFIED));
            for (Binding b : bindings) {
                frame.define(b.name(), named(Values.single(b.init().eval(frame)), b.name()));
            }
            return body.eval(frame);
        };
    }

    /** {@code (do ((var init step) ...) (test result ...) body ...)}, with a fresh frame per round. */
    private static Node doLoop(Form f, boolean tail) {
        f.expect(3, -1);
        List<Binding> bindings = bindings(f, 1, true);
        if (!(f.get(2) instanceof Pair exit)) {
            throw f.error("bad exit clause");
        }
        Form end = new Form(exit, f.at(2));
        List<Symbol> names = names(bindings);
        Node test = Scope.within(names, () -> Analyzer.analyze(end.get(0), end.at(0), false));
        Node result = Scope.within(names, () -> Analyzer.body(end.from(1), end.where(), tail));
        Node body = Scope.within(names, () -> Analyzer.body(f.from(3), f.where(), false));
        return env -> {
            Env frame = new Env(env);
            for (Binding b : bindings) {
                frame.define(b.name(), Values.single(b.init().eval(env)));
            }
            while (!Interop.isTrue(Values.single(test.eval(frame)))) {
                body.eval(frame);
                Env next = new Env(env);
                for (Binding b : bindings) {
                    next.define(b.name(), b.step() == null ? frame.lookup(b.name()) : Values.single(b.step().eval(frame)));
                }
                frame = next;
            }
            return result.eval(frame);
        };
    }

    private static Node defineValues(Form f, boolean tail) {
        f.expect(3, 3);
        LambdaList formals = LambdaList.parse(f.get(1), f);
        Node producer = Analyzer.analyze(f.get(2), f.at(2), false);
        formals.names().forEach(Scope.current()::declareVariable);
        return env -> {
            formals.bindInto(env, Values.list(producer.eval(env)).toArray(), null);
            return Special.UNSPECIFIED;
        };
    }

    /** {@code (receive (a b . rest) producer body ...)}. */
    private static Node receive(Form f, boolean tail) {
        f.expect(3, -1);
        LambdaList formals = LambdaList.parse(f.get(1), f);
        Node producer = Analyzer.analyze(f.get(2), f.at(2), false);
        Node body = Scope.within(formals.names(), () -> Analyzer.body(f.from(3), f.where(), tail));
        return env -> {
            Env frame = new Env(env);
            formals.bindInto(frame, Values.list(producer.eval(env)).toArray(), null);
            return body.eval(frame);
        };
    }

    private static Node letValues(Form f, boolean tail, boolean sequential) {
        f.expect(3, -1);
        List<LambdaList> formals = new ArrayList<>();
        List<Node> producers = new ArrayList<>();
        List<Symbol> names = new ArrayList<>();
        for (Object b : Lists.toJava(f.get(1))) {
            if (!(b instanceof Pair pair)) {
                throw f.error("bad binding");
            }
            Form binding = new Form(pair, f.at(1));
            binding.expect(2, 2);
            List<Symbol> before = List.copyOf(names);
            producers.add(Scope.within(sequential ? before : List.of(), () -> Analyzer.analyze(binding.get(1), binding.at(1), false)));
            LambdaList list = LambdaList.parse(binding.get(0), f);
            formals.add(list);
            names.addAll(list.names());
        }
        Node body = Scope.within(names, () -> Analyzer.body(f.from(2), f.where(), tail));
        return env -> {
            Env frame = new Env(env);
            for (int i = 0; i < formals.size(); i++) {
                Object values = producers.get(i).eval(sequential ? frame : env);
                formals.get(i).bindInto(frame, Values.list(values).toArray(), null);
            }
            return body.eval(frame);
        };
    }

    /** The {@code ((name init [step]) ...)} list at element {@code index} of the form. */
    private static List<Binding> bindings(Form f, int index, boolean steps) {
        return bindings(f, index, steps, false);
    }

    /**
     * The {@code ((name init [step]) ...)} list at element {@code index} of the form; the inits are
     * analyzed where the names are bound when {@code initsInside} (let*, letrec), the steps always.
     */
    private static List<Binding> bindings(Form f, int index, boolean steps, boolean initsInside) {
        List<Form> specs = new ArrayList<>();
        List<Symbol> names = new ArrayList<>();
        Object x = f.get(index);
        while (x instanceof Pair cell) {
            Position where = cell.position() != null ? cell.position() : f.at(index);
            if (cell.car instanceof Symbol name) {
                specs.add(null);
                names.add(name);
            } else if (cell.car instanceof Pair spec) {
                Form b = new Form(spec, where);
                b.expect(1, steps ? 3 : 2);
                specs.add(b);
                names.add(b.symbol(0));
            } else {
                throw f.error("bad binding");
            }
            x = cell.cdr;
        }
        if (x != Empty.LIST) {
            throw f.error("bad binding list");
        }
        List<Binding> bindings = new ArrayList<>();
        // as eval.scm compiles let's values: a lambda bound by let, let* or letrec is named for its
        // variable; the inits of a named let or a do are arguments of a call, and stay anonymous
        boolean named = index == 1 && !steps;
        for (int i = 0; i < specs.size(); i++) {
            Form b = specs.get(i);
            Symbol name = names.get(i);
            java.util.function.Supplier<Node> analyzeInit = () -> named ? Analyzer.analyzeNamed(b.get(1), b.at(1), name)
                    : Analyzer.analyze(b.get(1), b.at(1), false);
            Node init = b == null || b.size() < 2 ? Analyzer.constant(Special.UNSPECIFIED)
                    : initsInside ? Scope.within(names, analyzeInit) : analyzeInit.get();
            Node step = b != null && b.size() > 2 ? Scope.within(names, () -> Analyzer.analyze(b.get(2), b.at(2), false)) : null;
            bindings.add(new Binding(names.get(i), init, step));
        }
        return bindings;
    }

    private static List<Symbol> names(List<Binding> bindings) {
        return bindings.stream().map(Binding::name).toList();
    }
}
