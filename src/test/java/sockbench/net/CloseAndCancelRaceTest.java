package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Close and cancel racing every blocking call, at any moment — before the call, while it enters,
 * while it polls: the call ends (never hangs) with "socket closed", "cancelled" or its own result,
 * the socket stays usable after a cancel, and no descriptor is left open.
 */
class CloseAndCancelRaceTest {
    private Map<Integer, String> openBefore;
    private int fdsBefore;

    enum Op { ACCEPT, RECEIVE, RECEIVE_FROM, SEND_ALL, CONNECT }

    enum Action { CLOSE, CANCEL }

    @BeforeProperty
    void countDescriptors() throws Exception {
        // what lives as long as a thread or the process is made first: this thread's waker, the dead socket
        for (Op op : Op.values()) {
            try (Scene warm = new Scene(op)) {
                Waker.current();
            }
        }
        Socket[] pair = Loopback.tcpPair();
        Thread t = new Thread(() -> {
            try {
                pair[0].receive(new byte[1]);
            } catch (NetException expected) {
                // closed under it: the dead socket now exists
            }
        });
        t.start();
        Thread.sleep(100);
        Loopback.closeAll(pair);
        t.join();
        Fds.settle();
        openBefore = Fds.snapshot();
        fdsBefore = Fds.count();
    }

    @AfterProperty
    void noDescriptorLeft() {
        Fds.settle();
        Fds.assertNoLeak(openBefore, fdsBefore);
    }

    @Provide
    Arbitrary<Integer> delays() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 3000));
    }

    @Property(tries = 300)
    void should_end_every_blocked_call_raced_by_close_or_cancel(@ForAll Op op, @ForAll Action action,
                                                                 @ForAll("delays") int delayMicros) throws Exception {
        Scene scene = new Scene(op);
        try {
            CompletableFuture<Object> result = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try (Parameter.Scope a = Parameters.ACCEPT_TIMEOUT.bind(false);
                     Parameter.Scope c = Parameters.CONNECT_TIMEOUT.bind(false);
                     Parameter.Scope r = Parameters.RECEIVE_TIMEOUT.bind(false);
                     Parameter.Scope w = Parameters.SEND_TIMEOUT.bind(false)) {
                    result.complete(scene.call.apply(scene.target));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "race-" + op);
            t.start();
            LockSupport.parkNanos(delayMicros * 1000L);
            if (action == Action.CLOSE) {
                scene.target.closeQuietly();
            } else {
                t.interrupt();
            }
            Object outcome;
            try {
                outcome = result.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                outcome = e.getCause();
            }
            t.join(5000);
            assertThat(t.isAlive()).as("%s raced by %s after %d us: ended", op, action, delayMicros).isFalse();
            if (outcome instanceof Socket accepted) {
                accepted.close(); // accept won the race (the scene's client was queued)
            }
            if (outcome instanceof Throwable e) {
                assertThat(e).isInstanceOf(NetException.class);
                NetException n = (NetException) e;
                assertThat(n.getMessage().endsWith("socket closed") || n.is("cancelled"))
                        .as("%s raced by %s: %s", op, action, n.getMessage()).isTrue();
                if (n.is("cancelled")) {
                    assertThat(scene.target.isClosed()).isFalse();
                }
            }
        } finally {
            scene.close();
        }
    }

    /** The sockets of one trial: a target whose operation blocks, and what it needs. */
    private static final class Scene implements AutoCloseable {
        final Socket target;
        final Function<Socket, Object> call;
        private final Socket[] others;

        Scene(Op op) {
            switch (op) {
                case ACCEPT -> {
                    target = Net.listener("127.0.0.1");
                    others = new Socket[0];
                    call = Socket::accept;
                }
                case RECEIVE -> {
                    Socket[] pair = Loopback.tcpPair();
                    target = pair[0];
                    others = new Socket[] {pair[1]};
                    call = s -> s.receive(new byte[64], 0, null, 0);
                }
                case RECEIVE_FROM -> {
                    target = Net.datagram("127.0.0.1");
                    others = new Socket[0];
                    call = s -> s.receiveFrom(64, 0);
                }
                case SEND_ALL -> {
                    Socket[] pair = Loopback.tcpPair();
                    target = pair[0];
                    others = new Socket[] {pair[1]};
                    byte[] big = new byte[32 << 20];
                    call = s -> {
                        s.sendAll(big);
                        return null;
                    };
                }
                default -> {
                    // a listener with a full queue: the connect waits for a SYN-ACK that does not come
                    Socket listener = Socket.create(Net.INET, Net.STREAM);
                    listener.bind(SockAddr.inet("127.0.0.1", 0));
                    listener.listen(0);
                    Socket queued = Socket.create(Net.INET, Net.STREAM);
                    queued.connect(listener.name());
                    Socket queued2 = Socket.create(Net.INET, Net.STREAM);
                    try (Parameter.Scope t = Parameters.CONNECT_TIMEOUT.bind(200)) {
                        queued2.connect(listener.name());
                    } catch (NetException e) {
                        // timed out: the queue is full now
                    }
                    target = Socket.create(Net.INET, Net.STREAM);
                    others = new Socket[] {listener, queued, queued2};
                    SockAddr at = listener.name();
                    call = s -> {
                        s.connect(at);
                        return null;
                    };
                }
            }
        }

        @Override
        public void close() {
            target.closeQuietly();
            for (Socket s : others) {
                s.closeQuietly();
            }
        }
    }
}
