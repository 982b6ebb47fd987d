package sockbench.ui.errors;

import java.util.List;

/**
 * An error made readable: the errno (or {@code EAI_*}) symbol when a call failed, the engine's
 * message, one plain-language sentence, and the condition kinds the console would see.
 */
public record Explanation(String symbol, String message, String meaning, List<String> kinds) {

    public Explanation {
        kinds = List.copyOf(kinds);
    }

    /** One line: {@code ECONNREFUSED: nobody listens there (connect: Connection refused)}. */
    public String oneLine() {
        return (symbol != null ? symbol + ": " : "") + meaning + " (" + message + ")";
    }

    /** The heading shown in red: the symbol, or the first kind that says most. */
    public String heading() {
        if (symbol != null) {
            return symbol;
        }
        for (String k : List.of("timeout", "unsupported", "transient", "bounds", "type")) {
            if (kinds.contains(k)) {
                return "(exn " + k + ")";
            }
        }
        return "error";
    }
}
