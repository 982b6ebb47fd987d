package sockbench.script;

/**
 * A transfer of control that passes through every handler: {@code (exit)} and escaping
 * continuations. {@code condition-case} and primitives let it go by untouched.
 */
abstract class ControlFlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ControlFlow(String message) {
        super(message, null, false, false);
    }
}
