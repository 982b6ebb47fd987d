package sockbench.script;

import java.util.regex.MatchResult;

/**
 * irregex's match data: where each submatch of one match starts and ends in the string searched
 * (-1 where a submatch took no part), read back by {@code irregex-match-substring} and its kin.
 * Substrings are taken from the string when asked for, as irregex takes them. Prints as CHICKEN
 * prints the structure, {@code #<regexp-match>}.
 */
final class IrregexMatch {
    final MString source;
    private final int[] starts;
    private final int[] ends;
    final Object names;

    /** A match found in the text from {@code offset} of {@code source}. */
    IrregexMatch(MString source, MatchResult m, int offset, Object names) {
        this.source = source;
        this.names = names;
        int n = m.groupCount() + 1;
        starts = new int[n];
        ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = m.start(i) < 0 ? -1 : m.start(i) + offset;
            ends[i] = m.end(i) < 0 ? -1 : m.end(i) + offset;
        }
    }

    int submatches() {
        return starts.length - 1;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Whether submatch {@code i} took part in the match. */
    boolean matched(int i) {
        return starts[i] >= 0;
    }

    MString substring(int i) {
        return MString.of(source.subSequence(starts[i], ends[i]));
    }

    @Override
    public String toString() {
        return "#<regexp-match>";
    }
}
