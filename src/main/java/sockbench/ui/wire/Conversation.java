package sockbench.ui.wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import sockbench.net.wire.Endpoint;
import sockbench.net.wire.Segment;
import sockbench.net.wire.TcpStateMachine;

/**
 * One conversation as the ladder draws it: the left lane is the end that spoke first (the SYN's
 * sender), each end's state followed from its segments, and the last {@link #MAX_ITEMS} rows in time
 * order. Owned by the ui thread.
 */
final class Conversation {
    static final int MAX_ITEMS = 600;
    final Endpoint left;
    final Endpoint right;
    final boolean tcp;
    final TcpStateMachine leftState = new TcpStateMachine();
    final TcpStateMachine rightState = new TcpStateMachine();
    TcpStateMachine.Transition lastTransition;
    boolean lastOnLeft;
    private final Deque<LadderItem> items = new ArrayDeque<>();
    private long dropped;

    Conversation(Segment first) {
        this.left = first.source();
        this.right = first.destination();
        this.tcp = first.isTcp();
    }

    static String key(Endpoint a, Endpoint b) {
        String x = a.toString();
        String y = b.toString();
        return x.compareTo(y) <= 0 ? x + " ⇄ " + y : y + " ⇄ " + x;
    }

    String key() {
        return key(left, right);
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
        insert(new LadderItem.StateChange(time, onLeft, t));
        lastTransition = t;
        lastOnLeft = onLeft;
    }

    /** Keeps time order: a segment the capture thread delivers late goes before the calls it preceded. */
    void insert(LadderItem item) {
        if (items.isEmpty() || items.peekLast().timeNanos() <= item.timeNanos()) {
            items.addLast(item);
        } else {
            List<LadderItem> later = new ArrayList<>();
            while (!items.isEmpty() && items.peekLast().timeNanos() > item.timeNanos()) {
                later.add(0, items.pollLast());
            }
            items.addLast(item);
            items.addAll(later);
        }
        while (items.size() > MAX_ITEMS) {
            items.pollFirst();
            dropped++;
        }
    }

    List<LadderItem> items() {
        return List.copyOf(items);
    }

    long dropped() {
        return dropped;
    }
}
