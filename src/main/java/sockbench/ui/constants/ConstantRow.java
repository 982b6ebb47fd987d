package sockbench.ui.constants;

/**
 * One constant: its egg symbol, its C name and this platform's value (null when undefined here).
 */
public record ConstantRow(String symbol, String cName, Integer value) {
    public static final String UNDEFINED = "undefined here";

    public String valueText() {
        return value == null ? UNDEFINED : Integer.toString(value);
    }

    public String hexText() {
        return value == null ? "" : "0x" + Integer.toHexString(value);
    }

    /** The group: {@code af}, {@code so}, {@code ipproto}. */
    public String group() {
        return symbol.substring(0, symbol.indexOf('/'));
    }
}
