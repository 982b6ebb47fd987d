package sockbench.net;

/** {@code struct linger}: whether close lingers, and for how many seconds (socket(7)). */
public record Linger(boolean on, int seconds) {
    public Linger {
        if (seconds < 0) {
            throw Errors.badArgument("so-linger", "l_linger " + seconds + " is negative");
        }
    }

    /** The egg's list form {@code (#t 100)} as text. */
    @Override
    public String toString() {
        return "(" + (on ? "#t" : "#f") + " " + seconds + ")";
    }
}
