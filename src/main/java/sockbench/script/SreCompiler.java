package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an SRE (irregex's s-expression regular expressions, CHICKEN manual "Module (chicken
 * irregex)", "Extended SRE Syntax") into Java regex text, numbering the submatches as irregex
 * does (left to right by their opening) and keeping the names of the named ones. Character sets
 * become Java classes, so {@code ~}, {@code -} and {@code &} are class negation, difference and
 * intersection. What Java cannot do ({@code commit}, conditionals) is refused by name.
 */
final class SreCompiler {
    private final StringBuilder out = new StringBuilder();
    private final List<Object> names = new ArrayList<>();
    private int submatches;

    /** Java regex text for {@code sre}, its submatch count and names (an alist of (name . index)). */
    record Compiled(String regex, int submatches, Object names) {
    }

    static Compiled compile(Object sre) {
        SreCompiler c = new SreCompiler();
        c.emit(sre);
        return new Compiled(c.out.toString(), c.submatches, Lists.fromJava(c.names));
    }

    private void emit(Object x) {
        String set = set(x);
        if (set != null) {
            out.append(set);
        } else if (x instanceof MString s) {
            s.toString().chars().forEach(ch -> out.append(SreNames.literal(ch)));
        } else if (x instanceof Symbol s) {
            String p = SreNames.pattern(s.name());
            if (p == null) {
                throw bad("unknown SRE name", x);
            }
            out.append(p);
        } else if (x instanceof Pair p && p.car instanceof Symbol op) {
            form(op.name(), p.cdr, x);
        } else if (x instanceof Pair p && p.car instanceof MString) {
            throw bad("a character set is one string in a list", x);
        } else {
            throw bad("invalid SRE", x);
        }
    }

    private void form(String op, Object body, Object whole) {
        switch (op) {
            case ":", "seq", "w/utf8", "w/noutf8" -> group("(?:", body);
            case "or" -> alternatives(body);
            case "?", "*", "+", "??", "*?", "+?" -> {
                group("(?:", body);
                out.append(op);
            }
            case "=", ">=", "**", "**?" -> repeat(op, body, whole);
            case "submatch", "$" -> {
                submatches++;
                group("(", body);
            }
            case "submatch-named", "=>" -> {
                if (!(body instanceof Pair p && p.car instanceof Symbol name)) {
                    throw bad("a named submatch needs a name", whole);
                }
                submatches++;
                names.add(new Pair(name, (long) submatches));
                group("(", p.cdr);
            }
            case "backref" -> backref(body, whole);
            case "w/case" -> group("(?-i:", body);
            case "w/nocase" -> group("(?i:", body);
            case "look-ahead" -> group("(?=", body);
            case "look-behind" -> group("(?<=", body);
            case "neg-look-ahead" -> group("(?!", body);
            case "neg-look-behind" -> group("(?<!", body);
            case "atomic" -> group("(?>", body);
            case "posix-string" -> {
                if (!(body instanceof Pair p && p.car instanceof MString s)) {
                    throw bad("posix-string takes a string", whole);
                }
                emit(PosixSyntax.toSre(s, false, false, false));
            }
            case "~", "-", "&", "/" -> throw bad("not a character set", whole);
            default -> throw bad("SRE form not supported by this console", whole);
        }
    }

    private void group(String open, Object body) {
        out.append(open);
        for (Object item : Lists.toJava(body)) {
            emit(item);
        }
        out.append(')');
    }

    private void alternatives(Object body) {
        List<Object> items = Lists.toJava(body);
        if (items.isEmpty()) {
            out.append("(?!)"); // (or) matches nothing
            return;
        }
        out.append("(?:");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            emit(items.get(i));
        }
        out.append(')');
    }

    private void repeat(String op, Object body, Object whole) {
        List<Object> args = Lists.toJava(body);
        int counts = op.startsWith("**") ? 2 : 1;
        if (args.size() < counts) {
            throw bad("a repetition needs its counts", whole);
        }
        long from = count(args.get(0), whole);
        String upper = switch (op) {
            case "=" -> "";
            case ">=" -> ",";
            default -> args.get(1) == Boolean.FALSE ? "," : "," + count(args.get(1), whole);
        };
        out.append("(?:");
        for (Object item : args.subList(counts, args.size())) {
            emit(item);
        }
        out.append("){").append(from).append(upper).append('}');
        if (op.equals("**?")) {
            out.append('?');
        }
    }

    private static long count(Object n, Object whole) {
        if (!(n instanceof Long k) || k < 0) {
            throw bad("a repetition count must be an exact non-negative integer", whole);
        }
        return k;
    }

    private void backref(Object body, Object whole) {
        Object ref = body instanceof Pair p ? p.car : null;
        long index = -1;
        if (ref instanceof Long n) {
            index = n;
        } else if (ref instanceof Symbol name) {
            for (Object entry : names) {
                if (((Pair) entry).car == name) {
                    index = (Long) ((Pair) entry).cdr;
                }
            }
        }
        if (index < 1 || index > submatches) {
            throw bad("backref to a submatch not defined before it", whole);
        }
        out.append("(?:\\").append(index).append(')');
    }

    // ---- character sets: Java class text, or null when x is not a set

    private static String set(Object x) {
        if (x instanceof Character c) {
            return "[" + SreNames.literal(c) + "]";
        }
        if (x instanceof MString s && s.length() == 1) {
            return "[" + SreNames.literal(s.charAt(0)) + "]";
        }
        if (x instanceof Symbol s) {
            return SreNames.set(s.name());
        }
        if (!(x instanceof Pair p)) {
            return null;
        }
        if (p.car instanceof MString chars && p.cdr == Empty.LIST) {
            StringBuilder b = new StringBuilder("[");
            chars.toString().chars().forEach(ch -> b.append(SreNames.literal(ch)));
            return chars.length() == 0 ? "[^\\x{0}-\\x{10FFFF}]" : b.append(']').toString();
        }
        if (!(p.car instanceof Symbol op)) {
            return null;
        }
        List<Object> args = Lists.toJava(p.cdr);
        switch (op.name()) {
            case "/":
                return ranges(args, x);
            case "or":
                return args.isEmpty() ? null : union(args);
            case "~":
                return "[^" + requireUnion(args, x) + "]";
            case "-":
                if (args.isEmpty()) {
                    throw bad("a set difference needs a set", x);
                }
                String from = requireSet(args.get(0), x);
                return args.size() == 1 ? from : "[" + from + "&&[^" + requireUnion(args.subList(1, args.size()), x) + "]]";
            case "&":
                StringBuilder both = new StringBuilder("[");
                for (int i = 0; i < args.size(); i++) {
                    both.append(i > 0 ? "&&" : "").append(requireSet(args.get(i), x));
                }
                return args.isEmpty() ? null : both.append(']').toString();
            default:
                return null;
        }
    }

    /** The union of sets as one class, or null when one of them is no set. */
    private static String union(List<Object> items) {
        StringBuilder b = new StringBuilder("[");
        for (Object item : items) {
            String s = set(item);
            if (s == null) {
                return null;
            }
            b.append(s);
        }
        return b.append(']').toString();
    }

    private static String requireUnion(List<Object> items, Object whole) {
        if (items.isEmpty()) {
            return "[^\\x{0}-\\x{10FFFF}]";
        }
        String u = union(items);
        if (u == null) {
            throw bad("not a character set", whole);
        }
        return u;
    }

    private static String requireSet(Object item, Object whole) {
        String s = set(item);
        if (s == null) {
            throw bad("not a character set", whole);
        }
        return s;
    }

    /** {@code (/ "az" #\0 #\9)}: the chars and strings flattened, taken in pairs as inclusive ranges. */
    private static String ranges(List<Object> args, Object whole) {
        StringBuilder chars = new StringBuilder();
        for (Object a : args) {
            if (a instanceof Character c) {
                chars.append(c.charValue());
            } else if (a instanceof MString s) {
                chars.append(s);
            } else {
                throw bad("a range is made of chars and strings", whole);
            }
        }
        if (chars.length() % 2 != 0) {
            throw bad("a range needs an even number of chars", whole);
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < chars.length(); i += 2) {
            char lo = chars.charAt(i);
            char hi = chars.charAt(i + 1);
            if (lo > hi) {
                throw bad("a range's start is after its end", whole);
            }
            b.append(SreNames.literal(lo)).append('-').append(SreNames.literal(hi));
        }
        return chars.length() == 0 ? "[^\\x{0}-\\x{10FFFF}]" : b.append(']').toString();
    }

    private static SchemeError bad(String message, Object sre) {
        return Errors.error(message, sre);
    }
}
