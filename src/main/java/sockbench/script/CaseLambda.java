package sockbench.script;

/** A {@code case-lambda} procedure: the first clause whose parameters take the arguments runs. */
final class CaseLambda implements Procedure {
    private final Closure[] clauses;
    private volatile String name;

    CaseLambda(Closure[] clauses) {
        this.clauses = clauses;
    }

    /** The clause for {@code count} arguments; an arity error when none takes them. */
    Closure select(int count) {
        for (Closure c : clauses) {
            if (c.params.accepts(count)) {
                return c;
            }
        }
        throw Errors.arity(name, count, "a count one of the clauses takes");
    }

    @Override
    public Object apply(Object... args) {
        return select(args.length).apply(args);
    }

    @Override
    public String name() {
        return name;
    }

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
