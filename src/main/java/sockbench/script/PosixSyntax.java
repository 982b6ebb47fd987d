package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * irregex's {@code string->sre}: a POSIX regular expression with the PCRE extensions irregex takes
 * (CHICKEN manual, "Supported PCRE Syntax") read into the SRE it stands for, so that one compiler
 * ({@link SreCompiler}) serves both syntaxes. As in irregex-core.scm: {@code .} is {@code nonl}
 * ({@code any} under {@code 's}), {@code ^ $} are {@code bos eos} ({@code bol eol} under
 * {@code 'm}), {@code \d \w \s} are irregex's ASCII sets, {@code \< \>} are {@code bow eow}, and
 * {@code (?<name>...)} is a named submatch. What irregex refuses or this console lacks (the
 * {@code \'} SRE escape, conditionals, {@code (*COMMIT)}) is an error naming it.
 */
final class PosixSyntax {
    private final String text;
    private final Object source;
    private int at;
    private boolean multiLine;
    private boolean singleLine;
    private boolean ignoreSpace;
    /** The case form an inline "(?i)" set for the rest of its sequence. */
    private String pendingCase;

    private PosixSyntax(MString source, boolean multiLine, boolean singleLine, boolean ignoreSpace) {
        this.text = source.toString();
        this.source = source;
        this.multiLine = multiLine;
        this.singleLine = singleLine;
        this.ignoreSpace = ignoreSpace;
    }

    static Object toSre(MString pattern, boolean multiLine, boolean singleLine, boolean ignoreSpace) {
        PosixSyntax p = new PosixSyntax(pattern, multiLine, singleLine, ignoreSpace);
        Object sre = p.alternation();
        if (p.at < p.text.length()) {
            throw p.bad("unmatched ')' in regular expression");
        }
        return sre;
    }

    private static Symbol sym(String name) {
        return Symbol.of(name);
    }

    private Object alternation() {
        List<Object> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < text.length() && text.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        branches.add(0, sym("or"));
        return Lists.fromJava(branches);
    }

    /** Items up to '|' or ')' as (: ...), consecutive literal chars joined into strings. */
    private Object sequence() {
        List<Object> items = new ArrayList<>();
        while (at < text.length() && text.charAt(at) != '|' && text.charAt(at) != ')') {
            if (text.startsWith("(?", at) && inlineFlags()) {
                // (?i) and friends: the rest of this sequence under the flag
                Object rest = sequence();
                items.add(Lists.of(sym(pendingCase), rest));
                break;
            }
            Object atom = atom();
            if (atom == null) {
                continue; // a comment, or space under 'x
            }
            items.add(quantified(atom));
        }
        return join(items);
    }


    /** At "(?flags)": reads it and answers true (flags for the rest of the group); false when it is another "(?" form. */
    private boolean inlineFlags() {
        int close = text.indexOf(')', at);
        if (close < 0) {
            return false;
        }
        String flags = text.substring(at + 2, close);
        if (!flags.matches("-?[imsx]+|[imsx]+-[imsx]+")) {
            return false;
        }
        at = close + 1;
        pendingCase = applyFlags(flags);
        return true;
    }

    /** Sets the m, s and x flags as "ims-x" says; answers the SRE form its i flag calls for (":" when none). */
    private String applyFlags(String flags) {
        boolean on = true;
        String caseForm = ":";
        for (char f : flags.toCharArray()) {
            switch (f) {
                case '-' -> on = false;
                case 'i' -> caseForm = on ? "w/nocase" : "w/case";
                case 'm' -> multiLine = on;
                case 's' -> singleLine = on;
                case 'x' -> ignoreSpace = on;
                default -> { }
            }
        }
        return caseForm;
    }

    private static Object join(List<Object> items) {
        List<Object> joined = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Object item : items) {
            if (item instanceof Character c) {
                run.append(c.charValue());
                continue;
            }
            if (run.length() > 0) {
                joined.add(MString.of(run));
                run.setLength(0);
            }
            joined.add(item);
        }
        if (run.length() > 0) {
            joined.add(MString.of(run));
        }
        if (joined.size() == 1) {
            return joined.get(0);
        }
        joined.add(0, sym(":"));
        return Lists.fromJava(joined);
    }

    private Object quantified(Object atom) {
        while (at < text.length()) {
            char c = text.charAt(at);
            String op;
            long from = -1;
            Object to = null;
            if (c == '?' || c == '*' || c == '+') {
                at++;
                op = String.valueOf(c);
            } else if (c == '{' && braces()) {
                int close = text.indexOf('}', at);
                String[] parts = text.substring(at + 1, close).split(",", -1);
                at = close + 1;
                from = parts[0].isEmpty() ? 0 : Long.parseLong(parts[0]);
                to = parts.length == 1 ? (Object) from : parts[1].isEmpty() ? Boolean.FALSE : (Object) Long.parseLong(parts[1]);
                op = "**";
            } else {
                return atom;
            }
            boolean lazy = at < text.length() && text.charAt(at) == '?';
            if (lazy) {
                at++;
            }
            if (lazy && op.equals("+")) { // as irregex reads "a+?"
                op = "**";
                from = 1;
                to = Boolean.FALSE;
            }
            atom = from < 0 ? Lists.of(sym(op + (lazy ? "?" : "")), atom)
                    : Lists.of(sym(lazy ? "**?" : "**"), from, to, atom);
        }
        return atom;
    }

    /** Whether the '{' at the cursor opens a count ({n}, {n,}, {n,m}, {,m}); otherwise it is a literal brace. */
    private boolean braces() {
        int close = text.indexOf('}', at);
        return close > at && text.substring(at + 1, close).matches("\\d+(,\\d*)?|,\\d+");
    }

    /** One atom: a char, a set, a group or an assertion; null for what stands for nothing. */
    private Object atom() {
        char c = text.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return bracket();
            case '.':
                return sym(singleLine ? "any" : "nonl");
            case '^':
                return sym(multiLine ? "bol" : "bos");
            case '$':
                return sym(multiLine ? "eol" : "eos");
            case '\\':
                return escape(false);
            case '*', '+', '?':
                throw bad("nothing to repeat before '" + c + "'");
            default:
                if (ignoreSpace && Character.isWhitespace(c)) {
                    return null;
                }
                if (ignoreSpace && c == '#') {
                    int nl = text.indexOf('\n', at);
                    at = nl < 0 ? text.length() : nl + 1;
                    return null;
                }
                return c;
        }
    }

    private Object group() {
        String kind = ":";
        Symbol name = null;
        if (text.startsWith("?", at)) {
            String[][] forms = {{"?:", ":"}, {"?=", "look-ahead"}, {"?!", "neg-look-ahead"}, {"?<=", "look-behind"},
                    {"?<!", "neg-look-behind"}, {"?>", "atomic"}};
            kind = null;
            for (String[] f : forms) {
                if (text.startsWith(f[0], at)) {
                    at += f[0].length();
                    kind = f[1];
                    break;
                }
            }
            if (kind == null && (text.startsWith("?<", at) || text.startsWith("?P<", at))) {
                at = text.indexOf('<', at) + 1;
                int close = text.indexOf('>', at);
                if (close < 0) {
                    throw bad("unterminated submatch name");
                }
                name = sym(text.substring(at, close));
                at = close + 1;
                kind = "=>";
            } else if (kind == null && text.startsWith("?#", at)) {
                int close = text.indexOf(')', at);
                at = close < 0 ? text.length() : close + 1;
                return null;
            } else if (kind == null) {
                int colon = text.indexOf(':', at);
                String flags = colon < 0 ? "" : text.substring(at + 1, colon);
                if (!flags.matches("-?[imsx]+|[imsx]+-[imsx]+")) {
                    throw bad("(" + text.substring(at, Math.min(text.length(), at + 3)) + " is not supported by this console");
                }
                return flaggedGroup(flags, colon);
            }
        } else if (text.startsWith("*", at)) {
            throw bad("(*...) verbs are not supported by this console");
        } else {
            kind = "submatch";
        }
        Object body = alternation();
        close();
        return name != null ? Lists.of(sym(kind), name, body) : Lists.of(sym(kind), body);
    }

    /** (?i:...), (?-i:...), (?s:...): the group's body read under its flags, which end with it. */
    private Object flaggedGroup(String flags, int colon) {
        boolean savedM = multiLine;
        boolean savedS = singleLine;
        boolean savedX = ignoreSpace;
        at = colon + 1;
        String caseForm = applyFlags(flags);
        Object body = alternation();
        close();
        multiLine = savedM;
        singleLine = savedS;
        ignoreSpace = savedX;
        return Lists.of(sym(caseForm), body);
    }

    private void close() {
        if (at >= text.length() || text.charAt(at) != ')') {
            throw bad("unterminated parenthesis in regular expression");
        }
        at++;
    }

    /** After a backslash: a char, a set, an assertion or a back-reference. */
    private Object escape(boolean inSet) {
        if (at >= text.length()) {
            throw bad("a regular expression ends in a backslash");
        }
        char c = text.charAt(at++);
        switch (c) {
            case 'd': return sym("numeric");
            case 'D': return Lists.of(sym("~"), sym("numeric"));
            case 's': return sym("space");
            case 'S': return Lists.of(sym("~"), sym("space"));
            case 'w': return Lists.of(sym("or"), sym("alphanumeric"), Lists.of(MString.of("_")));
            case 'W': return Lists.of(sym("~"), Lists.of(sym("or"), sym("alphanumeric"), Lists.of(MString.of("_"))));
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'a': return (char) 7;
            case 'e': return (char) 27;
            case 'f': return '\f';
            case 'x': return hex();
            default:
                break;
        }
        if (!inSet) {
            switch (c) {
                case 'b': return Lists.of(sym("or"), sym("bow"), sym("eow"));
                case 'B': return sym("nwb");
                case 'A': return sym("bos");
                case 'z': return sym("eos");
                case 'Z': return Lists.of(sym(":"), Lists.of(sym("?"), '\n'), sym("eos"));
                case 'R': return sym("newline");
                case '<': return sym("bow");
                case '>': return sym("eow");
                case 'k': return namedBackref();
                case 'Q': return quoted();
                case '\'': throw bad("the \\' SRE escape is not supported by this console");
                default:
                    break;
            }
            if (c >= '1' && c <= '9') {
                int end = at;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                long n = Long.parseLong(text.substring(at - 1, end));
                at = end;
                return Lists.of(sym("backref"), n);
            }
        }
        if (Character.isLetter(c)) {
            throw bad("unknown escape sequence \\" + c);
        }
        return c;
    }

    private Object hex() {
        int end;
        String digits;
        if (text.startsWith("{", at)) {
            end = text.indexOf('}', at);
            if (end < 0) {
                throw bad("unterminated \\x{...} escape");
            }
            digits = text.substring(at + 1, end);
            end++;
        } else {
            end = Math.min(text.length(), at + 2);
            digits = text.substring(at, end);
        }
        if (!digits.matches("[0-9a-fA-F]{1,6}")) {
            throw bad("bad hex escape \\x" + digits);
        }
        at = end;
        int code = Integer.parseInt(digits, 16);
        if (code > 0xFF) {
            throw bad("\\x" + digits + " is above the byte chars of this console's strings");
        }
        return (char) code;
    }

    private Object namedBackref() {
        if (at >= text.length() || "<{'".indexOf(text.charAt(at)) < 0) {
            throw bad("bad \\k usage, expected \\k<...>");
        }
        char open = text.charAt(at);
        char closing = open == '<' ? '>' : open == '{' ? '}' : '\'';
        int close = text.indexOf(closing, at + 1);
        if (close < 0) {
            throw bad("unterminated named backref");
        }
        Symbol name = sym(text.substring(at + 1, close));
        at = close + 1;
        return Lists.of(sym("backref"), name);
    }

    private Object quoted() {
        int end = text.indexOf("\\E", at);
        String literal = text.substring(at, end < 0 ? text.length() : end);
        at = end < 0 ? text.length() : end + 2;
        return MString.of(literal);
    }

    /** After '[': a set, as (or ...) of chars, ranges and named classes, or its complement. */
    private Object bracket() {
        boolean negated = text.startsWith("^", at);
        if (negated) {
            at++;
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        boolean first = true;
        while (true) {
            if (at >= text.length()) {
                throw bad("unterminated character set in regular expression");
            }
            char c = text.charAt(at);
            if (c == ']' && !first) {
                at++;
                break;
            }
            first = false;
            if (c == '[' && text.startsWith("[:", at)) {
                int close = text.indexOf(":]", at + 2);
                if (close < 0) {
                    throw bad("unterminated [: in a character set");
                }
                String name = text.substring(at + 2, close);
                if (SreNames.set(name) == null) {
                    throw bad("unknown character class [:" + name + ":]");
                }
                parts.add(sym(name));
                at = close + 2;
                continue;
            }
            at++;
            Object item = c;
            if (c == '\\') {
                item = escape(true);
            }
            if (item instanceof Character lo && at + 1 < text.length() && text.charAt(at) == '-' && text.charAt(at + 1) != ']') {
                at++;
                char hi = text.charAt(at++);
                if (hi == '\\') {
                    Object e = escape(true);
                    if (!(e instanceof Character h)) {
                        throw bad("a range ends in a set");
                    }
                    hi = h;
                }
                if (lo > hi) {
                    throw bad("a range's start is after its end: " + lo + "-" + hi);
                }
                parts.add(Lists.of(sym("/"), lo, hi));
            } else if (item instanceof Character ch) {
                chars.append(ch.charValue());
            } else {
                parts.add(item);
            }
        }
        if (chars.length() > 0) {
            parts.add(0, Lists.of(MString.of(chars)));
        }
        Object set = parts.size() == 1 ? parts.get(0) : new Pair(sym("or"), Lists.fromJava(parts));
        return negated ? Lists.of(sym("~"), set) : set;
    }

    private SchemeError bad(String message) {
        return Errors.error(message, source);
    }
}
