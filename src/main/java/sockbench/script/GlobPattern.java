package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob pattern as CHICKEN 5.3's glob->sre (irregex.scm) reads it, for glob, as a Java pattern to
 * match whole names: {@code *} any run of chars but "/" and "\", and none starting with "." where a
 * name begins (at the start or after a "/" or "\"); {@code ?} one char, any; {@code [...]} one of its
 * chars, where "a-c" is a range and "-c" any char but c; anything else itself. So "*" skips the
 * names starting with ".", and "[" without its "]" is an error.
 */
final class GlobPattern {
    private static final Symbol RANGE = Symbol.of("/");
    private static final Symbol NOT = Symbol.of("~");

    private GlobPattern() {}

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean nameStart = true;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == '*') {
                regex.append(nameStart ? "(?:[^./\\\\][^/\\\\]*)?" : "[^/\\\\]*");
                nameStart = false;
            } else if (c == '?') {
                regex.append("(?s:.)");
                nameStart = false;
            } else if (c == '[') {
                i = charClass(glob, i, regex);
                nameStart = false;
            } else {
                regex.append(quote(c));
                nameStart = c == '/' || c == '\\';
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The class from {@code i} (after its "["), onto {@code regex}; the index after its "]". */
    private static int charClass(String glob, int i, StringBuilder regex) {
        List<String> alternatives = new ArrayList<>();
        List<Object> sre = new ArrayList<>(); // what glob->sre has read, last first, for its error
        while (true) {
            if (i >= glob.length()) {
                throw Errors.errorAt("glob->sre", "unexpected end of character class", Lists.fromJava(sre));
            }
            char c = glob.charAt(i);
            if (c == ']') {
                if (alternatives.isEmpty()) {
                    // (car s) of no chars at all: "[]"
                    throw Errors.located("car", List.of("exn", "type"), "bad argument type", Empty.LIST);
                }
                regex.append("(?:").append(String.join("|", alternatives)).append(')');
                return i + 1;
            }
            if (i + 2 < glob.length() && glob.charAt(i + 1) == '-') {
                char to = glob.charAt(i + 2);
                // irregex's range of a start after its end holds no char
                alternatives.add(c <= to ? "[" + quote(c) + "-" + quote(to) + "]" : "(?!)");
                sre.add(0, Lists.of(RANGE, c, to));
                i += 3;
            } else if (c == '-' && i + 1 < glob.length()) {
                char not = glob.charAt(i + 1);
                alternatives.add("[^" + quote(not) + "]");
                sre.add(0, Lists.of(NOT, not));
                i += 2;
            } else {
                alternatives.add(quote(c));
                sre.add(0, c);
                i++;
            }
        }
    }

    private static String quote(char c) {
        return String.format("\\x{%x}", (int) c);
    }
}
