package sockbench.script;

import java.util.Map;

/** Names of characters as {@code #\space} writes them and the reader accepts them. */
final class CharNames {
    private static final Map<String, Character> BY_NAME = Map.ofEntries(
            Map.entry("space", ' '), Map.entry("newline", '\n'), Map.entry("linefeed", '\n'),
            Map.entry("tab", '\t'), Map.entry("return", '\r'), Map.entry("nul", '\0'),
            Map.entry("null", '\0'), Map.entry("alarm", (char) 7), Map.entry("backspace", '\b'),
            Map.entry("delete", (char) 127), Map.entry("escape", (char) 27), Map.entry("page", '\f'));

    private static final Map<Character, String> BY_CHAR = Map.of(
            ' ', "space", '\n', "newline", '\t', "tab", '\r', "return", '\0', "nul",
            (char) 7, "alarm", '\b', "backspace", (char) 127, "delete", (char) 27, "escape", '\f', "page");

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

    /** The written form: {@code #\a}, {@code #\space}, {@code #\x1}. */
    static String write(char c) {
        String name = BY_CHAR.get(c);
        if (name != null) {
            return "#\\" + name;
        }
        if (c < 32 || c >= 127) {
            return "#\\x" + Integer.toHexString(c);
        }
        return "#\\" + c;
    }
}
