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

    static SchemeError wrongType(String expected, Object value) {
        return raise(List.of("exn", "type"), "bad argument type - not " + article(expected), value);
    }

    /** CHICKEN's C_OUT_OF_RANGE_ERROR: the value and the bound it passed (as fixnums, whatever int they were). */
    static SchemeError outOfRange(long index, long bound) {
        return outOfRange((Object) index, (Object) bound);
    }

    /** The same for a value that may be a bignum. */
    static SchemeError outOfRange(Object index, Object bound) {
        return raise(List.of("exn", "bounds"), "out of range", index, bound);
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

    static SchemeError arity(String procedure, int received, String expected) {
        Condition c = Condition.exn(List.of("exn", "arity"),
                "bad argument count - received " + received + " but expected " + expected);
        if (procedure != null) {
            c.put("exn", "location", Symbol.of(procedure));
        }
        return new SchemeError(c);
    }

    static SchemeError unbound(Symbol name) {
        SchemeError notProvided = NotProvided.error(name);
        return notProvided != null ? notProvided : new SchemeError(Condition.exn(List.of("exn", "unbound-variable"), "unbound variable", name));
    }

    static SchemeError notProcedure(Object value) {
        return new SchemeError(Condition.exn(List.of("exn", "type"), "call of non-procedure", value));
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
