package sockbench.net;

import java.util.List;

/** The seven parameters of the egg, with the spec's defaults. Timeouts are milliseconds. */
public final class Parameters {
    public static final Parameter<Integer> CONNECT_TIMEOUT =
            new Parameter<>("socket-connect-timeout", null, v -> millisOrFalse("socket-connect-timeout", v));
    public static final Parameter<Integer> ACCEPT_TIMEOUT =
            new Parameter<>("socket-accept-timeout", null, v -> millisOrFalse("socket-accept-timeout", v));
    public static final Parameter<Integer> RECEIVE_TIMEOUT =
            new Parameter<>("socket-receive-timeout", 60_000, v -> millisOrFalse("socket-receive-timeout", v));
    public static final Parameter<Integer> SEND_TIMEOUT =
            new Parameter<>("socket-send-timeout", 60_000, v -> millisOrFalse("socket-send-timeout", v));
    public static final Parameter<Integer> SEND_BUFFER_SIZE =
            new Parameter<>("socket-send-buffer-size", null, v -> sizeOrFalse("socket-send-buffer-size", v, true));
    public static final Parameter<Integer> SEND_SIZE =
            new Parameter<>("socket-send-size", 16384, v -> sizeOrFalse("socket-send-size", v, true));
    public static final Parameter<Integer> RECEIVE_BUFFER_SIZE =
            new Parameter<>("socket-receive-buffer-size", 4096, v -> sizeOrFalse("socket-receive-buffer-size", v, false));

    private Parameters() {}

    /** All seven, in the spec's order. */
    public static List<Parameter<Integer>> all() {
        return List.of(CONNECT_TIMEOUT, ACCEPT_TIMEOUT, RECEIVE_TIMEOUT, SEND_TIMEOUT,
                SEND_BUFFER_SIZE, SEND_SIZE, RECEIVE_BUFFER_SIZE);
    }

    private static Object millisOrFalse(String name, Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= Integer.MAX_VALUE) {
            return (int) n.doubleValue();
        }
        throw Errors.badArgument(name, "expected milliseconds (a non-negative integer) or #f, got " + v);
    }

    private static Object sizeOrFalse(String name, Object v, boolean falseAllowed) {
        if (falseAllowed && (v == null || Boolean.FALSE.equals(v))) {
            return null;
        }
        if (v instanceof Number n && n.longValue() > 0 && n.longValue() <= Integer.MAX_VALUE
                && n.doubleValue() == n.longValue()) {
            return n.intValue();
        }
        throw Errors.badArgument(name, "expected a positive integer size" + (falseAllowed ? " or #f" : "")
                + ", got " + v);
    }
}
