package sockbench.net.wire;

/** The TCP header's flag bits (RFC 9293 §3.1, RFC 3168 for ECE and CWR) and their ladder text. */
public final class TcpFlags {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;

    /** The order tcpdump and the ladder write them in: the segment's purpose first, then ACK. */
    private static final int[] BITS = {SYN, FIN, RST, PSH, URG, ACK, ECE, CWR};
    private static final String[] NAMES = {"SYN", "FIN", "RST", "PSH", "URG", "ACK", "ECE", "CWR"};

    private TcpFlags() {}

    /** {@code SYN|ACK}, {@code PSH|ACK}; "none" for a segment with no flags. */
    public static String text(int flags) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                b.append(b.length() > 0 ? "|" : "").append(NAMES[i]);
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
