package sockbench.net;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Binds every timeout parameter to 10 s for a test (and the threads it starts), so a broken peer
 * fails a test instead of hanging the suite on the spec's "no timeout" defaults.
 */
final class FiniteTimeouts implements BeforeEachCallback, AfterEachCallback {
    static final int MILLIS = 10_000;
    private final Deque<Parameter.Scope> scopes = new ArrayDeque<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        scopes.push(Parameters.CONNECT_TIMEOUT.bind(MILLIS));
        scopes.push(Parameters.ACCEPT_TIMEOUT.bind(MILLIS));
        scopes.push(Parameters.RECEIVE_TIMEOUT.bind(MILLIS));
        scopes.push(Parameters.SEND_TIMEOUT.bind(MILLIS));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        while (!scopes.isEmpty()) {
            scopes.pop().close();
        }
    }
}
