package sockbench.script;

import java.util.List;
import java.util.Optional;

/** Converting between Java values and Scheme values at the border with Java code. */
public final class Interop {
    private Interop() {
    }

    /**
     * The Scheme value for what a Java binding returned: null is unspecified, a String becomes a
     * Scheme string (its UTF-8 bytes), Integer/Short/Byte become Long, Float becomes Double, byte[]
     * becomes a Blob (sharing the array), a List becomes a Scheme list, an empty Optional is #f.
     * Anything else (Scheme values, engine objects) stays as it is.
     */
    public static Object toScheme(Object value) {
        if (value instanceof Long || value instanceof Boolean || value instanceof MString || value instanceof Pair
                || value instanceof Character || value instanceof Double || value instanceof Symbol) {
            return value; // the usual results, first: exact class tests, before the interface tests below
        } else if (value == null) {
            return Special.UNSPECIFIED;
        } else if (value instanceof String s) {
            return MString.fromJava(s);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float f) {
            return f.doubleValue();
        } else if (value instanceof byte[] bytes) {
            return new Blob(bytes);
        } else if (value instanceof List<?> list) {
            return Lists.of(list.stream().map(Interop::toScheme).toArray());
        } else if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? toScheme(optional.get()) : Boolean.FALSE;
        }
        return value;
    }

    /** Scheme truth: everything but #f is true. */
    public static boolean isTrue(Object value) {
        return !(value instanceof Boolean b) || b;
    }
}
