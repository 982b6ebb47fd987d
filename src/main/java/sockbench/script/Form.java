package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/** A special form being analyzed: its elements with their positions, and its syntax errors. */
final class Form {
    private final Pair pair;
    private final Position where;
    private final List<Pair> cells = new ArrayList<>();

    Form(Pair pair, Position where) {
        this.pair = pair;
        this.where = where;
        Object x = pair;
        while (x instanceof Pair cell) {
            cells.add(cell);
            x = cell.cdr;
        }
        if (x != Empty.LIST) {
            throw error("improper form");
        }
    }

    Position where() {
        return where;
    }

    Pair pair() {
        return pair;
    }

    int size() {
        return cells.size();
    }

    Object get(int i) {
        return cells.get(i).car;
    }

    /** Where element i starts (the form's own position when it was not read from text). */
    Position at(int i) {
        Position p = cells.get(i).position();
        return p != null ? p : where;
    }

    /** The elements from i on, as the list they are in the form. */
    Object from(int i) {
        return i < cells.size() ? cells.get(i) : Empty.LIST;
    }

    Symbol symbol(int i) {
        if (get(i) instanceof Symbol s) {
            return s;
        }
        throw error("symbol expected");
    }

    /** Requires between min and max elements, the keyword included (max -1: no limit). */
    void expect(int min, int max) {
        if (size() < min || (max >= 0 && size() > max)) {
            throw error("bad syntax");
        }
    }

    SchemeError error(String message) {
        Condition c = Condition.exn(List.of("exn", "syntax"), message, pair);
        if (pair.car instanceof Symbol keyword) {
            c.put("exn", "location", keyword);
        }
        return new SchemeError(c).at(where);
    }
}
