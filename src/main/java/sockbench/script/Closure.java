package sockbench.script;

/** A procedure made by {@code lambda}: its parameters, its body, and the frame it was made in. */
final class Closure implements Procedure {
    final LambdaList params;
    final Node body;
    final Env env;
    private volatile String name;

    Closure(LambdaList params, Node body, Env env, String name) {
        this.params = params;
        this.body = body;
        this.env = env;
        this.name = name;
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

    /** {@code (define f (lambda ...))} names an anonymous lambda f. */
    void nameIfAnonymous(String newName) {
        if (name == null) {
            name = newName;
        }
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
