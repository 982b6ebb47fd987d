package sockbench.script;

import java.util.Map;

/** Names of characters as {@code #\space} writes them and the reader accepts them. */
final class CharNames {
    private static final Map<String, Character> BY_NAME = Map.ofEntries(
            Map.entry("space", ' '), Map.entry("newline", '\n'), Map.entry("linefeed", '\n'),
            Map.entry("tab", '\t'), Map.entry("return", '\r'), Map.entry("nul", '\0'),
            Map.entry("null", '\0'), Map.entry("alarm", (char) 7), Map.entry("backspace", '\b'),
            Map.entry("delete", (char) 127), Map.entry("escape", (char) 27), Map.entry("esc", (char) 27),
            Map.entry("vtab", (char) 11), Map.entry("page", '\f'));

    /** The name each char is written with: the last one CHICKEN registers for it ({@code null}, not {@code nul}). */
    private static final Map<Character, String> BY_CHAR = Map.ofEntries(
            Map.entry(' ', "space"), Map.entry('\n', "newline"), Map.entry('\t', "tab"), Map.entry('\r', "return"),
            Map.entry('\0', "null"), Map.entry((char) 11, "vtab"), Map.entry((char) 7, "alarm"), Map.entry('\b', "backspace"),
            Map.entry((char) 127, "delete"), Map.entry((char) 27, "escape"), Map.entry('\f', "page"));

    private CharNames() {
    }

    /** The char a name after {@code #\} stands for ({@code space}, {@code x41}), or null. */
    static Character parse(String name) {
        if (name.length() == 1) {
            return name.charAt(0);
        }
        Character named = BY_NAME.get(name);
        if (named != null) {
            return named;
        }
        if ((name.charAt(0) == 'x' || name.charAt(0) == 'U' || name.charAt(0) == 'u') && name.length() > 1) {
            try {
                int code = Integer.parseInt(name.substring(name.charAt(1) == '+' ? 2 : 1), 16);
                return code <= Character.MAX_VALUE ? (char) code : null;
            } catch (NumberFormatException notHex) {
                return null;
            }
        }
        return null;
    }

    /** The written form: {@code #\a}, {@code #\space}, {@code #\x1}; a byte above 127 as itself, as CHICKEN writes it. */
    static String write(char c) {
        String name = BY_CHAR.get(c);
        if (name != null) {
            return "#\\" + name;
        }
        if (c < 32 || c > 255) {
            return "#\\x" + Integer.toHexString(c);
        }
        return "#\\" + c;
    }
}
