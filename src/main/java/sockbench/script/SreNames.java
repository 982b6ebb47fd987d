package sockbench.script;

import java.util.Map;

/**
 * The names an SRE may use for character sets and common patterns, with irregex's definitions
 * (irregex-core.scm's {@code sre-named-definitions}, as CHICKEN 5.3 ships it): ASCII sets, so
 * {@code alpha} is {@code [a-zA-Z]} whatever the locale, {@code space} is space, tab and newline
 * only, and {@code punct} leaves out {@code $+<=>^`|~}, which {@code graph} adds back.
 * Each set is Java character-class text; each pattern Java regex text.
 */
final class SreNames {
    private SreNames() {
    }

    private static final String ALPHA = "a-zA-Z";
    private static final String DIGIT = "0-9";
    private static final String PUNCT = escaped("!\"#%&'()*,-./:;?@[\\]_{}");
    private static final String GRAPH = ALPHA + DIGIT + PUNCT + escaped("$+<=>^`|~");
    private static final String WHITE = escaped(" \t\n");

    /** Sets, as the inside of a character class. */
    private static final Map<String, String> SETS = Map.ofEntries(
            Map.entry("any", "\\x{0}-\\x{10FFFF}"),
            Map.entry("alphabetic", ALPHA), Map.entry("alpha", ALPHA),
            Map.entry("alphanumeric", ALPHA + DIGIT), Map.entry("alphanum", ALPHA + DIGIT), Map.entry("alnum", ALPHA + DIGIT),
            Map.entry("lower-case", "a-z"), Map.entry("lower", "a-z"),
            Map.entry("upper-case", "A-Z"), Map.entry("upper", "A-Z"),
            Map.entry("numeric", DIGIT), Map.entry("num", DIGIT), Map.entry("digit", DIGIT),
            Map.entry("punctuation", PUNCT), Map.entry("punct", PUNCT),
            Map.entry("graphic", GRAPH), Map.entry("graph", GRAPH),
            Map.entry("blank", escaped(" \t")),
            Map.entry("whitespace", WHITE), Map.entry("space", WHITE), Map.entry("white", WHITE),
            Map.entry("printing", GRAPH + WHITE), Map.entry("print", GRAPH + WHITE),
            Map.entry("control", "\\x{0}-\\x{1f}"), Map.entry("cntrl", "\\x{0}-\\x{1f}"),
            Map.entry("hex-digit", DIGIT + "a-fA-F"), Map.entry("xdigit", DIGIT + "a-fA-F"),
            Map.entry("ascii", "\\x{0}-\\x{7f}"));

    /** A word character, as irregex's bow and eow see one: {@code (or alphanumeric "_")}. */
    static final String WORD = "[" + ALPHA + DIGIT + "_]";

    /** Assertions and patterns, as regex text. */
    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("nonl", "[^\\n]"),
            Map.entry("bos", "\\A"), Map.entry("eos", "\\z"),
            Map.entry("bol", "(?m:^)"), Map.entry("eol", "(?m:$)"),
            Map.entry("bow", "(?<!" + WORD + ")(?=" + WORD + ")"),
            Map.entry("eow", "(?<=" + WORD + ")(?!" + WORD + ")"),
            Map.entry("nwb", "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))"),
            Map.entry("newline", "(?:\\r\\n|[\\n-\\r])"),
            Map.entry("word", "(?<!" + WORD + ")" + WORD + "+(?!" + WORD + ")"),
            Map.entry("integer", "[+\\-]?[0-9]+"),
            Map.entry("real", "[+\\-]?[0-9]+(?:\\.[0-9]+)?(?:[eE][+\\-]?[0-9]+)?"));

    /** The class text of a named set, or null when {@code name} names none. */
    static String set(String name) {
        String inside = SETS.get(name);
        return inside == null ? null : "[" + inside + "]";
    }

    /** The regex text of a named pattern or assertion (sets included), or null. */
    static String pattern(String name) {
        String set = set(name);
        return set != null ? set : PATTERNS.get(name);
    }

    /** A character as regex text that means itself inside a class and out: letters and digits as they are, others as \x{..}. */
    static String literal(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return String.valueOf((char) c);
        }
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    private static String escaped(String chars) {
        StringBuilder b = new StringBuilder();
        chars.chars().forEach(c -> b.append(literal(c)));
        return b.toString();
    }
}
