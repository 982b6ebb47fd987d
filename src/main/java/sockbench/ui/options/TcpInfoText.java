package sockbench.ui.options;

import java.util.ArrayList;
import java.util.List;

/**
 * tcp_info's packed fields in words (linux/tcp.h): {@code tcpi_options} is a bit set of the options
 * the handshake agreed on, and {@code tcpi_wscale} packs {@code tcpi_snd_wscale : 4, tcpi_rcv_wscale : 4}
 * (the first bit field in the low nibble, as GCC lays them out on Linux).
 */
public final class TcpInfoText {
    /** TCPI_OPT_* bits and their names. */
    private static final int[] BITS = {1, 2, 4, 8, 16, 32};
    private static final String[] NAMES = {"TS", "SACK", "WSCALE", "ECN", "ECN_SEEN", "SYN_DATA"};

    private TcpInfoText() {}

    /** {@code 7} -> "TS SACK WSCALE"; 0 -> "none". */
    public static String options(long bits) {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < BITS.length; i++) {
            if ((bits & BITS[i]) != 0) {
                on.add(NAMES[i]);
            }
        }
        long rest = bits & ~63L;
        if (rest != 0) {
            on.add("0x" + Long.toHexString(rest));
        }
        return on.isEmpty() ? "none" : String.join(" ", on);
    }

    /** The sender's window scale (low nibble). */
    public static int sendWscale(long packed) {
        return (int) (packed & 0xf);
    }

    /** The receiver's window scale (high nibble). */
    public static int receiveWscale(long packed) {
        return (int) ((packed >> 4) & 0xf);
    }

    /** "snd 7 · rcv 7": windows are shifted left by these many bits. */
    public static String wscale(long packed) {
        return "snd " + sendWscale(packed) + " · rcv " + receiveWscale(packed);
    }
}
