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

    private static void writeString(CharSequence s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 32 || c == 127) {
                        out.append("\\x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A symbol that would read back as something else is written in bars: {@code |foo bar|}. */
    private static String writeSymbol(String name) {
        boolean plain = !name.isEmpty() && !name.equals(".") && name.charAt(0) != '#'
                && !(name.length() > 1 && name.endsWith(":"))
                && NumberSyntax.parse(name, 10) == null
                && name.chars().noneMatch(c -> c <= ' ' || "()[]\";'`,|".indexOf(c) >= 0);
        return plain ? name : "|" + name.replace("\\", "\\\\").replace("|", "\\|") + "|";
    }
}
