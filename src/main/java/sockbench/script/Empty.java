package sockbench.script;

/** The empty list, {@code ()}. */
public final class Empty {
    public static final Empty LIST = new Empty();

    private Empty() {
    }

    @Override
    public String toString() {
        return "()";
    }
}
