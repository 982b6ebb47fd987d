package sockbench.net;

/**
 * What {@code name-information} returns: {@code ("localhost" . "http")}; the service is a String when
 * it has a name and an Integer when it has none (or {@code ni/numericserv} was asked).
 */
public record NameInfo(String node, Object service) {

    @Override
    public String toString() {
        return "(\"" + node + "\" . " + (service instanceof String s ? "\"" + s + "\"" : service) + ")";
    }
}
