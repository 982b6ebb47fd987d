package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static sockbench.script.Primitive.MANY;

/** Strings (of bytes), characters, symbols and keywords. */
final class StringPrimitives {
    private StringPrimitives() {
    }

    interface Order {
        boolean holds(int comparison);
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("string?", 1, 1, a -> a[0] instanceof MString);
        g.defineProcedure("make-string", 1, 2, a -> MString.filled(Args.index(a[0]), Args.character(Args.optional(a, 1, ' '))));
        g.defineProcedure("string", 0, MANY, a -> {
            StringBuilder s = new StringBuilder();
            for (Object c : a) {
                s.append(Args.character(c));
            }
            return MString.of(s);
        });
        // runtime.c C_i_string_length, C_i_string_ref, C_i_string_set: plain "bad argument type"
        g.defineProcedure("string-length", 1, 1, a -> (long) string(a[0]).length());
        g.defineSettable("string-ref", 2, 2, a -> string(a[0]).charAt(element(a[0], a[1])), a -> {
            setChar(a[0], a[1], a[2]);
            return null;
        });
        g.defineProcedure("string-set!", 3, 3, a -> {
            setChar(a[0], a[1], a[2]);
            return null;
        });
        g.defineProcedure("substring", 2, 3, StringPrimitives::substring);
        g.defineProcedure("string-append", 0, MANY, a -> {
            StringBuilder s = new StringBuilder();
            for (Object x : a) {
                s.append(Args.string(x));
            }
            return MString.of(s);
        });
        // with srfi-13's optional start and end, as the console has the egg loaded
        g.defineProcedure("string-copy", 1, 3, a -> MString.of(StringRange.of(a, 0, 1).text()));
        g.defineProcedure("string-fill!", 2, 4, a -> { // srfi-13's optional start and end
            StringRange r = StringRange.of(a, 0, 2);
            for (int i = r.start(); i < r.end(); i++) {
                r.s().setCharAt(i, Args.character(a[1]));
            }
            return null;
        });
        g.defineProcedure("string=?", 1, MANY, a -> compare(a, false, c -> c == 0));
        g.defineProcedure("string<?", 1, MANY, a -> compare(a, false, c -> c < 0));
        g.defineProcedure("string>?", 1, MANY, a -> compare(a, false, c -> c > 0));
        g.defineProcedure("string<=?", 1, MANY, a -> compare(a, false, c -> c <= 0));
        g.defineProcedure("string>=?", 1, MANY, a -> compare(a, false, c -> c >= 0));
        g.defineProcedure("string->list", 1, 3, a -> Lists.of(StringRange.of(a, 0, 1).text().chars().mapToObj(c -> (char) c).toArray()));
        g.defineProcedure("list->string", 1, 1, a -> {
            StringBuilder s = new StringBuilder();
            for (Object c : Lists.toJava(a[0])) {
                s.append(Args.character(c));
            }
            return MString.of(s);
        });
        g.defineProcedure("string-split", 1, 3, StringPrimitives::split);
        g.defineProcedure("string-intersperse", 1, 2, a -> join(a[0], Args.optional(a, 1, MString.of(" "))));
        g.defineProcedure("conc", 0, MANY, a -> {
            StringBuilder s = new StringBuilder();
            for (Object x : a) {
                s.append(Printer.display(x));
            }
            return MString.of(s);
        });
        g.defineProcedure("->string", 1, 1, a -> MString.of(Printer.display(a[0])));
        installChars(g);
        installSymbols(g);
    }

    private static void installChars(GlobalEnv g) {
        g.defineProcedure("char?", 1, 1, a -> a[0] instanceof Character);
        g.defineProcedure("char->integer", 1, 1, a -> (long) Args.character(a[0]));
        g.defineProcedure("integer->char", 1, 1, a -> {
            int code = Args.intValue(a[0]);
            if (code < 0 || code > Character.MAX_VALUE) {
                throw Errors.outOfRange(code, Character.MAX_VALUE + 1L);
            }
            return (char) code;
        });
        g.defineProcedure("char=?", 1, MANY, a -> chars(a, c -> c == 0));
        g.defineProcedure("char<?", 1, MANY, a -> chars(a, c -> c < 0));
        g.defineProcedure("char>?", 1, MANY, a -> chars(a, c -> c > 0));
        g.defineProcedure("char<=?", 1, MANY, a -> chars(a, c -> c <= 0));
        g.defineProcedure("char>=?", 1, MANY, a -> chars(a, c -> c >= 0));
        charTest(g, "char-alphabetic?", c -> c < 128 && Character.isLetter(c));
        charTest(g, "char-numeric?", c -> c >= '0' && c <= '9');
        charTest(g, "char-whitespace?", c -> c == ' ' || (c >= 9 && c <= 13));
        charTest(g, "char-upper-case?", c -> c >= 'A' && c <= 'Z');
        charTest(g, "char-lower-case?", c -> c >= 'a' && c <= 'z');
    }

    private static void installSymbols(GlobalEnv g) {
        g.defineProcedure("symbol?", 1, 1, a -> a[0] instanceof Symbol);
        g.defineProcedure("symbol->string", 1, 1, a -> MString.of(Args.symbol(a[0]).name()));
        g.defineProcedure("string->symbol", 1, 1, a -> Symbol.of(Args.string(a[0]).toString()));
        g.defineProcedure("symbol-append", 0, MANY, a -> {
            StringBuilder s = new StringBuilder();
            for (Object x : a) {
                s.append(Args.symbol(x).name());
            }
            return Symbol.of(s.toString());
        });
        g.defineProcedure("keyword?", 1, 1, a -> a[0] instanceof Keyword);
        // (get-keyword kw args [thunk]): the value after kw in a keyword argument list, else (thunk) or #f
        g.defineProcedure("get-keyword", 2, 3, a -> {
            if (!(a[0] instanceof Keyword)) {
                throw Errors.wrongType("keyword", a[0]);
            }
            for (Object x = a[1]; x instanceof Pair p; ) {
                if (p.car == a[0] && p.cdr instanceof Pair value) {
                    return value.car;
                }
                x = p.cdr instanceof Pair next ? next.cdr : Empty.LIST;
            }
            return a.length > 2 ? Args.procedure(a[2]).apply() : Boolean.FALSE;
        });
        g.defineProcedure("keyword->string", 1, 1, a -> {
            if (a[0] instanceof Keyword k) {
                return MString.of(k.name());
            }
            throw Errors.wrongType("keyword", a[0]);
        });
        g.defineProcedure("string->keyword", 1, 1, a -> Keyword.of(Args.string(a[0]).toString()));
    }

    private static void charTest(GlobalEnv g, String name, IntPredicate test) {
        g.defineProcedure(name, 1, 1, a -> test.test(Args.character(a[0])));
    }

    private static MString string(Object x) {
        return Args.plain(MString.class, x);
    }

    private static int element(Object string, Object index) {
        return Args.element(string, index, string(string).length());
    }

    /** C_i_string_set checks the string, then the character, then the index. */
    private static void setChar(Object string, Object index, Object c) {
        MString s = string(string);
        char value = Args.plain(Character.class, c);
        s.setCharAt(element(string, index), value);
    }

    /**
     * library.scm's substring: ##sys#check-string, ##sys#check-fixnum on start and end, then out of
     * range with start and end unless 0 <= start <= end <= length.
     */
    private static Object substring(Object[] a) {
        MString s = Args.string(a[0]);
        long start = Args.fixnum(a[1]);
        Object given = Args.optional(a, 2, (long) s.length());
        long end = Args.fixnum(given);
        if (start > end || start < 0 || end > s.length()) {
            throw Errors.outOfRange(a[1], given);
        }
        return MString.of(s.subSequence((int) start, (int) end));
    }

    static boolean compare(Object[] a, boolean ignoreCase, Order order) {
        for (int i = 0; i + 1 < a.length; i++) {
            String x = Args.string(a[i]).toString();
            String y = Args.string(a[i + 1]).toString();
            if (!order.holds(ignoreCase ? Ascii.downcase(x).compareTo(Ascii.downcase(y)) : x.compareTo(y))) {
                return false;
            }
        }
        Args.string(a[a.length - 1]);
        return true;
    }

    static boolean chars(Object[] a, Order order) {
        for (int i = 0; i + 1 < a.length; i++) {
            if (!order.holds(Character.compare(Args.character(a[i]), Args.character(a[i + 1])))) {
                return false;
            }
        }
        Args.character(a[a.length - 1]);
        return true;
    }

    /** CHICKEN's {@code (string-split str [delimiters " \t\n"] [keep-empty #f])}. */
    private static Object split(Object[] a) {
        String s = Args.string(a[0]).toString();
        String delimiters = Args.string(Args.optional(a, 1, MString.of(" \t\n"))).toString();
        boolean keepEmpty = Interop.isTrue(Args.optional(a, 2, false));
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || delimiters.indexOf(s.charAt(i)) >= 0) {
                if (keepEmpty || i > start) {
                    parts.add(MString.of(s.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return Lists.fromJava(parts);
    }

    private static Object join(Object list, Object separator) {
        MString between = Args.string(separator);
        List<Object> parts = Lists.toJava(list);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            s.append(i == 0 ? "" : between).append(Args.string(parts.get(i)));
        }
        return MString.of(s);
    }
}
