package sockbench.script;

/** Data as written by macros: the aliases an expansion introduced, turned back into their symbols. */
final class SyntaxData {
    private SyntaxData() {
    }

    /** {@code x} without aliases; the same object when it holds none (quoted data is shared, not copied). */
    static Object strip(Object x) {
        if (x instanceof Symbol s) {
            return s.strip();
        }
        if (x instanceof Pair p) {
            Object car = strip(p.car);
            Object cdr = strip(p.cdr);
            return car == p.car && cdr == p.cdr ? p : new Pair(car, cdr);
        }
        if (x instanceof Object[] vector) {
            Object[] copy = null;
            for (int i = 0; i < vector.length; i++) {
                Object item = strip(vector[i]);
                if (item != vector[i] && copy == null) {
                    copy = vector.clone();
                }
                if (copy != null) {
                    copy[i] = item;
                }
            }
            return copy == null ? vector : copy;
        }
        return x;
    }
}
