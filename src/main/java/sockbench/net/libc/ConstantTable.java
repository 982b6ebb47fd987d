package sockbench.net.libc;

import com.sun.jna.Platform;
import java.util.Map;

/**
 * One platform's numbers: the egg's constants (by their Scheme names, {@code so/reuseaddr}), errno
 * symbols, and the few private numbers the engine itself needs. A name the platform lacks is simply
 * absent: no number is ever guessed.
 */
public interface ConstantTable {

    /** Egg constants by Scheme name, in the order of the spec's lists. */
    Map<String, Integer> constants();

    /** Errno symbols ({@code ECONNREFUSED}) by number. */
    Map<Integer, String> errnoNames();

    /** {@code EAI_*} names by the code getaddrinfo returns. */
    Map<Integer, String> gaiNames();

    /** Private numbers the engine needs (O_NONBLOCK, POLLIN, SIOCINQ ...), by C name. */
    Map<String, Long> internals();

    /** The platform's name, for messages. */
    String name();

    /** The table of the platform this JVM runs on, chosen once. */
    static ConstantTable current() {
        return Holder.TABLE;
    }

    final class Holder {
        static final ConstantTable TABLE = choose();

        private Holder() {}

        private static ConstantTable choose() {
            if (Platform.isLinux()) {
                return new LinuxTable();
            }
            throw new UnsupportedOperationException(
                    "sockbench: " + System.getProperty("os.name") + " is not supported yet (Linux is)");
        }
    }
}
