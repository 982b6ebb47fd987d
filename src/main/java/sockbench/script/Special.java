package sockbench.script;

/** Values that are neither data nor procedures, each printed as CHICKEN prints it. */
public enum Special {
    /** What {@code (void)}, {@code define} and {@code display} return; the REPL does not echo it. */
    UNSPECIFIED("#<unspecified>"),
    /** The end-of-file object. */
    EOF("#!eof"),
    /** Lambda-list markers. */
    OPTIONAL("#!optional"),
    REST("#!rest"),
    KEY("#!key"),
    DEFAULT("#!default");

    private final String printed;

    Special(String printed) {
        this.printed = printed;
    }

    @Override
    public String toString() {
        return printed;
    }
}
