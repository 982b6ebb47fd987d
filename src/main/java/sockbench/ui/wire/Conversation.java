package sockbench.ui.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sockbench.net.wire.Endpoint;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpStateMachine;

/**
 * One conversation as the ladder draws it: the left lane is the end that spoke first (the SYN's
 * sender), and the last {@link #MAX_ITEMS} rows in time order. Each end's state is what the kernel last
 * said ({@link LaneStateReader}); RFC 9293's machine follows the segments beside it, to name the event
 * of each step and to show, dashed, a state the kernel passed through faster than it could be read
 * (a loopback SYN_SENT lasts microseconds). Owned by the ui thread.
 */
final class Conversation {
    static final int MAX_ITEMS = 600;
    /**
     * Rows that may wait for the horizon: the calls of a block's time under bulk (tens of thousands a
     * second for up to a block timeout) and their segments, with room to spare.
     */
    static final int MAX_WAITING = 32 * MAX_ITEMS;
    final Endpoint left;
    final Endpoint right;
    final boolean tcp;
    final TcpStateMachine leftState = new TcpStateMachine();
    final TcpStateMachine rightState = new TcpStateMachine();
    TcpStateMachine.Transition lastTransition;
    boolean lastOnLeft;
    /** What the kernel last said of each end, null before the first reading. */
    TcpStateMachine.State leftRead;
    TcpStateMachine.State rightRead;
    private List<LadderItem> items = new ArrayList<>();
    private final List<LadderItem> incoming = new ArrayList<>();
    private long dropped;

    private final String key;

    /** The keys already written, by their ends in the order asked: under bulk every segment asks. */
    private static final Map<Ends, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_KEYS = 1024;

    private record Ends(Endpoint a, Endpoint b) {}

    Conversation(Segment first) {
        this.left = first.source();
        this.right = first.destination();
        this.tcp = first.isTcp();
        this.key = key(left, right);
    }

    /** {@code 127.0.0.1:40000 ⇄ 127.0.0.1:5000}, the same for both directions; the ends' texts in order. */
    static String key(Endpoint a, Endpoint b) {
        Ends ends = new Ends(a, b);
        String known = KEYS.get(ends);
        if (known != null) {
            return known;
        }
        String x = a.toString();
        String y = b.toString();
        String k = x.compareTo(y) <= 0 ? x + " ⇄ " + y : y + " ⇄ " + x;
        if (KEYS.size() >= MAX_KEYS) {
            KEYS.clear(); // bounded: a long session's ports come and go
        }
        KEYS.put(ends, k);
        return k;
    }

    String key() {
        return key;
    }

    boolean hasPort(int port) {
        return left.port() == port || right.port() == port;
    }

    /** The lane of a local port: true for the left, false for the right. */
    boolean isLeft(int port) {
        return left.port() == port;
    }

    /** Adds the segment's arrow and the state changes it caused. */
    void add(Segment s) {
        boolean rightward = s.source().equals(left);
        insert(new LadderItem.Arrow(s, rightward));
        if (tcp) {
            TcpStateMachine sender = rightward ? leftState : rightState;
            TcpStateMachine receiver = rightward ? rightState : leftState;
            TcpStateMachine.Transition ts = sender.sent(s);
            if (ts != null) {
                note(s.timeNanos(), rightward, ts);
            }
            TcpStateMachine.Transition tr = receiver.received(s);
            if (tr != null) {
                note(s.timeNanos(), !rightward, tr);
            }
        }
    }

    private void note(long time, boolean onLeft, TcpStateMachine.Transition t) {
        insert(new LadderItem.StateChange(time, onLeft, t, null));
        lastTransition = t;
        lastOnLeft = onLeft;
    }

    /** Whether the reading is of one of this conversation's ends, talking to the other. */
    boolean owns(LaneStateReader.Reading r) {
        return (r.local().equals(left) && r.remote().equals(right)) || (r.local().equals(right) && r.remote().equals(left));
    }

    /** The kernel's word on one end: a row when it differs from the last reading of that end (then true). */
    boolean read(LaneStateReader.Reading r) {
        boolean onLeft = r.local().equals(left);
        TcpStateMachine.State was = onLeft ? leftRead : rightRead;
        if (r.state() == was) {
            return false;
        }
        if (onLeft) {
            leftRead = r.state();
        } else {
            rightRead = r.state();
        }
        TcpStateMachine machine = onLeft ? leftState : rightState;
        // the segments' event when the machine agrees with the kernel; else the kernel's word alone
        String event = machine.state() == r.state() && machine.lastEvent() != null ? machine.lastEvent() : "read from the kernel";
        insert(new LadderItem.StateChange(r.timeNanos(), onLeft,
                new TcpStateMachine.Transition(was == null ? TcpStateMachine.State.CLOSED : was, r.state(), event), r.source()));
        return true;
    }

    /** Each end's state: the kernel's last reading, else the segments' (no reading yet). */
    TcpStateMachine.State state(boolean onLeft) {
        TcpStateMachine.State read = onLeft ? leftRead : rightRead;
        return read != null ? read : (onLeft ? leftState : rightState).state();
    }

    /**
     * Takes a row; rows are put in time order in {@link #items()}, once per pulse: a segment the capture
     * thread delivers late goes before the calls it preceded. (Sorting each row in as it came cost the ui
     * thread a walk of the ladder per row: under bulk, whole seconds per pulse.)
     */
    void insert(LadderItem item) {
        incoming.add(item);
        if (incoming.size() > MAX_WAITING) {
            merge(Long.MAX_VALUE); // a flood faster than the capture hands segments over: bounded, if out of step
        }
    }

    /**
     * Merges the rows taken since, up to {@code horizon} (the instant up to which the capture has
     * delivered every segment), into the kept ones, in time order, and lets the oldest go beyond
     * {@link #MAX_ITEMS}. Later rows wait: a call the capture has not caught up with yet would be drawn
     * before segments that came before it, which arrive a block later.
     */
    private void merge(long horizon) {
        if (incoming.isEmpty()) {
            return;
        }
        incoming.sort(java.util.Comparator.comparingLong(LadderItem::timeNanos)); // stable: a segment's states stay after it
        int ready = 0;
        while (ready < incoming.size() && incoming.get(ready).timeNanos() <= horizon) {
            ready++;
        }
        if (ready == 0) {
            return;
        }
        List<LadderItem> merged = new ArrayList<>(items.size() + ready);
        int i = 0;
        int j = 0;
        while (i < items.size() || j < ready) {
            if (j >= ready || (i < items.size() && items.get(i).timeNanos() <= incoming.get(j).timeNanos())) {
                merged.add(items.get(i++));
            } else {
                merged.add(incoming.get(j++));
            }
        }
        incoming.subList(0, ready).clear();
        int over = merged.size() - MAX_ITEMS;
        if (over > 0) {
            dropped += over;
            merged = new ArrayList<>(merged.subList(over, merged.size()));
        }
        items = merged;
    }

    /**
     * The rows, without the machine's steps the kernel confirmed: a step whose state is what the next
     * reading of that end says is drawn by that reading (solid, with the step's event); the steps the
     * kernel never showed stay, dashed.
     */
    List<LadderItem> items() {
        return items(Long.MAX_VALUE);
    }

    /** Whether rows wait past the last horizon. */
    boolean hasWaiting() {
        return !incoming.isEmpty();
    }

    /** {@link #items()} of the rows up to {@code horizon} (see {@link #merge}); the later ones wait. */
    List<LadderItem> items(long horizon) {
        merge(horizon);
        List<LadderItem> all = items;
        List<LadderItem> out = new ArrayList<>(all.size());
        TcpStateMachine.State nextLeft = null;
        TcpStateMachine.State nextRight = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            LadderItem item = all.get(i);
            if (item instanceof LadderItem.StateChange c) {
                if (c.read()) {
                    if (c.left()) {
                        nextLeft = c.transition().to();
                    } else {
                        nextRight = c.transition().to();
                    }
                } else if (c.transition().to() == (c.left() ? nextLeft : nextRight)) {
                    continue;
                }
            }
            out.add(item);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    long dropped() {
        return dropped;
    }
}
