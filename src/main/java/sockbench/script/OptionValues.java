package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sockbench.net.Linger;
import sockbench.net.MulticastRequest;
import sockbench.net.SocketOption;
import sockbench.net.TcpInfo;
import sockbench.net.Timeval;

/**
 * Option values between the console and the engine: struct options are lists, as the egg's linger
 * example decodes them — {@code (#t 100)}, timeval {@code (seconds microseconds)}, a membership
 * request {@code ("239.1.2.3" "127.0.0.1" 0)}, tcp_info an alist {@code ((tcpi_state . 1) ...)}.
 * A blob is passed to a struct option as its raw bytes.
 */
final class OptionValues {
    private OptionValues() {}

    static Object toScheme(Object value) {
        if (value instanceof Linger l) {
            return Lists.of(l.on(), (long) l.seconds());
        } else if (value instanceof Timeval t) {
            return Lists.of(t.seconds(), t.microseconds());
        } else if (value instanceof MulticastRequest m) {
            return Lists.of(MString.fromJava(m.group()), MString.fromJava(m.interfaceAddress()), (long) m.interfaceIndex());
        } else if (value instanceof TcpInfo info) {
            List<Object> alist = new ArrayList<>();
            for (Map.Entry<String, Long> f : info.fields().entrySet()) {
                alist.add(new Pair(Symbol.of(f.getKey()), f.getValue()));
            }
            return Lists.fromJava(alist);
        }
        return Interop.toScheme(value);
    }

    static Object toEngine(SocketOption option, Object value) {
        if (value instanceof Blob b) {
            return b.bytes().clone();
        }
        if (value instanceof MString s) {
            return s.toJavaString();
        }
        if (option.codec() == null || !(value instanceof Pair || value == Empty.LIST)) {
            return value;
        }
        List<Object> items = Lists.toJava(value);
        Class<?> type = option.codec().valueType();
        try {
            if (type == Linger.class && items.size() == 2) {
                return new Linger(Interop.isTrue(items.get(0)), Args.intValue(items.get(1)));
            } else if (type == Timeval.class && items.size() == 2) {
                return new Timeval(Args.integer(items.get(0)), Args.integer(items.get(1)));
            } else if (type == MulticastRequest.class && items.size() >= 1 && items.size() <= 3) {
                String group = Args.string(items.get(0)).toJavaString();
                String local = items.size() > 1 ? Args.string(items.get(1)).toJavaString() : "0.0.0.0";
                int index = items.size() > 2 ? Args.intValue(items.get(2)) : 0;
                return new MulticastRequest(group, local, index);
            }
        } catch (SchemeError e) {
            throw e;
        }
        throw Errors.wrongType(option.codec().cName() + " as a list " + shape(type), value);
    }

    private static String shape(Class<?> type) {
        if (type == Linger.class) {
            return "(on? seconds)";
        } else if (type == Timeval.class) {
            return "(seconds microseconds)";
        }
        return "(group [interface-address [interface-index]])";
    }
}
