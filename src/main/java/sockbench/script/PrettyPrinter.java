package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code pretty-print} ({@code pp}) as CHICKEN 5.3's extras.scm does it, Marc Feeley's generic-write:
 * an expression goes on one line when it fits in what is left of the width (at least 50 columns), else
 * it is split by the style of its head ({@code define}, {@code lambda}, {@code let}, {@code if},
 * {@code cond}, {@code case}, {@code and}, {@code begin}, {@code do}; any other call keeps its first
 * argument beside a head of up to five characters), its parts indented under it. Quote forms print as
 * {@code 'x}; atoms as {@code write} prints them.
 */
final class PrettyPrinter {
    private static final int INDENT_GENERAL = 2;
    private static final int MAX_CALL_HEAD_WIDTH = 5;
    private static final int MAX_EXPR_WIDTH = 50;
    /** A column when output stopped (generic-write's #f). */
    private static final int STOPPED = -1;

    /** Takes each piece of output; false stops the writing (a one-line try that ran out of room). */
    private interface Sink {
        boolean put(String s);
    }

    /** A way to print a form at a column with {@code extra} columns to keep free after it (its closing parentheses). */
    private interface Style {
        int print(Object expr, int col, int extra);
    }

    private final int width;
    private final Sink sink;

    private PrettyPrinter(int width, Sink sink) {
        this.width = width;
        this.sink = sink;
    }

    /** The text {@code (pretty-print obj)} writes at this width, its final newline included. */
    static String pretty(Object obj, int width) {
        StringBuilder text = new StringBuilder();
        PrettyPrinter p = new PrettyPrinter(width, s -> {
            text.append(s);
            return true;
        });
        p.out("\n", p.pr(obj, 0, 0, p::ppExpr));
        return text.toString();
    }

    private int out(String s, int col) {
        if (col == STOPPED || !sink.put(s)) {
            return STOPPED;
        }
        return col + s.length();
    }

    private static boolean isReadMacro(Object x) {
        return x instanceof Pair p && p.car instanceof Symbol s && prefix(s) != null
                && p.cdr instanceof Pair tail && tail.cdr == Empty.LIST;
    }

    private static String prefix(Symbol s) {
        return switch (s.strip().name()) {
            case "quote" -> "'";
            case "quasiquote" -> "`";
            case "unquote" -> ",";
            case "unquote-splicing" -> ",@";
            default -> null;
        };
    }

    private static Object readMacroBody(Object x) {
        return ((Pair) ((Pair) x).cdr).car;
    }

    private static String readMacroPrefix(Object x) {
        return prefix((Symbol) ((Pair) x).car);
    }

    /** generic-write's wr: all on one line. */
    private int wr(Object obj, int col) {
        if (obj instanceof Pair) {
            return isReadMacro(obj) ? wr(readMacroBody(obj), out(readMacroPrefix(obj), col)) : wrList(obj, col);
        } else if (obj == Empty.LIST) {
            return out("()", col);
        } else if (obj instanceof Object[] vector) {
            return wrList(Lists.fromJava(Arrays.asList(vector)), out("#", col));
        }
        return out(Printer.write(obj), col);
    }

    private int wrList(Object l, int col) {
        if (!(l instanceof Pair first)) {
            return out("()", col);
        }
        col = wr(first.car, out("(", col));
        Object rest = first.cdr;
        while (col != STOPPED && rest instanceof Pair p) {
            col = wr(p.car, out(" ", col));
            rest = p.cdr;
        }
        if (col == STOPPED) {
            return STOPPED;
        }
        return rest == Empty.LIST ? out(")", col) : out(")", wr(rest, out(" . ", col)));
    }

    private int spaces(int n, int col) {
        while (n > 0) {
            int now = Math.min(n, 8);
            col = out(" ".repeat(now), col);
            n -= now;
        }
        return col;
    }

    private int indent(int to, int col) {
        if (col == STOPPED) {
            return STOPPED;
        }
        if (to < col) {
            return out("\n", col) == STOPPED ? STOPPED : spaces(to, 0);
        }
        return spaces(to - col, col);
    }

    private int pr(Object obj, int col, int extra, Style ppPair) {
        if (!(obj instanceof Pair) && !(obj instanceof Object[])) {
            return wr(obj, col);
        }
        List<String> result = new ArrayList<>();
        int[] left = {Math.max(width - col - extra + 1, MAX_EXPR_WIDTH)};
        new PrettyPrinter(0, s -> {
            result.add(s);
            left[0] -= s.length();
            return left[0] > 0;
        }).wr(obj, 0);
        if (left[0] > 0) { // all of it fits on one line
            return out(String.join("", result), col);
        }
        if (obj instanceof Pair) {
            return ppPair.print(obj, col, extra);
        }
        return ppList(Lists.fromJava(Arrays.asList((Object[]) obj)), out("#", col), extra, this::ppExpr);
    }

    private int ppExpr(Object expr, int col, int extra) {
        if (isReadMacro(expr)) {
            return pr(readMacroBody(expr), out(readMacroPrefix(expr), col), extra, this::ppExpr);
        }
        Object head = ((Pair) expr).car;
        if (!(head instanceof Symbol s)) {
            return ppList(expr, col, extra, this::ppExpr);
        }
        Style style = style(s.strip().name());
        if (style != null) {
            return style.print(expr, col, extra);
        }
        return s.strip().name().length() > MAX_CALL_HEAD_WIDTH
                ? ppGeneral(expr, col, extra, false, null, null, this::ppExpr)
                : ppCall(expr, col, extra, this::ppExpr);
    }

    /** {@code (head item1} then the items under the first. */
    private int ppCall(Object expr, int col, int extra, Style item) {
        int at = wr(((Pair) expr).car, out("(", col));
        return ppDown(((Pair) expr).cdr, at, at + 1, extra, item);
    }

    /** {@code (item1} then the items under it. */
    private int ppList(Object l, int col, int extra, Style item) {
        col = out("(", col);
        return ppDown(l, col, col, extra, item);
    }

    private int ppDown(Object l, int col1, int col2, int extra, Style item) {
        int col = col1;
        while (col != STOPPED) {
            if (l instanceof Pair p) {
                int more = p.cdr == Empty.LIST ? extra + 1 : 0;
                col = pr(p.car, indent(col2, col), more, item);
                l = p.cdr;
            } else if (l == Empty.LIST) {
                return out(")", col);
            } else {
                return out(")", pr(l, indent(col2, out(".", indent(col2, col))), extra + 1, item));
            }
        }
        return STOPPED;
    }

    /**
     * The head, the name of a named form, up to two parts each in its own style beside the head,
     * then the rest as a body indented by two under the form.
     */
    private int ppGeneral(Object expr, int col, int extra, boolean named, Style pp1, Style pp2, Style pp3) {
        Object rest = ((Pair) expr).cdr;
        int col2 = wr(((Pair) expr).car, out("(", col));
        if (named && rest instanceof Pair p) {
            col2 = wr(p.car, out(" ", col2));
            rest = p.cdr;
        }
        int col1 = col + INDENT_GENERAL;
        int col3 = col2 + 1;
        if (pp1 != null && rest instanceof Pair p) {
            rest = p.cdr;
            col2 = pr(p.car, indent(col3, col2), rest == Empty.LIST ? extra + 1 : 0, pp1);
        }
        if (pp2 != null && rest instanceof Pair p) {
            rest = p.cdr;
            col2 = pr(p.car, indent(col3, col2), rest == Empty.LIST ? extra + 1 : 0, pp2);
        }
        return ppDown(rest, col2, col1, extra, pp3);
    }

    private int ppExprList(Object l, int col, int extra) {
        return ppList(l, col, extra, this::ppExpr);
    }

    private Style style(String head) {
        return switch (head) {
            case "lambda", "let*", "letrec", "letrec*", "define" ->
                    (e, c, x) -> ppGeneral(e, c, x, false, this::ppExprList, null, this::ppExpr);
            case "if", "set!" -> (e, c, x) -> ppGeneral(e, c, x, false, this::ppExpr, null, this::ppExpr);
            case "cond" -> (e, c, x) -> ppCall(e, c, x, this::ppExprList);
            case "case" -> (e, c, x) -> ppGeneral(e, c, x, false, this::ppExpr, null, this::ppExprList);
            case "and", "or" -> (e, c, x) -> ppCall(e, c, x, this::ppExpr);
            case "let" -> (e, c, x) -> ppGeneral(e, c, x, ((Pair) e).cdr instanceof Pair p && p.car instanceof Symbol,
                    this::ppExprList, null, this::ppExpr);
            case "begin" -> (e, c, x) -> ppGeneral(e, c, x, false, null, null, this::ppExpr);
            case "do" -> (e, c, x) -> ppGeneral(e, c, x, false, this::ppExprList, this::ppExprList, this::ppExpr);
            default -> null;
        };
    }
}
