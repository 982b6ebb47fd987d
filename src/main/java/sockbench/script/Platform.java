package sockbench.script;

import java.nio.ByteOrder;
import java.util.Locale;

/**
 * (chicken platform)'s machine and software names for the host the console runs on, as CHICKEN
 * names them (library.scm's software-type, software-version, machine-type, machine-byte-order).
 */
final class Platform {
    private Platform() {}

    static String softwareType() {
        return os().startsWith("windows") ? "windows" : "unix";
    }

    static String softwareVersion() {
        String os = os();
        if (os.startsWith("linux")) {
            return "linux";
        }
        if (os.startsWith("mac")) {
            return "macosx";
        }
        for (String bsd : new String[] {"freebsd", "netbsd", "openbsd", "dragonfly"}) {
            if (os.startsWith(bsd)) {
                return bsd;
            }
        }
        return os.startsWith("sunos") || os.startsWith("solaris") ? "solaris" : "unknown";
    }

    static String machineType() {
        return switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86-64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            case "aarch64", "arm64" -> "arm64";
            case "arm" -> "arm";
            case "ppc64", "ppc64le" -> "ppc64";
            case "ppc" -> "ppc";
            case "mips", "mipsel", "mips64", "mips64el" -> "mips";
            default -> "unknown";
        };
    }

    static String byteOrder() {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little-endian" : "big-endian";
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }
}
