package sockbench.script;

import java.util.List;

/** A {@code case-lambda} procedure: the first clause whose parameters take the arguments runs. */
final class CaseLambda implements Procedure {
    private final Closure[] clauses;
    private volatile String name;

    CaseLambda(Closure[] clauses) {
        this.clauses = clauses;
    }

    /**
     * The clause for {@code count} arguments. chicken-syntax.scm's case-lambda is a lambda of the
     * fewest required parameters and a rest list: fewer is its "too few arguments"; a count no clause
     * takes is {@code (##sys#error "no matching clause in call to 'case-lambda' form")}.
     */
    Closure select(int count) {
        int fewest = Integer.MAX_VALUE;
        for (Closure c : clauses) {
            if (c.params.accepts(count)) {
                return c;
            }
            fewest = Math.min(fewest, c.params.requiredCount());
        }
        if (count < fewest) {
            throw Errors.arity(this, count, fewest, Primitive.MANY);
        }
        throw new SchemeError(Condition.exn(List.of("exn"), "no matching clause in call to 'case-lambda' form"));
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
