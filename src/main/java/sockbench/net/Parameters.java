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
            new Parameter<>("socket-send-buffer-size", null, v -> countOrFalse("socket-send-buffer-size", v));
    public static final Parameter<Integer> SEND_SIZE =
            new Parameter<>("socket-send-size", 16384, v -> countOrFalse("socket-send-size", v));
    public static final Parameter<Integer> RECEIVE_BUFFER_SIZE =
            new Parameter<>("socket-receive-buffer-size", 4096, v -> sizeOrFalse("socket-receive-buffer-size", v, false));

    private Parameters() {}

    /** All seven, in the spec's order. */
    public static List<Parameter<Integer>> all() {
        return List.of(CONNECT_TIMEOUT, ACCEPT_TIMEOUT, RECEIVE_TIMEOUT, SEND_TIMEOUT,
                SEND_BUFFER_SIZE, SEND_SIZE, RECEIVE_BUFFER_SIZE);
    }

    /**
     * A timeout, as the egg checks it: any exact integer (a negative one has passed already: the
     * operation tries once and times out) or #f.
     */
    private static Object millisOrFalse(String name, Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return null;
        }
        if (isInteger(v)) {
            long n = ((Number) v).longValue();
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
        }
        throw Errors.badArgument(name, "expected milliseconds (an exact integer) or #f, got " + v);
    }

    /** A size the egg takes unchecked: 0 too (an unbuffered port; a send-all of 0-byte chunks is refused on use). */
    private static Object countOrFalse(String name, Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return null;
        }
        if (isInteger(v) && ((Number) v).longValue() >= 0 && ((Number) v).longValue() <= Integer.MAX_VALUE) {
            return ((Number) v).intValue();
        }
        throw Errors.badArgument(name, "expected a size (a non-negative exact integer) or #f, got " + v);
    }

    private static boolean isInteger(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof java.math.BigInteger;
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
