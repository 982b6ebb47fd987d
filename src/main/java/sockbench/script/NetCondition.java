package sockbench.script;

import java.util.List;
import sockbench.net.NetException;

/**
 * An engine failure as a CHICKEN condition: kinds {@code (exn i/o net transient)}, properties
 * {@code exn message} (the procedure's name is the location), {@code net errno}, {@code net errno-symbol} and
 * {@code net syscall}.
 */
final class NetCondition implements ConditionLike {
    private final NetException e;

    NetCondition(NetException e) {
        this.e = e;
    }

    static void register() {
        Conditions.register(NetException.class, NetCondition::new);
    }

    @Override
    public List<String> kinds() {
        return e.kinds();
    }

    @Override
    public Object property(String kind, String name) {
        switch (kind + " " + name) {
            case "exn message":
                return MString.fromJava(e.getMessage());
            case "exn arguments":
                return Empty.LIST;
            case "exn location":
                return e.location() != null ? Symbol.of(e.location()) : null;
            case "net errno":
                return e.errnoSymbol() != null ? (Object) (long) e.errno() : Boolean.FALSE;
            case "net errno-symbol":
                return e.errnoSymbol() != null ? Symbol.of(e.errnoSymbol()) : Boolean.FALSE;
            case "net syscall":
                return e.syscall() != null ? Symbol.of(e.syscall()) : Boolean.FALSE;
            default:
                return null;
        }
    }

    @Override
    public String toString() {
        return "#<condition " + kinds() + ">";
    }
}
