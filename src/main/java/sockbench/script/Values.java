package sockbench.script;

import java.util.Arrays;
import java.util.List;

/** Zero or several values returned at once by {@code (values ...)}. One value is just that value. */
public final class Values {
    private final Object[] items;

    private Values(Object[] items) {
        this.items = items;
    }

    /** {@code (values x ...)}: a single value stands for itself. */
    public static Object of(Object... items) {
        return items.length == 1 ? items[0] : new Values(items.clone());
    }

    /** The values of a result, whether it was one value or several. */
    public static List<Object> list(Object result) {
        return result instanceof Values v ? List.of(v.items) : List.of(result);
    }

    /**
     * The value a one-value continuation takes from a result (an argument, a binding, a test): the
     * first of several values, as CHICKEN's relaxed multiple-values check gives it; unspecified for none.
     */
    static Object single(Object result) {
        if (result instanceof Values v) {
            return v.items.length == 0 ? Special.UNSPECIFIED : v.items[0];
        }
        return result;
    }

    public int size() {
        return items.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
