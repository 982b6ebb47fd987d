package sockbench.net;

/** How an option's value is carried: an int the kernel reads as a flag or a number, a string, or a struct. */
public enum OptionType {
    BOOLEAN("boolean"), INTEGER("integer"), STRING("string"), STRUCT("struct");

    private final String label;

    OptionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
