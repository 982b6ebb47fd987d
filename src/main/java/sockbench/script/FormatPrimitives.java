package sockbench.script;

import java.io.IOException;

import static sockbench.script.Primitive.MANY;

/**
 * CHICKEN's {@code (chicken format)}: format, sprintf, printf, fprintf with exactly the directives
 * CHICKEN has ({@code ~a ~s ~c ~b ~o ~x ~% ~n ~! ~? ~~}, case-insensitive, and ~ before whitespace
 * skipping the whitespace that follows). Any other directive ({@code ~d} of other Schemes too) is
 * CHICKEN's "illegal format-string character" error. {@code format} is CHICKEN's dispatch to the
 * other three, so its errors name sprintf, printf or fprintf as CHICKEN's do.
 */
final class FormatPrimitives {
    private FormatPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        // (chicken pretty-print): extras.scm's pretty-print, pp the same procedure, the width a parameter of 79
        ThreadParameter width = new ThreadParameter(79L, x -> {
            Args.intValue(x);
            return x;
        });
        g.define("pretty-print-width", new Parameter("pretty-print-width", width));
        g.define("pp", g.defineProcedure("pretty-print", 1, 2, a -> write(a.length > 1 ? Args.outputPort(a[1]) : interpreter.outputPort(),
                PrettyPrinter.pretty(a[0], Args.intValue(width.get())))));
        g.defineProcedure("sprintf", 1, MANY, a -> MString.of(format("sprintf", a, 0)));
        g.defineProcedure("printf", 1, MANY, a -> write(interpreter.outputPort(), format("printf", a, 0)));
        g.defineProcedure("fprintf", 2, MANY, a -> write(Args.outputPort(a[0]), format("fprintf", a, 1)));
        g.defineProcedure("format", 1, MANY, a -> {
            Object destination = a[0];
            if (destination == Boolean.FALSE) {
                return MString.of(format("sprintf", a, 1));
            } else if (destination == Boolean.TRUE) {
                return write(interpreter.outputPort(), format("printf", a, 1));
            } else if (destination instanceof MString) {
                return MString.of(format("sprintf", a, 0));
            } else if (destination instanceof OutputPort port) {
                return write(port, format("fprintf", a, 1));
            }
            throw Errors.error("illegal destination", destination,
                    Lists.of(java.util.Arrays.copyOfRange(a, 1, a.length)));
        });
    }

    private static Object write(OutputPort port, String text) throws IOException {
        port.write(text);
        return null;
    }

    /** Formats {@code a[at]} with the arguments after it; the result is byte text. */
    private static String format(String who, Object[] a, int at) {
        try {
            StringBuilder out = new StringBuilder();
            int[] next = {at + 1};
            format(Args.string(a[at]).toString(), a, next, out);
            return out.toString();
        } catch (SchemeError e) {
            throw e.locate(who);
        }
    }

    private static void format(String f, Object[] a, int[] next, StringBuilder out) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '~' || i + 1 >= f.length()) {
                out.append(c);
                continue;
            }
            char d = f.charAt(++i);
            switch (Ascii.upcase(d)) {
                case 'S' -> out.append(Printer.write(argument(a, next)));
                case 'A' -> out.append(Printer.display(argument(a, next)));
                case 'C' -> out.append(Args.character(argument(a, next)));
                case 'B' -> out.append(NumberSyntax.format(Args.number(argument(a, next)), 2));
                case 'O' -> out.append(NumberSyntax.format(Args.number(argument(a, next)), 8));
                case 'X' -> out.append(NumberSyntax.format(Args.number(argument(a, next)), 16));
                case '%', 'N' -> out.append('\n');
                case '~' -> out.append('~');
                case '!' -> {
                    // flush: our string is written in one piece anyway
                }
                case '?' -> {
                    String inner = Args.string(argument(a, next)).toString();
                    Object list = argument(a, next);
                    if (Lists.length(list) < 0) {
                        throw Errors.wrongType("list", list);
                    }
                    format(inner, Lists.toJava(list).toArray(), new int[] {0}, out);
                }
                default -> {
                    if (isWhitespace(d)) {
                        while (i + 1 < f.length() && isWhitespace(f.charAt(i + 1))) {
                            i++;
                        }
                    } else {
                        throw Errors.error("illegal format-string character", d);
                    }
                }
            }
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static Object argument(Object[] a, int[] next) {
        if (next[0] >= a.length) {
            throw Errors.error("too few arguments to formatted output procedure");
        }
        return a[next[0]++];
    }
}
