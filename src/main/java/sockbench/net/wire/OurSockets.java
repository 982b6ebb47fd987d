package sockbench.net.wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SocketEvents;
import sockbench.net.SocketState;

/**
 * The port filter: which TCP and UDP ports belong to this process's sockets, those it has and the
 * connections it closed while the capture ran (their last segments and TIME_WAIT count too, by their
 * four-tuple: the port itself is free again for other programs). It learns them from
 * {@link SocketEvents}: when a socket binds, listens, connects or is accepted, its names are read at once
 * (getsockname/getpeername, in the trace like any call), so a socket closed a moment later is still known.
 * A socket that got its port without telling (a datagram socket's first send-to binds it) is asked when a
 * segment nobody claims arrives.
 *
 * <p>The capture thread asks for each frame: that is a lookup by protocol and port in an index kept
 * beside the sockets (changed only when a socket does), never a walk over all of them, so a long lesson's
 * thousands of closed connections cost a frame nothing.
 */
public final class OurSockets implements AutoCloseable {
    private static final int MAX_CLOSED = 4096;
    private static final int STREAM = Constants.require("sock/stream");
    private static final int DGRAM = Constants.require("sock/dgram");
    private static final int AF_INET = Constants.require("af/inet");
    private static final int AF_INET6 = Constants.require("af/inet6");

    /** What is known of one socket: its protocol and, once known, its local port and peer. */
    private record Ends(Socket socket, int protocol, int localPort, Endpoint peer) {}

    private final Map<Socket, Ends> live = new ConcurrentHashMap<>();
    private final Deque<Ends> closed = new ArrayDeque<>();
    /** live and closed by {@link #key} of their local port (known ones only); each list immutable. */
    private final Map<Integer, List<Ends>> liveByPort = new ConcurrentHashMap<>();
    private final Map<Integer, List<Ends>> closedByPort = new ConcurrentHashMap<>();
    private final AutoCloseable subscription;

    public OurSockets() {
        subscription = SocketEvents.listen(this::heard);
    }

    /** Adds a socket made before the capture began (the workbench's open sockets). */
    public void add(Socket s) {
        if (protocolOf(s) != 0 && !s.isClosed()) {
            setLive(s, resolve(s, protocolOf(s)));
        }
    }

    private static int key(int protocol, int port) {
        return protocol << 16 | port;
    }

    /** Puts (or with null removes) what is known of a live socket, in the index too; the old entry. */
    private synchronized Ends setLive(Socket s, Ends now) {
        Ends old = now == null ? live.remove(s) : live.put(s, now);
        unindex(liveByPort, old);
        index(liveByPort, now);
        return old;
    }

    private static void index(Map<Integer, List<Ends>> byPort, Ends e) {
        if (e != null && e.localPort() != 0) {
            byPort.merge(key(e.protocol(), e.localPort()), List.of(e), (had, one) -> {
                List<Ends> more = new ArrayList<>(had);
                more.add(e);
                return List.copyOf(more);
            });
        }
    }

    private static void unindex(Map<Integer, List<Ends>> byPort, Ends e) {
        if (e != null && e.localPort() != 0) {
            byPort.computeIfPresent(key(e.protocol(), e.localPort()), (k, had) -> {
                List<Ends> rest = had.stream().filter(x -> x != e).toList();
                return rest.isEmpty() ? null : rest;
            });
        }
    }

    private void heard(SocketEvents.Event e) {
        Socket s = e.socket();
        int protocol = protocolOf(s);
        if (protocol == 0) {
            return; // not TCP or UDP over IP: the capture's own af/packet socket, unix sockets
        }
        switch (e.kind()) {
            case CREATED -> setLive(s, s.state() == SocketState.CONNECTED ? resolve(s, protocol) : new Ends(s, protocol, 0, null));
            case CHANGED -> {
                if (s.state() != SocketState.CONNECTING && s.state() != SocketState.CLOSED) {
                    Ends known = resolve(s, protocol);
                    synchronized (this) {
                        Ends old = live.get(s);
                        setLive(s, old == null || known.localPort() != 0 ? known : old);
                    }
                }
            }
            case CLOSED -> closed(s);
        }
    }

    private synchronized void closed(Socket s) {
        Ends gone = setLive(s, null);
        // only a connection outlives its socket (FIN_WAIT, TIME_WAIT): a closed listener's or datagram
        // socket's port is free for anyone, and what uses it next is not ours
        if (gone != null && gone.localPort() != 0 && gone.peer() != null) {
            closed.addLast(gone);
            index(closedByPort, gone);
            if (closed.size() > MAX_CLOSED) {
                unindex(closedByPort, closed.removeFirst());
            }
        }
    }

    /** Whether the packet's ports belong to one of our sockets (asking unresolved sockets when none claims it). */
    public boolean claims(Packet p) {
        return matches(p) || (resolveUnknown(p.protocol()) && matches(p));
    }

    /** Asks the sockets whose port is not known yet; true when one has one now. */
    private boolean resolveUnknown(int protocol) {
        boolean learned = false;
        for (Ends e : live.values()) {
            if (e.localPort() == 0 && e.protocol() == protocol && !e.socket().isClosed()) {
                Ends now = resolve(e.socket(), e.protocol());
                if (now.localPort() != 0) {
                    synchronized (this) {
                        if (live.get(e.socket()) == e) {
                            setLive(e.socket(), now);
                        }
                    }
                    learned = true;
                }
            }
        }
        return learned;
    }

    /**
     * Which of our sockets sent the packet: the one with its source port and (if connected) its
     * destination; else null (the peer). A connect's SYN leaves before connect returns, so a socket
     * still unknown is asked first.
     */
    public Socket senderOf(Packet p) {
        Socket s = sender(p);
        return s != null || !resolveUnknown(p.protocol()) ? s : sender(p);
    }

    private Socket sender(Packet p) {
        int from = key(p.protocol(), p.source().port());
        List<Ends> atPort = liveByPort.getOrDefault(from, List.of());
        for (Ends e : atPort) {
            if (p.destination().equals(e.peer())) {
                return e.socket();
            }
        }
        for (Ends e : closedByPort.getOrDefault(from, List.of())) {
            if (p.destination().equals(e.peer())) {
                return e.socket();
            }
        }
        for (Ends e : atPort) {
            if (e.peer() == null) {
                return e.socket(); // a listener or datagram socket: it sent to whoever
            }
        }
        return null;
    }

    /** The local port of one of our sockets, 0 when not known (yet). */
    public int localPort(Socket s) {
        for (Ends e : all()) {
            if (e.socket() == s) {
                return e.localPort();
            }
        }
        return 0;
    }

    /** Our live socket whose local port is the endpoint's, or null (the peer's end, or closed). */
    public Socket owner(Endpoint local, int protocol) {
        for (Ends e : live.values()) {
            if (e.protocol() == protocol && e.localPort() == local.port() && (e.peer() != null || protocol == Packet.UDP)) {
                return e.socket();
            }
        }
        return null;
    }

    /**
     * Our live connected socket at {@code local} whose peer is {@code remote}, or null: the one end of one
     * connection (a listener's accepted sockets all share its port).
     */
    public Socket connection(Endpoint local, Endpoint remote, int protocol) {
        Socket connecting = null;
        for (Ends e : live.values()) {
            if (e.protocol() == protocol && e.localPort() == local.port()) {
                if (remote.equals(e.peer())) {
                    return e.socket();
                }
                // a connect under way: its peer is learnt when it returns, its SYN is on the wire already
                if (e.peer() == null && e.socket().state() == SocketState.CONNECTING) {
                    connecting = e.socket();
                }
            }
        }
        return connecting;
    }

    private boolean matches(Packet p) {
        int from = key(p.protocol(), p.source().port());
        int to = key(p.protocol(), p.destination().port());
        if (liveByPort.containsKey(from) || liveByPort.containsKey(to)) {
            return true;
        }
        // a closed connection: its own four-tuple only
        for (Ends e : closedByPort.getOrDefault(from, List.of())) {
            if (p.destination().equals(e.peer())) {
                return true;
            }
        }
        for (Ends e : closedByPort.getOrDefault(to, List.of())) {
            if (p.source().equals(e.peer())) {
                return true;
            }
        }
        return false;
    }

    private synchronized List<Ends> all() {
        List<Ends> out = new ArrayList<>(live.values());
        out.addAll(closed);
        return out;
    }

    private static Ends resolve(Socket s, int protocol) {
        try {
            SockAddr local = s.name();
            SockAddr peer = s.peerName();
            Endpoint p = peer == null || !peer.isInet() ? null : Endpoint.of(peer);
            return new Ends(s, protocol, local == null ? 0 : local.port(), p);
        } catch (NetException e) {
            return new Ends(s, protocol, 0, null); // closed meanwhile: nothing more to learn
        }
    }

    private static int protocolOf(Socket s) {
        if (s.family() != AF_INET && s.family() != AF_INET6) {
            return 0;
        }
        return s.type() == STREAM ? Packet.TCP : s.type() == DGRAM ? Packet.UDP : 0;
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop listening to socket events", e);
        }
    }
}
