package sockbench.ui;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * An exception of the window's threads fails a window test far from where it was thrown: TestFX keeps
 * every uncaught exception (the FX thread's, an engine thread's) and throws it, wrapped, at the test's
 * next call into the toolkit. The build's summary shows only the wrapper's message
 * ({@code java.util.ConcurrentModificationException}); this puts the cause's own frames in the message,
 * so the summary says where it was thrown. Assertion failures pass through as they are.
 */
final class WhereItWasThrown implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static final int FRAMES = 24;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        throw located(t);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        throw located(t);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        throw located(t);
    }

    static Throwable located(Throwable t) {
        if (t instanceof AssertionError || t.getCause() == null || t.getClass() != RuntimeException.class) {
            return t;
        }
        Throwable cause = t.getCause();
        List<String> lines = new ArrayList<>();
        lines.add("thrown on another thread and kept by TestFX: " + cause);
        StackTraceElement[] frames = cause.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            lines.add("    at " + frames[i]);
        }
        for (Throwable c = cause.getCause(); c != null; c = c.getCause()) {
            lines.add("caused by " + c + (c.getStackTrace().length > 0 ? " at " + c.getStackTrace()[0] : ""));
        }
        AssertionError located = new AssertionError(String.join("\n", lines), t);
        located.setStackTrace(t.getStackTrace());
        return located;
    }
}
