package sockbench.script;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled irregex: {@code (irregex "a(b)" 'i)}. Both syntaxes go through the SRE, as in
 * irregex ({@link PosixSyntax}, then {@link SreCompiler}), and are matched by Java's regex engine.
 * That engine is a backtracking one, so alternation takes the first alternative that leads to a
 * match (Perl's rule), where irregex's DFA takes the longest at the leftmost place: they differ
 * only when an earlier alternative is a prefix of a later one ({@code "a|ab"}). Prints as CHICKEN
 * prints the structure, {@code #<regexp>}.
 */
final class Irregex {
    final Pattern pattern;
    final int submatches;
    /** An alist of (name . index), as {@code irregex-names} gives it. */
    final Object names;

    private Irregex(Pattern pattern, int submatches, Object names) {
        this.pattern = pattern;
        this.submatches = submatches;
        this.names = names;
    }

    /**
     * {@code (irregex x option ...)}: an irregex as it is, a string in POSIX syntax, anything else an
     * SRE. Options: {@code i}/{@code case-insensitive}, {@code m}/{@code multi-line},
     * {@code s}/{@code single-line}, {@code x}/{@code ignore-space}; {@code utf8}, {@code fast},
     * {@code small} and {@code backtrack} are taken and change nothing here.
     */
    static Irregex of(Object x, Object[] options, int from) {
        if (x instanceof Irregex irx) {
            return irx;
        }
        boolean caseless = false;
        boolean multiLine = false;
        boolean singleLine = false;
        boolean ignoreSpace = false;
        for (int i = from; i < options.length; i++) {
            String o = options[i] instanceof Symbol s ? s.name() : "";
            switch (o) {
                case "i", "case-insensitive" -> caseless = true;
                case "m", "multi-line" -> multiLine = true;
                case "s", "single-line" -> singleLine = true;
                case "x", "ignore-space" -> ignoreSpace = true;
                case "utf8", "fast", "small", "backtrack" -> { }
                default -> throw Errors.error("unknown irregex option", options[i]);
            }
        }
        Object sre = x instanceof MString s ? PosixSyntax.toSre(s, multiLine, singleLine, ignoreSpace) : x;
        return fromSre(sre, caseless, x);
    }

    /** {@code (sre->irregex sre option ...)}: a string is a literal here, not POSIX syntax. */
    static Irregex ofSre(Object sre, Object[] options, int from) {
        boolean caseless = false;
        for (int i = from; i < options.length; i++) {
            caseless |= options[i] instanceof Symbol s && (s.name().equals("i") || s.name().equals("case-insensitive"));
        }
        return fromSre(sre, caseless, sre);
    }

    private static Irregex fromSre(Object sre, boolean caseless, Object given) {
        SreCompiler.Compiled c = SreCompiler.compile(sre);
        try {
            // UNIX_LINES: only \n ends a line, as for irregex's bol/eol
            int flags = Pattern.UNIX_LINES | (caseless ? Pattern.CASE_INSENSITIVE : 0);
            return new Irregex(Pattern.compile(c.regex(), flags), c.submatches(), c.names());
        } catch (PatternSyntaxException e) {
            throw Errors.error("regular expression not supported by this console: " + e.getDescription(), given);
        }
    }

    @Override
    public String toString() {
        return "#<regexp>";
    }
}
