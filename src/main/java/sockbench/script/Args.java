package sockbench.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument checks for primitives. Each throws a {@code (exn type)} error naming what it wanted;
 * the primitive that called it adds its own name to the message.
 */
public final class Args {
    private Args() {
    }

    public static boolean isExactInteger(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte;
    }

    public static long integer(Object x) {
        if (isExactInteger(x)) {
            return ((Number) x).longValue();
        }
        throw Errors.wrongType("integer", x);
    }

    /** An exact integer that fits a Java int. */
    public static int intValue(Object x) {
        long n = integer(x);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw Errors.wrongType("integer in range", x);
        }
        return (int) n;
    }

    /** An index or count: an exact integer >= 0. */
    public static int index(Object x) {
        int n = intValue(x);
        if (n < 0) {
            throw Errors.wrongType("non-negative integer", x);
        }
        return n;
    }

    /** A fixnum, as ##sys#check-fixnum wants (substring's start and end): "- not a fixnum" otherwise. */
    public static long fixnum(Object x) {
        if (isExactInteger(x)) {
            return ((Number) x).longValue();
        }
        throw Errors.wrongType("fixnum", x);
    }

    /**
     * An element's index into {@code object}, which has {@code size} elements, checked as runtime.c's
     * C_i_vector_ref, C_i_string_ref and C_i_u8vector_ref check it: an index that is no fixnum is a
     * plain "bad argument type", one outside 0..size-1 (a negative one too) is out of range with the
     * object and the index as its arguments.
     */
    public static int element(Object object, Object index, int size) {
        if (!isExactInteger(index)) {
            throw Errors.badArgument(index);
        }
        long i = ((Number) index).longValue();
        if (i < 0 || i >= size) {
            throw Errors.outOfRange(object, index);
        }
        return (int) i;
    }

    /**
     * {@code x} as a {@code type}, else CHICKEN's plain "bad argument type" (no "- not a ..."), as
     * runtime.c's inline accessors check: {@code car} a Pair, {@code vector-ref} an Object[], {@code
     * string-length} an MString.
     */
    public static <T> T plain(Class<T> type, Object x) {
        if (type.isInstance(x)) {
            return type.cast(x);
        }
        throw Errors.badArgument(x);
    }

    public static Number number(Object x) {
        if (Numbers.isNumber(x)) {
            return (Number) x;
        }
        throw Errors.wrongType("number", x);
    }

    public static double real(Object x) {
        return number(x).doubleValue();
    }

    public static MString string(Object x) {
        if (x instanceof MString s) {
            return s;
        }
        throw Errors.wrongType("string", x);
    }

    /**
     * A string, checked as {@code (##sys#check-string x 'location)} checks it inside a library procedure
     * that another calls: the error names that location, not the procedure the program called.
     */
    static MString string(Object x, String location) {
        if (x instanceof MString s) {
            return s;
        }
        throw Errors.wrongType("string", x).locate(location);
    }

    public static Symbol symbol(Object x) {
        if (x instanceof Symbol s) {
            return s;
        }
        throw Errors.wrongType("symbol", x);
    }

    public static char character(Object x) {
        if (x instanceof Character c) {
            return c;
        }
        throw Errors.wrongType("character", x);
    }

    public static Pair pair(Object x) {
        if (x instanceof Pair p) {
            return p;
        }
        throw Errors.wrongType("pair", x);
    }

    public static Object[] vector(Object x) {
        if (x instanceof Object[] v) {
            return v;
        }
        throw Errors.wrongType("vector", x);
    }

    public static Procedure procedure(Object x) {
        if (x instanceof Procedure p) {
            return p;
        }
        throw Errors.wrongType("procedure", x);
    }

    public static Blob blob(Object x) {
        if (x instanceof Blob b) {
            return b;
        }
        throw Errors.wrongType("blob", x);
    }

    public static InputPort inputPort(Object x) {
        if (x instanceof InputPort p) {
            return p;
        }
        throw Errors.wrongType("input port", x);
    }

    public static OutputPort outputPort(Object x) {
        if (x instanceof OutputPort p) {
            return p;
        }
        throw Errors.wrongType("output port", x);
    }

    public static List<Object> list(Object x) {
        return Lists.toJava(x);
    }

    /** The bytes of a string or a blob (the blob's own array; a copy for a string). */
    public static byte[] bytes(Object x) {
        if (x instanceof Blob b) {
            return b.bytes();
        } else if (x instanceof MString s) {
            return s.toBytes();
        }
        throw Errors.wrongType("string or blob", x);
    }

    /** {@code args[i]} when given (and not {@code #!default}), else the default. */
    public static Object optional(Object[] args, int i, Object otherwise) {
        return i < args.length && args[i] != Special.DEFAULT ? args[i] : otherwise;
    }

    /**
     * Keyword arguments from {@code args[from]} on, as in {@code (address-information "h" 80 type: sock/dgram)}:
     * a map from keyword name ({@code "type"}) to value, in call order.
     */
    public static Map<String, Object> keywords(Object[] args, int from) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (int i = from; i < args.length; i += 2) {
            if (!(args[i] instanceof Keyword k)) {
                throw Errors.wrongType("keyword", args[i]);
            }
            if (i + 1 >= args.length) {
                throw Errors.error("missing value for keyword", k);
            }
            found.put(k.name(), args[i + 1]);
        }
        return found;
    }
}
