package sockbench.script;

/** A procedure made by {@code lambda}: its parameters, its body, and the frame it was made in. */
final class Closure implements Procedure {
    final LambdaList params;
    final Node body;
    final Env env;
    private final String name;
    /** The lambda list as written, for the printed form {@code #<procedure (f x . rest)>}. */
    private final Object formals;

    Closure(LambdaList params, Node body, Env env, String name, Object formals) {
        this.params = params;
        this.body = body;
        this.env = env;
        this.name = name;
        this.formals = formals;
    }

    @Override
    public Object apply(Object... args) {
        return run(body, params.bind(this, args, false));
    }

    /** Runs a body to its value, making each tail call it returns in turn: loops need no stack. */
    static Object run(Node body, Env frame) {
        Object result = body.eval(frame);
        while (result instanceof TailCall call) {
            Evaluation.poll();
            result = call.body().eval(call.frame());
        }
        return result;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * What CHICKEN's eval keeps as the procedure's lambda info: its name ({@code ?} when it was not
     * written as the value of a define, set! or let) before its lambda list, {@code (f x . rest)}.
     */
    Pair lambdaInfo() {
        return new Pair(Symbol.of(name == null ? "?" : name), formals);
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
