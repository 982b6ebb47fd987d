package sockbench.net.explore;

import java.util.Arrays;
import java.util.List;

/**
 * What a responder answers to one received block: the same bytes (echo), always the same bytes
 * (fixed), or the reply of the first rule that matches (rules; no match, no answer).
 */
public final class Reply {
    private final String kind;
    private final byte[] fixed;
    private final List<Rule> rules;

    private Reply(String kind, byte[] fixed, List<Rule> rules) {
        this.kind = kind;
        this.fixed = fixed;
        this.rules = rules;
    }

    public static Reply echo() {
        return new Reply("echo", null, List.of());
    }

    public static Reply fixed(byte[] bytes) {
        return new Reply("fixed", bytes.clone(), List.of());
    }

    public static Reply rules(List<Rule> rules) {
        if (rules.isEmpty()) {
            throw sockbench.net.Errors.badArgument("responder-start", "no rules: give at least one (rule kind pattern reply)");
        }
        return new Reply("rules", null, List.copyOf(rules));
    }

    /** {@code echo}, {@code fixed} or {@code rules}. */
    public String kind() { return kind; }

    public List<Rule> ruleList() { return rules; }

    /** The fixed reply's bytes (a copy), or null. */
    public byte[] fixedBytes() { return fixed == null ? null : fixed.clone(); }

    /** The longest contains/hex pattern: a receive buffer shorter than it could never match. */
    public int longestPattern() {
        return rules.stream().mapToInt(Rule::minimumLength).max().orElse(0);
    }

    /** The answer to {@code buf[0, count)}, or null for none. */
    public byte[] answer(byte[] buf, int count) {
        switch (kind) {
            case "echo":
                return Arrays.copyOf(buf, count);
            case "fixed":
                return fixed;
            default:
                for (Rule r : rules) {
                    byte[] a = r.answer(buf, count);
                    if (a != null) {
                        return a;
                    }
                }
                return null;
        }
    }
}
