package sockbench.net.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.Socket;

/**
 * The kernel's TCP socket table, which outlives our file descriptors: a socket we closed shows here in
 * FIN_WAIT1/2, TIME_WAIT or LAST_ACK until the kernel lets it go. Asked through netlink sock_diag
 * (sock_diag(7): an {@code af/netlink} engine socket, so the question shows in the trace, and needs
 * no privilege), or read from {@code /proc/net/tcp} and {@code tcp6} where netlink is refused.
 */
public final class TcpStates {
    /** The kernel's state numbers (include/net/tcp_states.h). */
    private static final String[] NAMES = {"?", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
        "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV"};
    private static final int NLMSG_DONE = 3;
    private static final int NLMSG_ERROR = 2;
    private static final int NLM_F_REQUEST = 1;
    private static final int NLM_F_DUMP = 0x300;

    /** One row: the two endpoints and the state. */
    public record Entry(Endpoint local, Endpoint remote, String state) {}

    private TcpStates() {}

    /**
     * RFC 9293's name for a kernel state: the kernel spells FIN_WAIT1, SYN_RECV and CLOSE its own way, and
     * NEW_SYN_RECV (a request socket, not yet a full one) is the RFC's SYN-RECEIVED too. Null for an unknown name.
     */
    public static TcpStateMachine.State rfc(String kernelName) {
        return switch (kernelName) {
            case "ESTABLISHED" -> TcpStateMachine.State.ESTABLISHED;
            case "SYN_SENT" -> TcpStateMachine.State.SYN_SENT;
            case "SYN_RECV", "NEW_SYN_RECV" -> TcpStateMachine.State.SYN_RECEIVED;
            case "FIN_WAIT1" -> TcpStateMachine.State.FIN_WAIT_1;
            case "FIN_WAIT2" -> TcpStateMachine.State.FIN_WAIT_2;
            case "TIME_WAIT" -> TcpStateMachine.State.TIME_WAIT;
            case "CLOSE" -> TcpStateMachine.State.CLOSED;
            case "CLOSE_WAIT" -> TcpStateMachine.State.CLOSE_WAIT;
            case "LAST_ACK" -> TcpStateMachine.State.LAST_ACK;
            case "LISTEN" -> TcpStateMachine.State.LISTEN;
            case "CLOSING" -> TcpStateMachine.State.CLOSING;
            default -> null;
        };
    }

    /** A state's name from its number. */
    public static String name(int state) {
        return state > 0 && state < NAMES.length ? NAMES[state] : Integer.toString(state);
    }

    /** Every TCP socket of the machine, IPv4 and IPv6. */
    public static List<Entry> all() {
        try {
            return diag();
        } catch (NetException e) {
            return proc();
        }
    }

    /** The state of the conversation between {@code local} and {@code remote}, or null when the kernel has none. */
    public static String of(Endpoint local, Endpoint remote) {
        for (Entry e : all()) {
            if (e.local().equals(local) && (remote == null || e.remote().equals(remote))) {
                return e.state();
            }
        }
        return null;
    }

    static List<Entry> diag() {
        List<Entry> out = new ArrayList<>();
        Socket s = Socket.create(Constants.require("af/netlink"), Constants.require("sock/dgram"),
                Constants.require("netlink/sock-diag"));
        try {
            for (int family : new int[] {Constants.require("af/inet"), Constants.require("af/inet6")}) {
                s.send(request(family));
                read(s, out);
            }
        } finally {
            s.closeQuietly();
        }
        return out;
    }

    /** nlmsghdr + inet_diag_req_v2 asking for every TCP socket of one family in every state. */
    private static byte[] request(int family) {
        ByteBuffer b = ByteBuffer.allocate(16 + 56).order(ByteOrder.nativeOrder());
        b.putInt(72).putShort((short) Constants.require("sock-diag/by-family")).putShort((short) (NLM_F_REQUEST | NLM_F_DUMP))
                .putInt(1).putInt(0);
        b.put((byte) family).put((byte) Packet.TCP).put((byte) 0).put((byte) 0).putInt(0xffffffff);
        return b.array(); // the socket id stays zero: no filter
    }

    private static void read(Socket s, List<Entry> out) {
        byte[] buf = new byte[32768];
        while (true) {
            int n = s.receive(buf);
            ByteBuffer b = ByteBuffer.wrap(buf, 0, n).order(ByteOrder.nativeOrder());
            int at = 0;
            while (at + 16 <= n) {
                int len = b.getInt(at);
                int type = b.getShort(at + 4) & 0xffff;
                if (type == NLMSG_DONE) {
                    return;
                }
                if (type == NLMSG_ERROR || len < 16) {
                    throw new NetException(List.of("exn", "i/o", "net"), "sock_diag: the kernel answered with an error");
                }
                int m = at + 16; // struct inet_diag_msg
                int family = buf[m] & 0xff;
                int state = buf[m + 1] & 0xff;
                int size = family == Constants.require("af/inet6") ? 16 : 4;
                int sport = ((buf[m + 4] & 0xff) << 8) | (buf[m + 5] & 0xff);
                int dport = ((buf[m + 6] & 0xff) << 8) | (buf[m + 7] & 0xff);
                byte[] src = java.util.Arrays.copyOfRange(buf, m + 8, m + 8 + size);
                byte[] dst = java.util.Arrays.copyOfRange(buf, m + 24, m + 24 + size);
                out.add(new Entry(new Endpoint(src, sport), new Endpoint(dst, dport), name(state)));
                at += (len + 3) & ~3;
            }
        }
    }

    /** /proc/net/tcp and tcp6: addresses in hex, each 32-bit word in host order; ports and state in hex. */
    public static List<Entry> proc() {
        List<Entry> out = new ArrayList<>();
        for (String file : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(file));
            } catch (IOException e) {
                continue;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 4) {
                    continue;
                }
                out.add(new Entry(procEndpoint(f[1]), procEndpoint(f[2]), name(Integer.parseInt(f[3], 16))));
            }
        }
        return out;
    }

    private static Endpoint procEndpoint(String text) {
        int colon = text.indexOf(':');
        byte[] words = HexFormat.of().parseHex(text.substring(0, colon));
        byte[] address = new byte[words.length];
        ByteBuffer in = ByteBuffer.wrap(words);
        ByteBuffer outBuf = ByteBuffer.wrap(address);
        while (in.hasRemaining()) {
            outBuf.order(ByteOrder.nativeOrder()).putInt(in.getInt()); // the text is the word's value
        }
        return new Endpoint(address, Integer.parseInt(text.substring(colon + 1), 16));
    }
}
