package sockbench.script;

/** Where a datum starts in its source text: 1-based line and column (columns count bytes). */
public record Position(int line, int column) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
