package sockbench.script;

/**
 * A Scheme pair. Pairs made by the reader remember where their text starts: for the first pair of a
 * list that is its opening parenthesis, for every later pair the element it holds, so the evaluator
 * can point at any element of a form.
 */
public final class Pair {
    public Object car;
    public Object cdr;
    private final Position position;

    public Pair(Object car, Object cdr) {
        this(car, cdr, null);
    }

    public Pair(Object car, Object cdr, Position position) {
        this.car = car;
        this.cdr = cdr;
        this.position = position;
    }

    /** Where this pair starts in the source, or null when it was not read from text. */
    public Position position() {
        return position;
    }

    @Override
    public String toString() {
        return Printer.write(this);
    }
}
