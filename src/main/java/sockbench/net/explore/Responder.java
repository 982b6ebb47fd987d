package sockbench.net.explore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import sockbench.net.Constants;
import sockbench.net.Errors;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SocketState;

/**
 * A socket that answers by itself. On a listening stream socket it accepts every client and serves
 * each on a thread of its own; on a connected stream socket it serves that one peer; on a datagram
 * socket it answers each datagram to its source. Each received block (one receive call) gets the
 * {@link Reply}'s answer, sent whole. With {@code closeAfter} N > 0, a client is closed (a datagram
 * source no longer answered) once its Nth block has been answered.
 *
 * <p>The responder owns the sockets it accepted and closes them when it stops; the socket it was
 * started on stays the caller's (a connected one is closed only by close-after). The client list is
 * bounded: past {@link #MAX_CLIENTS}, the oldest ended clients are dropped and new datagram sources are
 * counted together as "other sources"; the totals always count everything.
 */
public final class Responder extends Job {
    /** One receive's size when none is given: the largest UDP datagram fits. */
    public static final int DEFAULT_BUFFER = 65536;
    /** How many clients the list keeps. */
    public static final int MAX_CLIENTS = 256;
    private static final int STREAM = Constants.require("sock/stream");

    private final Socket socket;
    private final Reply reply;
    private final int closeAfter;
    private final int bufferSize;
    private final List<ClientCounters> clients = new CopyOnWriteArrayList<>();
    private final Map<SockAddr, ClientCounters> sources = new ConcurrentHashMap<>();
    private final ClientCounters others = new ClientCounters("other sources");
    private final AtomicLong blocksIn = new AtomicLong();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();

    private Responder(Socket socket, Reply reply, int closeAfter, int bufferSize) {
        super("responder " + socket);
        this.socket = socket;
        this.reply = reply;
        this.closeAfter = closeAfter;
        this.bufferSize = bufferSize;
    }

    /**
     * Starts answering on {@code socket}. Checks everything before any thread starts: a closed or
     * unsuitable socket, a negative close-after, a buffer shorter than a rule's pattern.
     */
    public static Responder start(Socket socket, Reply reply, int closeAfter, int bufferSize) {
        String p = "responder-start";
        if (socket.isClosed()) {
            throw Errors.closed(p);
        }
        if (closeAfter < 0) {
            throw Errors.badArgument(p, "close-after must be 0 (never) or more, not " + closeAfter);
        }
        if (bufferSize <= 0 || bufferSize > DEFAULT_BUFFER) {
            throw Errors.badArgument(p, "buffer size must be 1 to " + DEFAULT_BUFFER + ", not " + bufferSize);
        }
        if (reply.longestPattern() > bufferSize) {
            throw Errors.badArgument(p, "a pattern of " + reply.longestPattern() + " bytes is longer than the "
                    + bufferSize + "-byte receive buffer: it could never match one receive");
        }
        if (socket.type() == STREAM && socket.state() != SocketState.LISTENING && socket.state() != SocketState.CONNECTED) {
            throw Errors.badArgument(p, "a stream socket must be listening or connected, not " + socket.stateText());
        }
        Responder r = new Responder(socket, reply, closeAfter, bufferSize);
        r.start();
        return r;
    }

    public Socket socket() { return socket; }
    public Reply reply() { return reply; }
    public int closeAfter() { return closeAfter; }

    /** The clients, oldest first (a snapshot; each one's counters are live). */
    public List<ClientCounters> clients() {
        List<ClientCounters> list = new java.util.ArrayList<>(clients);
        if (others.blocksIn() > 0) {
            list.add(others);
        }
        return list;
    }

    public long blocksIn() { return blocksIn.get(); }
    public long bytesIn() { return bytesIn.get(); }
    public long replies() { return replies.get(); }
    public long bytesOut() { return bytesOut.get(); }
    /** Connections accepted (stream) since the start. */
    public long acceptedCount() { return accepted.get(); }

    @Override
    protected void run() {
        if (socket.type() != STREAM) {
            serveDatagrams();
        } else if (socket.state() == SocketState.LISTENING) {
            acceptLoop();
        } else {
            serveStream(socket, listed(new ClientCounters(peerText(socket))), false);
        }
    }

    private void acceptLoop() {
        while (true) {
            Socket client = socket.accept();
            accepted.incrementAndGet();
            ClientCounters c = listed(new ClientCounters(peerText(client)));
            spawn("responder client " + c.peer(), () -> serveStream(client, c, true), () -> {
                c.end("stopped");
                client.closeQuietly();
            }).start();
        }
    }

    private void serveStream(Socket s, ClientCounters c, boolean owned) {
        byte[] buf = new byte[bufferSize];
        String reason = "stopped";
        try {
            while (true) {
                int n = s.receive(buf, 0, buf.length, 0);
                if (n == 0) {
                    reason = "peer closed";
                    return;
                }
                count(c, n);
                byte[] answer = reply.answer(buf, n);
                if (answer != null) {
                    s.sendAll(answer, 0, null, 0);
                    replied(c, answer.length);
                }
                if (closeAfter > 0 && c.blocksIn() >= closeAfter) {
                    reason = "closed after " + closeAfter;
                    s.closeQuietly();
                    return;
                }
            }
        } catch (NetException e) {
            reason = isStopped() ? "stopped" : e.getMessage();
            if (!isStopped() && owned) {
                return; // one client's reset is that client's end, not the responder's failure
            }
            throw e;
        } finally {
            c.end(reason);
            if (owned) {
                s.closeQuietly();
            }
        }
    }

    private void serveDatagrams() {
        byte[] buf = new byte[bufferSize];
        boolean connected = socket.peerName() != null;
        while (true) {
            Socket.Received r = socket.receiveFrom(buf, 0, buf.length, 0);
            int n = Math.min(r.count(), buf.length);
            ClientCounters c = source(r.source());
            count(c, n);
            if (!c.isOpen()) {
                continue; // closed after N: this source is no longer answered
            }
            byte[] answer = reply.answer(buf, n);
            if (answer != null && (r.source() != null || connected)) {
                try {
                    if (connected) {
                        socket.send(answer, 0, null, 0);
                    } else {
                        socket.sendTo(answer, r.source(), 0, null, 0);
                    }
                    replied(c, answer.length);
                } catch (NetException e) {
                    if (!e.is("transient") && !"ECONNREFUSED".equals(e.errnoSymbol())) {
                        throw e;
                    } // a source that went away (ICMP refused) must not end the responder
                }
            }
            if (closeAfter > 0 && c != others && c.blocksIn() >= closeAfter) {
                c.end("closed after " + closeAfter);
            }
        }
    }

    private ClientCounters source(SockAddr from) {
        if (from == null) {
            return others;
        }
        ClientCounters c = sources.get(from);
        if (c == null) {
            if (sources.size() >= MAX_CLIENTS) {
                return others;
            }
            c = listed(new ClientCounters(from.toEggString()));
            sources.put(from, c);
        }
        return c;
    }

    private ClientCounters listed(ClientCounters c) {
        if (clients.size() >= MAX_CLIENTS) {
            clients.stream().filter(x -> !x.isOpen()).findFirst().ifPresent(clients::remove);
        }
        clients.add(c);
        return c;
    }

    private void count(ClientCounters c, int n) {
        c.received(n);
        blocksIn.incrementAndGet();
        bytesIn.addAndGet(n);
    }

    private void replied(ClientCounters c, int n) {
        c.replied(n);
        replies.incrementAndGet();
        bytesOut.addAndGet(n);
    }

    private static String peerText(Socket s) {
        try {
            SockAddr p = s.peerName();
            return p == null || p.toEggString().isEmpty() ? "fd " + s.fileno() : p.toEggString();
        } catch (NetException e) {
            return "fd " + s.fileno();
        }
    }

    @Override
    public String toString() {
        return "#<responder " + reply.kind() + " on fd " + socket.fileno() + (isRunning() ? "" : " stopped")
                + " in " + blocksIn() + " replies " + replies() + ">";
    }
}
