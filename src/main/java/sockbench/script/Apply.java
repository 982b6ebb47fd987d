package sockbench.script;

/**
 * {@code (apply f a ... list)}. A call to apply in tail position is a tail call to {@code f}
 * ({@link Application} spreads the arguments itself), so loops through apply need no stack.
 */
final class Apply implements Procedure {
    /** The arguments {@code f} gets: the leading ones, then the elements of the final list. */
    static Object[] spread(Object[] a) {
        // runtime.c C_apply: C_bad_min_argc(c, 4) (no procedure to show), then barf(C_NOT_A_CLOSURE_ERROR,
        // "apply", fn), then barf(C_BAD_ARGUMENT_TYPE_ERROR, "apply", lst)
        if (a.length < 2) {
            throw Errors.arity(null, a.length, 2, Primitive.MANY);
        }
        if (!(a[0] instanceof Procedure)) {
            throw Errors.notProcedure(a[0], "apply");
        }
        Object last = a[a.length - 1];
        int n = Lists.length(last);
        if (n < 0) {
            throw Errors.badArgument(last).locate("apply");
        }
        Object[] args = new Object[a.length - 2 + n];
        System.arraycopy(a, 1, args, 0, a.length - 2);
        int i = a.length - 2;
        for (Object x = last; x instanceof Pair p; x = p.cdr) {
            args[i++] = p.car;
        }
        return args;
    }

    @Override
    public Object apply(Object... a) {
        Object[] args = spread(a);
        return ((Procedure) a[0]).apply(args);
    }

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
