package sockbench.ui.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.net.NameInfo;
import sockbench.net.Resolver;
import sockbench.net.SockAddr;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.action.EggText;
import sockbench.ui.action.SimpleAction;

/**
 * The resolver panel: {@code address-information} with its keywords and {@code ai/*} flags, its
 * results as a table, and {@code name-information} with its {@code ni/*} flags.
 */
public final class ResolverViewModel {
    /** "#f" means unrestricted (the keyword left out, or {@code type: #f}). */
    public static final String ANY = "#f";
    public static final List<String> FAMILIES = choices("af/inet", "af/inet6");
    public static final List<String> TYPES = choices("sock/stream", "sock/dgram", "sock/raw");
    public static final List<String> PROTOCOLS = choices("ipproto/tcp", "ipproto/udp");

    private final ActionRunner runner;

    private final StringProperty node = new SimpleStringProperty("localhost");
    private final StringProperty service = new SimpleStringProperty("80");
    private final StringProperty family = new SimpleStringProperty(ANY);
    private final StringProperty type = new SimpleStringProperty("sock/stream");
    private final StringProperty protocol = new SimpleStringProperty(ANY);
    private final Map<String, BooleanProperty> aiFlags = flags("ai/");
    private final ObservableList<AddrInfo> results = FXCollections.observableArrayList();
    private final ObjectProperty<AddrInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");

    private final StringProperty niAddress = new SimpleStringProperty("127.0.0.1");
    private final StringProperty niPort = new SimpleStringProperty("80");
    private final Map<String, BooleanProperty> niFlags = flags("ni/");
    private final StringProperty niResult = new SimpleStringProperty("");
    private final StringProperty niProblem = new SimpleStringProperty("");

    public ResolverViewModel(ActionRunner runner) {
        this.runner = runner;
    }

    public StringProperty nodeProperty() { return node; }
    public StringProperty serviceProperty() { return service; }
    public StringProperty familyProperty() { return family; }
    public StringProperty typeProperty() { return type; }
    public StringProperty protocolProperty() { return protocol; }
    /** One checkbox per {@code ai/*} flag this platform defines, in the spec's order. */
    public Map<String, BooleanProperty> aiFlags() { return aiFlags; }
    public ObservableList<AddrInfo> results() { return results; }
    public ObjectProperty<AddrInfo> selectedProperty() { return selected; }
    /** "3 results", or what an empty answer means. */
    public ReadOnlyStringProperty summaryProperty() { return summary; }

    public StringProperty niAddressProperty() { return niAddress; }
    public StringProperty niPortProperty() { return niPort; }
    /** Why the last name-information failed (its condition and errno meaning), or "". */
    public ReadOnlyStringProperty niProblemProperty() { return niProblem; }
    public Map<String, BooleanProperty> niFlags() { return niFlags; }
    /** {@code ("localhost" . "http")}, or the error in one line. */
    public ReadOnlyStringProperty niResultProperty() { return niResult; }

    /** The {@code address-information} form the fields make. */
    public String addressInformationForm() {
        StringBuilder f = new StringBuilder("(address-information ")
                .append(EggText.optionalString(node.get())).append(' ')
                .append(EggText.portOrService(service.get()));
        if (!ANY.equals(family.get())) {
            f.append(" family: ").append(family.get());
        }
        if (!"sock/stream".equals(type.get())) {
            f.append(" type: ").append(type.get());
        }
        if (!ANY.equals(protocol.get())) {
            f.append(" protocol: ").append(protocol.get());
        }
        List<String> on = on(aiFlags);
        if (!on.isEmpty()) {
            f.append(" flags: ").append(EggText.flags(on));
        }
        return f.append(')').toString();
    }

    /** Runs address-information; the results replace the table. */
    public CompletableFuture<List<AddrInfo>> resolve() {
        String n = node.get() == null || node.get().isBlank() ? null : node.get().strip();
        Object s = EggText.portOrServiceValue(service.get());
        Integer fam = number(family.get());
        Integer typ = number(type.get());
        Integer pro = number(protocol.get());
        int fl = bits(aiFlags);
        summary.set("resolving…");
        return runner.run(SimpleAction.of("address-information", addressInformationForm(),
                        () -> Resolver.addressInformation(n, s, fam, typ, pro, fl))
                        .printing(ResolverViewModel::printList))
                .whenComplete((list, e) -> {
                    results.setAll(list == null ? List.of() : list);
                    selected.set(results.isEmpty() ? null : results.get(0));
                    summary.set(e != null ? "failed: see the transcript"
                            : list.isEmpty() ? "() — no such name: the egg gives an empty list"
                            : list.size() + (list.size() == 1 ? " result" : " results") + ", in the resolver's order");
                });
    }

    /** The {@code name-information} form the fields make. */
    public String nameInformationForm() {
        List<String> on = on(niFlags);
        return "(name-information (inet-address " + EggText.optionalString(niAddress.get()) + " "
                + EggText.portOrService(niPort.get()) + ")" + (on.isEmpty() ? "" : " " + EggText.flags(on)) + ")";
    }

    /** Runs name-information; the pair (or the error) shows beside the form. */
    public CompletableFuture<NameInfo> lookUp() {
        String a = niAddress.get() == null || niAddress.get().isBlank() ? null : niAddress.get().strip();
        Object p = EggText.portOrServiceValue(niPort.get());
        int fl = bits(niFlags);
        niResult.set("looking up…");
        niProblem.set("");
        return runner.run(SimpleAction.of("name-information", nameInformationForm(),
                        () -> Resolver.nameInformation(SockAddr.inet(a, p), fl)))
                .whenComplete((ni, e) -> {
                    niResult.set(ni != null ? ni.toString() : "");
                    niProblem.set(ni != null ? "" : sockbench.ui.errors.ErrorExplainer.explain(unwrap(e)).oneLine());
                });
    }

    static String printList(List<AddrInfo> list) {
        if (list.isEmpty()) {
            return "()";
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : "\n ").append(list.get(i));
        }
        return b.append(')').toString();
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static Integer number(String symbol) {
        return symbol == null || ANY.equals(symbol) ? null : Constants.require(symbol);
    }

    private static List<String> on(Map<String, BooleanProperty> flags) {
        List<String> on = new ArrayList<>();
        flags.forEach((k, v) -> {
            if (v.get()) {
                on.add(k);
            }
        });
        return on;
    }

    private static int bits(Map<String, BooleanProperty> flags) {
        int b = 0;
        for (String s : on(flags)) {
            b |= Constants.require(s);
        }
        return b;
    }

    private static Map<String, BooleanProperty> flags(String prefix) {
        Map<String, BooleanProperty> m = new LinkedHashMap<>();
        for (String n : Constants.names()) {
            if (n.startsWith(prefix) && Constants.value(n).isPresent()) {
                m.put(n, new SimpleBooleanProperty(false));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> choices(String... symbols) {
        List<String> out = new ArrayList<>();
        out.add(ANY);
        for (String s : symbols) {
            if (Constants.value(s).isPresent()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
