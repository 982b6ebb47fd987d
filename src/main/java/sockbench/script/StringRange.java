package sockbench.script;

/**
 * The part of a string that SRFI-13's optional {@code [start end]} arguments select, checked as the
 * srfi-13 egg's {@code let-string-start+end} checks them: its errors are plain {@code (exn)} ones,
 * "Illegal substring START spec" (and END, START/END), located at {@code proc} as the egg's macro names it.
 */
record StringRange(MString s, int start, int end) {

    /** The range of the string at {@code a[stringAt]} that {@code a[from]} and {@code a[from + 1]} select, when given. */
    static StringRange of(Object[] a, int stringAt, int from) {
        MString s = Args.string(a[stringAt]);
        Object start = Args.optional(a, from, 0L);
        Object end = Args.optional(a, from + 1, (long) s.length());
        int i = bound(start, Integer.MAX_VALUE);
        if (i < 0) {
            throw illegal("Illegal substring START spec", start, s);
        }
        int j = bound(end, s.length());
        if (j < 0) {
            throw illegal("Illegal substring END spec", end, s);
        }
        if (i > j) {
            throw illegal("Illegal substring START/END spec", start, end, s);
        }
        return new StringRange(s, i, j);
    }

    /**
     * The ranges of the strings at {@code a[0]} and {@code a[1]} that {@code [start1 end1 start2 end2]}
     * from {@code a[from]} on select, as the egg's {@code let-string-start+end2}.
     */
    static StringRange[] two(Object[] a, int from) {
        Object[] first = {a[0], Args.optional(a, from, Special.DEFAULT), Args.optional(a, from + 1, Special.DEFAULT)};
        Object[] second = {a[1], Args.optional(a, from + 2, Special.DEFAULT), Args.optional(a, from + 3, Special.DEFAULT)};
        return new StringRange[] {of(first, 0, 1), of(second, 0, 1)};
    }

    /** The srfi-13 egg's {@code check-substring-spec}: start and end given, within the string. */
    static StringRange checked(Object string, Object start, Object end, String procedure) {
        MString s = Args.string(string);
        int i = bound(start, s.length());
        int j = bound(end, s.length());
        if (i < 0 || j < 0 || i > j) {
            throw Errors.errorAt("check-substring-spec", "Illegal substring spec.", Symbol.of(procedure), s, start, end);
        }
        return new StringRange(s, i, j);
    }

    int length() {
        return end - start;
    }

    char charAt(int i) {
        return s.charAt(start + i);
    }

    String text() {
        return s.subSequence(start, end).toString();
    }

    /** An exact integer from 0 to {@code limit}; -1 for anything else. */
    private static int bound(Object x, int limit) {
        if (!Args.isExactInteger(x)) {
            return -1;
        }
        long n = ((Number) x).longValue();
        return n < 0 || n > limit ? -1 : (int) n;
    }

    private static SchemeError illegal(String message, Object... arguments) {
        return Errors.errorAt("proc", message, arguments);
    }
}
