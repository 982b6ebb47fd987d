package sockbench.script;

/** Thrown by {@code (exit [code])}; the REPL and the script runner end with its status. */
public final class SchemeExit extends ControlFlow {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean emergency;

    public SchemeExit(int status) {
        this(status, false);
    }

    /** {@code emergency}: {@code (emergency-exit)}, which runs no {@code on-exit} task. */
    SchemeExit(int status, boolean emergency) {
        super("exit " + status);
        this.status = status;
        this.emergency = emergency;
    }

    public int status() {
        return status;
    }

    boolean emergency() {
        return emergency;
    }
}
