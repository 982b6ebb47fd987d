package sockbench.script;

/** Thrown by {@code (exit [code])}; the REPL and the script runner end with its status. */
public final class SchemeExit extends ControlFlow {
    private static final long serialVersionUID = 1L;

    private final int status;

    public SchemeExit(int status) {
        super("exit " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
