package sockbench.script;

/**
 * Prints values as CHICKEN prints them. {@code write} produces text the reader reads back;
 * {@code display} shows strings and chars as they are, also inside lists. Output is byte text
 * (see {@link ByteText}); Java objects print through their {@code toString()}.
 */
public final class Printer {
    private static final String HEX = "0123456789abcdef";

    private Printer() {
    }

    public static String write(Object x) {
        StringBuilder out = new StringBuilder();
        print(x, true, out);
        return out.toString();
    }

    public static String display(Object x) {
        StringBuilder out = new StringBuilder();
        print(x, false, out);
        return out.toString();
    }

    static void print(Object x, boolean write, StringBuilder out) {
        print(x, write, out, 0);
    }

    /** Nesting deeper than this is shown as "..." rather than overflowing the stack. */
    private static final int MAX_DEPTH = 1_000;

    private static void print(Object x, boolean write, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            out.append("...");
        } else if (x instanceof Boolean b) {
            out.append(b ? "#t" : "#f");
        } else if (x instanceof Number n) {
            out.append(NumberSyntax.format(n, 10));
        } else if (x instanceof MString s) {
            if (write) {
                writeString(s, out);
            } else {
                out.append(s);
            }
        } else if (x instanceof Character c) {
            out.append(write ? CharNames.write(c) : String.valueOf(c));
        } else if (x instanceof Symbol s) {
            out.append(write ? writeSymbol(s.name()) : s.name());
        } else if (x instanceof Keyword k) {
            out.append(write ? "#:" + writeSymbol(k.name()) : k.name() + ":"); // write: the portable style
        } else if (x instanceof Pair p) {
            printList(p, write, out, depth + 1);
        } else if (x instanceof Object[] vector) {
            printSequence("#(", vector, write, out, depth + 1);
        } else if (x instanceof Blob b) {
            out.append("#${");
            for (byte v : b.bytes()) {
                out.append(HEX.charAt((v >> 4) & 0xF)).append(HEX.charAt(v & 0xF));
            }
            out.append('}');
        } else if (x instanceof Closure c) {
            out.append("#<procedure ");
            print(c.lambdaInfo(), true, out, depth + 1);
            out.append('>');
        } else if (x instanceof Procedure p) {
            out.append(p.name() == null ? "#<procedure>" : "#<procedure (" + p.name() + ")>");
        } else if (x instanceof ConditionLike c) {
            out.append("#<condition: (").append(String.join(" ", c.kinds())).append(")>");
        } else if (x instanceof Values v) {
            String separator = "";
            for (Object item : Values.list(v)) {
                out.append(separator);
                print(item, write, out, depth + 1);
                separator = " ";
            }
        } else if (x == null) {
            out.append("#<null>");
        } else {
            out.append(ByteText.encode(x.toString()));
        }
    }

    /** A circular list is shown up to where it comes round again, then "...". */
    private static void printList(Pair list, boolean write, StringBuilder out, int depth) {
        out.append('(');
        Object x = list;
        Object slow = list;
        boolean advanceSlow = false;
        boolean first = true;
        while (x instanceof Pair p) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            print(p.car, write, out, depth);
            x = p.cdr;
            if (advanceSlow) {
                slow = ((Pair) slow).cdr;
            }
            advanceSlow = !advanceSlow;
            if (x == slow) {
                out.append(" ...)");
                return;
            }
        }
        if (x != Empty.LIST) {
            out.append(" . ");
            print(x, write, out, depth);
        }
        out.append(')');
    }

    private static void printSequence(String open, Object[] items, boolean write, StringBuilder out, int depth) {
        out.append(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            print(items[i], write, out, depth);
        }
        out.append(')');
    }

    /** As CHICKEN writes a string: {@code \a \b \t \n \v \f \r}, other control bytes as {@code \x} and two hex digits. */
    private static void writeString(CharSequence s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int named = "\007\b\t\n\013\f\r".indexOf(c);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (named >= 0) {
                out.append('\\').append("abtnvfr".charAt(named));
            } else if (c < 32 || c == 127) {
                hexEscape(c, out);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void hexEscape(char c, StringBuilder out) {
        out.append("\\x").append(c < 16 ? "0" : "").append(Integer.toHexString(c));
    }

    /**
     * A symbol that would not read back as itself is written in bars, control chars and those
     * above {@code ~} escaped: {@code |foo bar|}, {@code |a\x01|} (CHICKEN's sym-is-readable?).
     */
    static String writeSymbol(String name) {
        if (readable(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder("|");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < ' ' || c > '~') {
                hexEscape(c, out);
            } else {
                out.append(c == '|' || c == '\\' ? "\\" : "").append(c);
            }
        }
        return out.append('|').toString();
    }

    private static boolean special(char c) {
        return c <= ' ' || "()[]{},'\";`|\\".indexOf(c) >= 0;
    }

    private static boolean readable(String name) {
        int n = name.length();
        if (n == 0) {
            return false;
        }
        char first = name.charAt(0);
        if (n == 1) {
            return first != '#' && first != '.' && !special(first) && !Character.isDigit(first);
        }
        for (int i = n - 1; i > 0; i--) {
            char c = name.charAt(i);
            if (special(c) || (c == ':' && i == n - 1)) {
                return false; // a trailing colon would read as a keyword
            }
        }
        if (Character.isDigit(first) || first == '+' || first == '.' || first == '-') {
            return NumberSyntax.parse(name, 10) == null;
        }
        if (first == '#') {
            boolean qualified = n > 2 && name.charAt(1) == '#' && name.charAt(2) != '#';
            return qualified || name.equals("#!rest") || name.equals("#!key") || name.equals("#!optional");
        }
        return first != ':' && !special(first);
    }
}
