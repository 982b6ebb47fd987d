package sockbench.script;

/**
 * A procedure call. A closure called in tail position becomes a {@link TailCall}; every error
 * raised by the call that does not know its place yet gets this form's position.
 */
final class Application implements Node {
    private final Node function;
    private final Node[] arguments;
    private final boolean tail;
    private final Position where;

    private Application(Node function, Node[] arguments, boolean tail, Position where) {
        this.function = function;
        this.arguments = arguments;
        this.tail = tail;
        this.where = where;
    }

    static Node of(Form form, boolean tail) {
        Node function = Analyzer.analyze(form.get(0), form.where(), false);
        Node[] arguments = new Node[form.size() - 1];
        for (int i = 1; i < form.size(); i++) {
            arguments[i - 1] = Analyzer.analyze(form.get(i), form.at(i), false);
        }
        return new Application(function, arguments, tail, form.where());
    }

    @Override
    public Object eval(Env env) {
        Evaluation.poll();
        Object f = Values.single(function.eval(env));
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Values.single(arguments[i].eval(env)); // one value per argument: the first of several
        }
        if (f instanceof Apply) {
            Object[] spread;
            try {
                spread = Apply.spread(values);
            } catch (SchemeError e) {
                throw ExceptionHandlers.thrown(e.at(where));
            }
            f = values[0];
            values = spread;
        }
        if (f instanceof CaseLambda choice) {
            try {
                f = choice.select(values.length);
            } catch (SchemeError e) {
                throw ExceptionHandlers.thrown(e.at(where));
            }
        }
        if (f instanceof Closure c) {
            Env frame;
            try {
                frame = c.params.bind(c, values, true);
            } catch (SchemeError e) {
                throw ExceptionHandlers.thrown(e.at(where));
            }
            return tail ? new TailCall(c.body, frame) : Closure.run(c.body, frame);
        }
        return invoke(f, values, where);
    }

    /** Calls any procedure to its end, placing its errors at {@code where}. */
    static Object invoke(Object f, Object[] values, Position where) {
        if (!(f instanceof Procedure p)) {
            throw ExceptionHandlers.thrown(Errors.notProcedure(f).at(where));
        }
        try {
            Object result = p.apply(values);
            return p instanceof Primitive ? result : Interop.toScheme(result); // a primitive converted it
        } catch (ControlFlow transfer) {
            throw transfer;
        } catch (SchemeError e) {
            throw ExceptionHandlers.thrown(e.at(where));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw ExceptionHandlers.thrown(Conditions.toError(e).at(where));
        }
    }
}
