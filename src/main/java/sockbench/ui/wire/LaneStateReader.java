package sockbench.ui.wire;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import sockbench.net.NetException;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;
import sockbench.net.TcpInfo;
import sockbench.net.wire.Endpoint;
import sockbench.net.wire.OurSockets;
import sockbench.net.wire.Packet;
import sockbench.net.wire.TcpStateMachine;
import sockbench.net.wire.TcpStates;
import sockbench.ui.async.Housekeeping;

/**
 * Reads each end's TCP state from the kernel, so the ladder's lanes show what the kernel says, not what
 * the segments suggest: {@code tcpi_state} of our socket at that end while its fd lives, else the
 * kernel's socket table (the peer's end, a connection not accepted yet, FIN_WAIT and TIME_WAIT after
 * close). Asked when a segment that changes states is captured (SYN, FIN, RST, or any segment while an
 * end is not ESTABLISHED) and once a second for the conversation shown; answered on its own thread, at
 * once, as housekeeping (the trace leaves these getsockopt calls out). Requests for one conversation
 * coalesce while one waits.
 */
final class LaneStateReader implements AutoCloseable {
    private static final sockbench.net.SocketOption TCP_INFO = OptionCatalogue.bySymbol("tcp/info").orElseThrow();
    /** How many distinct conversations may wait for a reading; beyond, requests are dropped (the next segment asks again). */
    private static final int MAX_WAITING = 64;

    /** One end's state as read, at the instant it was read; {@code source} says from where. */
    record Reading(long timeNanos, Endpoint local, Endpoint remote, TcpStateMachine.State state, String source) {}

    private record Ask(Endpoint a, Endpoint b) {}

    private final OurSockets ours;
    private final Consumer<Reading> out;
    private final LinkedBlockingQueue<Ask> asks = new LinkedBlockingQueue<>();
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    /** Conversations whose both ends were last read ESTABLISHED: a data segment there asks nothing (bulk costs no reads). */
    private final Map<String, Boolean> settled = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    LaneStateReader(OurSockets ours, Consumer<Reading> out) {
        this.ours = ours;
        this.out = out;
        thread = new Thread(this::run, "wire-states");
        thread.setDaemon(true);
        thread.start();
    }

    /** From the capture thread: asks for a reading when the segment may have changed a state. */
    void segment(sockbench.net.wire.Segment s) {
        if (!s.isTcp()) {
            return;
        }
        boolean changes = s.has(sockbench.net.wire.TcpFlags.SYN) || s.has(sockbench.net.wire.TcpFlags.FIN)
                || s.has(sockbench.net.wire.TcpFlags.RST);
        if (changes || !settled.containsKey(Conversation.key(s.source(), s.destination()))) {
            ask(s.source(), s.destination());
        }
    }

    /** Asks for both ends of a conversation. */
    void ask(Endpoint a, Endpoint b) {
        String key = Conversation.key(a, b);
        if (!closed && waiting.size() < MAX_WAITING && waiting.add(key)) {
            asks.add(new Ask(a, b));
        }
    }

    private void run() {
        try {
            while (!closed) {
                Ask ask = asks.take();
                waiting.remove(Conversation.key(ask.a(), ask.b()));
                read(ask);
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private void read(Ask ask) {
        List<TcpStates.Entry> table = null;
        long tableTime = 0;
        boolean bothEstablished = true;
        for (Endpoint[] end : new Endpoint[][] {{ask.a(), ask.b()}, {ask.b(), ask.a()}}) {
            Reading r = fromSocket(end[0], end[1]);
            if (r == null) {
                if (table == null) {
                    // stamped as the read begins: the table takes a millisecond to read, and what it says
                    // is at least that old, so the row goes before the segments captured meanwhile
                    tableTime = System.nanoTime();
                    table = tableNow();
                }
                r = fromTable(table, tableTime, end[0], end[1]);
            }
            if (r != null) {
                out.accept(r);
            }
            bothEstablished &= r != null && r.state() == TcpStateMachine.State.ESTABLISHED;
        }
        String key = Conversation.key(ask.a(), ask.b());
        if (bothEstablished) {
            settled.put(key, Boolean.TRUE);
        } else {
            settled.remove(key);
        }
    }

    /** {@code tcpi_state} of our socket at {@code local} talking to {@code remote}, or null when we have none. */
    private Reading fromSocket(Endpoint local, Endpoint remote) {
        Socket s = ours.connection(local, remote, Packet.TCP);
        if (s == null || s.isClosed()) {
            return null;
        }
        try {
            TcpInfo info = Housekeeping.call(() -> (TcpInfo) SocketOptions.get(s, TCP_INFO));
            TcpStateMachine.State st = TcpStates.rfc(info.stateName());
            return st == null ? null : new Reading(System.nanoTime(), local, remote, st, "tcp_info");
        } catch (NetException e) {
            return null; // closed meanwhile: the table answers
        } catch (Exception e) {
            return null;
        }
    }

    private static List<TcpStates.Entry> tableNow() {
        try {
            // /proc/net/tcp, not sock_diag: a netlink socket per reading would crowd the sockets view and the trace
            return Housekeeping.call(TcpStates::proc);
        } catch (Exception e) {
            return List.of();
        }
    }

    private static Reading fromTable(List<TcpStates.Entry> table, long now, Endpoint local, Endpoint remote) {
        for (TcpStates.Entry e : table) {
            if (e.local().equals(local) && e.remote().equals(remote)) {
                TcpStateMachine.State st = TcpStates.rfc(e.state());
                return st == null ? null : new Reading(now, local, remote, st, "kernel table");
            }
        }
        return null; // no socket: never opened yet, or gone; the lane keeps what it last read
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
