package sockbench.script;

import java.util.List;

/** The evaluator's and the primitives' own errors, worded as CHICKEN words them. */
final class Errors {
    private Errors() {
    }

    /** A plain {@code (exn)} error from inside a primitive. */
    static SchemeError error(String message, Object... arguments) {
        return raise(List.of("exn"), message, arguments);
    }

    /** A plain {@code (exn)} error naming its own location, as {@code (##sys#error 'where "message" ...)} does. */
    static SchemeError errorAt(String location, String message, Object... arguments) {
        return new SchemeError(Condition.exn(List.of("exn"), message, arguments).put("exn", "location", Symbol.of(location)));
    }

    /**
     * CHICKEN's plain C_BAD_ARGUMENT_TYPE_ERROR, "bad argument type" with no "- not a ...": how
     * runtime.c's inline accessors (C_i_car, C_i_vector_ref, C_i_string_length, C_i_list_tail...) word it.
     */
    static SchemeError badArgument(Object value) {
        return raise(List.of("exn", "type"), "bad argument type", value);
    }

    /** A condition of {@code kinds} whose location is given, not the calling procedure's. */
    static SchemeError located(String location, List<String> kinds, String message, Object... arguments) {
        return new SchemeError(Condition.exn(kinds, message, arguments).put("exn", "location", Symbol.of(location)));
    }

    /** CHICKEN's C_BAD_ARGUMENT_TYPE_NO_..._ERROR codes: "bad argument type - not a pair" and the like. */
    static SchemeError wrongType(String expected, Object value) {
        return raise(List.of("exn", "type"), "bad argument type - not " + article(expected), value);
    }

    /**
     * CHICKEN's C_OUT_OF_RANGE_ERROR, which carries the two values its caller gives: an accessor's
     * object and index ({@code (vector-ref v 10)}: {@code (v 10)}, as runtime.c's C_i_vector_ref), else a
     * value and the bound it passed. These as fixnums, whatever int they were.
     */
    static SchemeError outOfRange(long index, long bound) {
        return outOfRange((Object) index, (Object) bound);
    }

    /** The same for any two values: an accessor's object and index, or a value that may be a bignum. */
    static SchemeError outOfRange(Object index, Object bound) {
        return raise(List.of("exn", "bounds"), "out of range", index, bound);
    }


    /** A {@code (exn bounds)} error with its own message, as {@code (##sys#signal-hook #:bounds-error ...)} raises. */
    static SchemeError bounds(String message, Object... arguments) {
        return raise(List.of("exn", "bounds"), message, arguments);
    }

    static SchemeError divisionByZero() {
        return arithmetic("division by zero");
    }

    static SchemeError arithmetic(String message, Object... arguments) {
        return raise(List.of("exn", "arithmetic"), message, arguments);
    }

    /**
     * Where CHICKEN 5 answers with a complex number ({@code (sqrt -4)} is {@code 0.0+2.0i}): this console
     * has no complex numbers, and says so rather than answer NaN.
     */
    static SchemeError complexResult(Object... arguments) {
        return arithmetic("complex numbers are not provided by this console", arguments);
    }

    /**
     * A call with the wrong number of arguments, for a procedure taking {@code required} and up to
     * {@code most} ({@link Primitive#MANY}: any number) as library.scm's ##sys#error-hook words it:
     * code 1 "bad argument count - received R but expected N" for a fixed count, code 2 "too few
     * arguments - received R but expected N" for one with optional or rest arguments. Its argument is
     * the procedure (none when there is none to show); runtime.c's C_bad_argc_2 gives no location.
     * Too many for one with optionals only, which CHICKEN ignores, is "bad argument count" too.
     */
    static SchemeError arity(Procedure procedure, int received, int required, int most) {
        String message;
        if (received < required && most != required) {
            message = "too few arguments - received " + received + " but expected " + required;
        } else {
            String expected = most == required ? String.valueOf(required) : required + " to " + most;
            message = "bad argument count - received " + received + " but expected " + expected;
        }
        Object[] arguments = procedure == null ? new Object[0] : new Object[] {procedure};
        return new SchemeError(Condition.exn(List.of("exn", "arity"), message, arguments));
    }

    /** eval.scm's own count check, {@code (##sys#error "bad argument count" a b)}: a plain {@code (exn)}. */
    static SchemeError interpreterArgumentCount(long first, long second) {
        return new SchemeError(Condition.exn(List.of("exn"), "bad argument count", first, second));
    }

    /** An unbound variable's kinds: library.scm's error-hook code 4 is a #:runtime-error, {@code (exn runtime)}. */
    static final List<String> UNBOUND = List.of("exn", "runtime");

    static SchemeError unbound(Symbol name) {
        SchemeError notProvided = NotProvided.error(name);
        return notProvided != null ? notProvided : new SchemeError(Condition.exn(UNBOUND, "unbound variable", name));
    }

    static SchemeError notProcedure(Object value) {
        return new SchemeError(nonProcedureCall(value));
    }

    /** The same raised by a procedure that calls its argument ({@code apply}: runtime.c C_apply). */
    static SchemeError notProcedure(Object value, String location) {
        return new SchemeError(nonProcedureCall(value).put("exn", "location", Symbol.of(location)));
    }

    private static Condition nonProcedureCall(Object value) {
        return Condition.exn(List.of("exn", "type"), "call of non-procedure", value);
    }

    static SchemeError syntax(String message, Object form, Position where) {
        Condition c = form == null
                ? Condition.exn(List.of("exn", "syntax"), message)
                : Condition.exn(List.of("exn", "syntax"), message, form);
        return new SchemeError(c).at(where);
    }

    private static SchemeError raise(List<String> kinds, String message, Object... arguments) {
        return new SchemeError(Condition.exn(kinds, message, arguments).awaitingLocation());
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
