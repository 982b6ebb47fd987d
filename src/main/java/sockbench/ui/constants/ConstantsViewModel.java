package sockbench.ui.constants;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import sockbench.net.Constants;

/** Every constant with this platform's value, searchable, and the six conversions. Pure lookups. */
public final class ConstantsViewModel {
    private final ObservableList<ConstantRow> all;
    private final FilteredList<ConstantRow> shown;
    private final StringProperty search = new SimpleStringProperty("");
    private final List<Conversion> conversions = List.of(
            new Conversion("integer->address-family", true, t -> Constants.integerToAddressFamily(Integer.parseInt(t)), "10"),
            new Conversion("address-family->integer", false, Constants::addressFamilyToInteger, "af/inet"),
            new Conversion("integer->socket-type", true, t -> Constants.integerToSocketType(Integer.parseInt(t)), "2"),
            new Conversion("socket-type->integer", false, Constants::socketTypeToInteger, "sock/stream"),
            new Conversion("integer->protocol-type", true, t -> Constants.integerToProtocolType(Integer.parseInt(t)), "6"),
            new Conversion("protocol-type->integer", false, Constants::protocolTypeToInteger, "ipproto/udp"));

    public ConstantsViewModel() {
        all = FXCollections.observableArrayList(Constants.all().entrySet().stream()
                .map(e -> new ConstantRow(e.getKey(), cName(e.getKey()), e.getValue())).toList());
        shown = new FilteredList<>(all, r -> true);
        search.addListener((o, old, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? r -> true : r -> matches(r, q));
        });
    }

    /** Matches symbol, C name or value: "linger", "SO_", "6". */
    public StringProperty searchProperty() { return search; }

    public ObservableList<ConstantRow> shown() { return shown; }

    public int total() { return all.size(); }

    public List<Conversion> conversions() { return conversions; }

    private static boolean matches(ConstantRow r, String q) {
        return r.symbol().contains(q) || r.cName().toLowerCase(Locale.ROOT).contains(q)
                || (r.value() != null && (r.valueText().equals(q) || r.hexText().equals(q)))
                || (r.value() == null && ConstantRow.UNDEFINED.contains(q));
    }

    static String cName(String symbol) {
        return symbol.replace('/', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
