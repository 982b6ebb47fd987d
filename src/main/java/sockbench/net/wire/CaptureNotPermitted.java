package sockbench.net.wire;

import java.util.List;
import sockbench.net.NetException;

/**
 * The kernel refused the capture's {@code af/packet} socket: this java lacks CAP_NET_RAW. The message
 * says so plainly, with the one command that grants it; nothing else in Sockbench needs the privilege.
 */
public final class CaptureNotPermitted extends NetException {
    private static final long serialVersionUID = 1L;
    /** The command that grants the capability to the java binary that runs Sockbench. */
    public static final String GRANT = "sudo setcap cap_net_raw+ep \"$(readlink -f \"$(which java)\")\"";

    public CaptureNotPermitted(String errnoSymbol, int errno) {
        super(List.of("exn", "i/o", "net"), message(errnoSymbol), "socket", errno, errnoSymbol, "wire-capture-start");
    }

    public CaptureNotPermitted(NetException cause) {
        this(cause.errnoSymbol(), cause.errno());
        initCause(cause);
    }

    private static String message(String errnoSymbol) {
        return "wire capture: the kernel refused the af/packet socket (" + errnoSymbol + "): capturing needs the"
                + " CAP_NET_RAW capability, which this java process does not have. Grant it once with\n  " + GRANT
                + "\nor run Sockbench with sudo. Every other view works without it.";
    }
}
