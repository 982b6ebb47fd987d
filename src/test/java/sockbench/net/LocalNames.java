package sockbench.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a reverse lookup stays on this machine. A name lookup of an address the hosts file does
 * not list goes to the name server when NSS is configured with dns — traffic off loopback, which
 * tests must not make. Tests of such lookups run only where the answer is local.
 */
final class LocalNames {
    private LocalNames() {}

    static boolean answeredLocally(String address) {
        return listedInHosts(address) || !usesDns();
    }

    private static boolean listedInHosts(String address) {
        for (String line : lines("/etc/hosts")) {
            String[] words = line.replaceAll("#.*", "").trim().split("\\s+");
            if (words.length > 1 && words[0].equals(address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesDns() {
        List<String> nss = lines("/etc/nsswitch.conf");
        if (nss.isEmpty()) {
            return true;
        }
        return nss.stream().anyMatch(l -> l.trim().startsWith("hosts:") && l.contains("dns"));
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
