package sockbench.script;

import sockbench.net.OptionCatalogue;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;
import sockbench.net.StructCodec;

/**
 * One settable accessor per entry of the engine's option catalogue ({@code (so-reuse-address? s)},
 * {@code (set! (so-reuse-address? s) #t)}), and the egg's low-level get/set-socket-option.
 */
final class OptionBindings {
    private OptionBindings() {}

    static void install(GlobalEnv g) {
        installCodecs(g);
        for (SocketOption o : OptionCatalogue.all()) {
            g.defineSettable(o.accessor(), 1, 1,
                    a -> OptionValues.toScheme(SocketOptions.get(target(a[0]), o)),
                    a -> {
                        SocketOptions.set(target(a[0]), o, OptionValues.toEngine(o, a[1]));
                        return null;
                    });
        }
        g.defineProcedure("get-socket-option", 3, 4, a -> {
            Object len = Args.optional(a, 3, Boolean.FALSE);
            return SocketOptions.getSocketOption(target(a[0]), Args.intValue(a[1]), Args.intValue(a[2]),
                    Boolean.FALSE.equals(len) ? null : Args.intValue(len));
        });
        g.defineProcedure("set-socket-option", 4, 4, a -> {
            Object v = a[3] instanceof Blob b ? b.bytes() : a[3] instanceof MString s ? s.toBytes()
                    : a[3] instanceof Long l ? (Object) l : a[3];
            SocketOptions.setSocketOption(target(a[0]), Args.intValue(a[1]), Args.intValue(a[2]), v);
            return null;
        });
    }

    /**
     * The struct codecs, so the egg's linger example runs without C: {@code (struct-size 'so/linger)},
     * {@code (struct-encode 'so/linger '(#t 100))} gives the blob the kernel gets, and
     * {@code (struct-decode 'so/linger blob)} gives {@code (#t 100)} back.
     */
    static void installCodecs(GlobalEnv g) {
        g.defineProcedure("struct-size", 1, 1, a -> structOption(a[0]).codec().size());
        g.defineProcedure("struct-encode", 2, 2, a -> encode(structOption(a[0]), a[1]));
        g.defineProcedure("struct-decode", 2, 2, a -> OptionValues.toScheme(structOption(a[0]).codec().decode(Args.bytes(a[1]))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] encode(SocketOption o, Object value) {
        Object v = OptionValues.toEngine(o, value);
        if (v instanceof byte[] raw) {
            o.codec().decode(raw);
            return raw;
        }
        StructCodec codec = o.codec();
        if (!codec.canEncode() || !codec.valueType().isInstance(v)) {
            throw Errors.wrongType(codec.cName(), value);
        }
        return codec.encode(v);
    }

    private static SocketOption structOption(Object symbol) {
        String name = Args.symbol(symbol).toString();
        return OptionCatalogue.bySymbol(name).filter(o -> o.codec() != null)
                .orElseThrow(() -> Errors.wrongType("the symbol of a struct option (so/linger, so/rcvtimeo ...)", symbol));
    }

    /** A socket object or an integer file descriptor, as the egg's accessors take. */
    private static Object target(Object x) {
        return x instanceof Long l ? (Object) l : SocketBindings.socket(x);
    }
}
