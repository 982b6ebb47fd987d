package sockbench.script;

import sockbench.net.OptionCatalogue;
import sockbench.net.SocketOption;
import sockbench.net.SocketOptions;

/**
 * One settable accessor per entry of the engine's option catalogue ({@code (so-reuse-address? s)},
 * {@code (set! (so-reuse-address? s) #t)}), and the egg's low-level get/set-socket-option.
 */
final class OptionBindings {
    private OptionBindings() {}

    static void install(GlobalEnv g) {
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

    /** A socket object or an integer file descriptor, as the egg's accessors take. */
    private static Object target(Object x) {
        return x instanceof Long l ? (Object) l : SocketBindings.socket(x);
    }
}
