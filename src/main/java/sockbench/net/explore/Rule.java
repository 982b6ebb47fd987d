package sockbench.net.explore;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import sockbench.net.Errors;

/**
 * One responder rule: when the received bytes match (contain the text, match the regular
 * expression, contain the hex bytes), the reply is sent. In the reply, {@code $1} or {@code {1}} is
 * the match's first group ({@code $0}/{@code {0}} the whole match; a group that did not take part is
 * empty) and {@code $$} is a dollar sign. Bytes are matched as ISO-8859-1 text, so every byte value is
 * one character and {@code \x00}-style regex escapes match raw bytes.
 */
public final class Rule {
    /** How the pattern is read. */
    public enum Kind { CONTAINS, REGEX, HEX;
        /** The console's name: {@code contains}, {@code regex}, {@code hex}. */
        public String word() { return name().toLowerCase(); }
    }

    private static final Pattern GROUP = Pattern.compile("\\$\\$|\\$(\\d)|\\{(\\d)}");

    private final Kind kind;
    private final String pattern;
    private final String reply;
    private final Pattern compiled;
    private final int length;

    private Rule(Kind kind, String pattern, String reply) {
        this.kind = kind;
        this.pattern = pattern;
        this.reply = reply;
        String text = switch (kind) {
            case CONTAINS -> Pattern.quote(pattern);
            case HEX -> Pattern.quote(latin1(hexBytes(pattern)));
            case REGEX -> pattern;
        };
        try {
            this.compiled = Pattern.compile(text, Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw Errors.badArgument("rule", "regex does not compile: " + e.getDescription() + " at index "
                    + e.getIndex() + " in " + pattern);
        }
        this.length = kind == Kind.HEX ? hexBytes(pattern).length : pattern.length();
        if (kind != Kind.REGEX && length == 0) {
            throw Errors.badArgument("rule", "empty " + kind.word() + " pattern would match everything; use a fixed reply");
        }
    }

    /** A rule of the kind named by its console word; the pattern and reply are byte text (ISO-8859-1). */
    public static Rule of(String kind, String pattern, String reply) {
        Kind k;
        try {
            k = Kind.valueOf(kind.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw Errors.badArgument("rule", "unknown rule kind " + kind + ": use contains, regex or hex");
        }
        return new Rule(k, pattern, reply);
    }

    public static Rule contains(String text, String reply) { return new Rule(Kind.CONTAINS, text, reply); }
    public static Rule regex(String regex, String reply) { return new Rule(Kind.REGEX, regex, reply); }
    public static Rule hex(String hex, String reply) { return new Rule(Kind.HEX, hex, reply); }

    public Kind kind() { return kind; }
    public String pattern() { return pattern; }
    public String reply() { return reply; }

    /**
     * The shortest input the pattern needs, for contains and hex (a regex's is unknown: 0). A
     * pattern longer than the responder's receive buffer could never be seen in one receive.
     */
    public int minimumLength() {
        return kind == Kind.REGEX ? 0 : length;
    }

    /** The reply for these bytes with the match's groups filled in, or null when they do not match. */
    public byte[] answer(byte[] received, int count) {
        Matcher m = compiled.matcher(new String(received, 0, count, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        Matcher g = GROUP.matcher(reply);
        StringBuilder out = new StringBuilder();
        while (g.find()) {
            String digit = g.group(1) != null ? g.group(1) : g.group(2);
            String value;
            if (digit == null) {
                value = "$";
            } else {
                int n = digit.charAt(0) - '0';
                value = n <= m.groupCount() && m.group(n) != null ? m.group(n) : "";
            }
            g.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        g.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Hex digits, spaces and colons allowed between bytes: {@code "de ad be ef"}. */
    static byte[] hexBytes(String hex) {
        String digits = hex.replaceAll("[\\s:]", "");
        if (digits.length() % 2 != 0) {
            throw Errors.badArgument("rule", "hex pattern has an odd number of digits: " + hex);
        }
        try {
            return HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw Errors.badArgument("rule", "hex pattern is not hex digits: " + hex);
        }
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return "#<rule " + kind.word() + " " + pattern + ">";
    }
}
