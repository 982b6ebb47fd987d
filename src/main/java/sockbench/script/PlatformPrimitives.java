package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * (chicken platform) as library.scm defines it: the feature list ({@code features}, {@code feature?},
 * {@code register-feature!}, {@code unregister-feature!}, what {@code cond-expand} reads), the
 * version, the machine and software names, and the XDG configuration and cache directories.
 * This console is no build of CHICKEN: {@code build-platform} is {@code unknown}, and the
 * installation's places (chicken-home, the egg repository) are not provided.
 */
final class PlatformPrimitives {
    /** The CHICKEN release whose behaviour the console follows. */
    static final String VERSION = "5.3.0";

    private PlatformPrimitives() {}

    static void install(GlobalEnv g) {
        Features features = Features.of(g.root());
        g.defineProcedure("features", 0, 0, a -> Lists.fromJava(new ArrayList<>(features.all())));
        g.defineProcedure("feature?", 0, Primitive.MANY, a -> {
            for (Object id : a) {
                if (!features.has(Features.id(id))) {
                    return false;
                }
            }
            return true;
        });
        g.defineProcedure("register-feature!", 0, Primitive.MANY, a -> {
            for (Object id : a) {
                features.register(Features.id(id));
            }
            return null;
        });
        g.defineProcedure("unregister-feature!", 0, Primitive.MANY, a -> {
            List<Keyword> ids = new ArrayList<>();
            for (Object id : a) {
                ids.add(Features.id(id)); // every id is checked before any is removed, as (map ->feature-id fs)
            }
            ids.forEach(features::unregister);
            return null;
        });
        g.defineProcedure("build-platform", 0, 0, a -> Symbol.of("unknown"));
        g.defineProcedure("software-type", 0, 0, a -> Symbol.of(Platform.softwareType()));
        g.defineProcedure("software-version", 0, 0, a -> Symbol.of(Platform.softwareVersion()));
        g.defineProcedure("machine-type", 0, 0, a -> Symbol.of(Platform.machineType()));
        g.defineProcedure("machine-byte-order", 0, 0, a -> Symbol.of(Platform.byteOrder()));
        // (chicken-version [full]): "5.3.0", or the full text: version line, then the configuration
        g.defineProcedure("chicken-version", 0, 1, a -> {
            if (!Interop.isTrue(Args.optional(a, 0, false))) {
                return MString.of(VERSION);
            }
            StringBuilder config = new StringBuilder();
            for (String part : List.of(Platform.softwareVersion(), Platform.softwareType())) {
                if (!part.equals("unknown")) {
                    config.append(part).append('-');
                }
            }
            config.append(Platform.machineType());
            return MString.of("Version " + VERSION + " (sockbench console)\n" + config + " [ 64bit ]");
        });
        // XDG: $XDG_CONFIG_HOME, else $HOME/.config; $XDG_CACHE_HOME, else $HOME/.cache (#f without HOME)
        g.defineProcedure("system-config-directory", 0, 0, a -> xdg(g, "XDG_CONFIG_HOME", "/.config"));
        g.defineProcedure("system-cache-directory", 0, 0, a -> xdg(g, "XDG_CACHE_HOME", "/.cache"));
    }

    private static Object xdg(GlobalEnv g, String variable, String underHome) {
        Procedure getenv = (Procedure) g.lookup("get-environment-variable");
        Object set = Values.single(getenv.apply(MString.of(variable)));
        if (set != Boolean.FALSE) {
            return set;
        }
        Object home = Values.single(getenv.apply(MString.of("HOME")));
        return home == Boolean.FALSE ? Boolean.FALSE : MString.fromJava(((MString) home).toJavaString() + underHome);
    }
}
