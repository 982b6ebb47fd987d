package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A thread blocked on a socket that another thread closes wakes promptly with "socket closed"; the
 * descriptor is released once, after the blocked thread has left it. (The bound here is generous on
 * purpose: how prompt is a benchmark's question, not a test's.)
 */
@ExtendWith(FiniteTimeouts.class)
class ConcurrentCloseTest {
    private static final long GENEROUS_SECONDS = 5;

    /** Starts {@code op} on another thread, waits until it is blocked, closes, and returns its failure. */
    private static NetException closedUnder(Socket s, Function<Socket, Object> op) throws Exception {
        CompletableFuture<Object> result = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            started.countDown();
            try {
                result.complete(op.apply(s));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "blocked-on-" + s.fileno());
        // No timeout at all: only the close may end the wait.
        try (Parameter.Scope a = Parameters.ACCEPT_TIMEOUT.bind(false);
             Parameter.Scope r = Parameters.RECEIVE_TIMEOUT.bind(false)) {
            t.start();
        }
        started.await();
        Thread.sleep(200); // let it reach poll
        assertThat(result).as("still blocked before the close").isNotDone();
        String socketInode = Fds.target(s.fileno());
        assertThat(socketInode).startsWith("socket:");
        long t0 = System.nanoTime();
        s.close();
        try {
            result.get(GENEROUS_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            long waited = System.nanoTime() - t0;
            t.join(GENEROUS_SECONDS * 1000);
            assertThat(e.getCause()).isInstanceOf(NetException.class);
            assertThat(waited).isLessThan(TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS));
            assertThat(Fds.target(s.fileno())).as("the socket's fd is released once the blocked thread has left")
                    .isNotEqualTo(socketInode);
            return (NetException) e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the blocked thread did not wake within " + GENEROUS_SECONDS + " s");
        }
        throw new AssertionError("the blocked operation returned " + result.get());
    }

    @Test
    void should_wake_a_thread_blocked_in_accept_with_socket_closed() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        NetException e = closedUnder(listener, Socket::accept);
        assertThat(e.getMessage()).endsWith("socket closed");
        assertThat(e.kinds()).containsExactly("exn", "i/o", "net");
        assertThat(listener.isClosed()).isTrue();
    }

    @Test
    void should_wake_a_thread_blocked_in_a_stream_receive_with_socket_closed() throws Exception {
        Socket listener = Net.listener("::1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept();
        try {
            NetException e = closedUnder(client, s -> s.receive(100, 0));
            assertThat(e.getMessage()).endsWith("socket closed");
        } finally {
            server.close();
            listener.close();
        }
    }

    @Test
    void should_wake_a_thread_blocked_in_a_datagram_receive_from_with_socket_closed() throws Exception {
        Socket udp = Net.datagram("127.0.0.1");
        NetException e = closedUnder(udp, s -> s.receiveFrom(100, 0));
        assertThat(e.getMessage()).endsWith("socket closed");
    }

    @Test
    void should_wake_a_thread_blocked_in_send_with_socket_closed() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept(); // never reads: the client's sends fill both kernel buffers
        try (Parameter.Scope t = Parameters.SEND_TIMEOUT.bind(false)) {
            NetException e = closedUnder(client, s -> {
                byte[] chunk = new byte[1 << 16];
                while (true) {
                    s.send(chunk);
                }
            });
            assertThat(e.getMessage()).endsWith("socket closed");
        } finally {
            server.close();
            listener.close();
        }
    }

    @Test
    void should_close_exactly_once_when_many_threads_race_to_close() throws Exception {
        for (int round = 0; round < 50; round++) {
            Socket s = Socket.create(Net.INET, Net.STREAM);
            int fd = s.fileno();
            String socketInode = Fds.target(fd);
            java.util.concurrent.atomic.AtomicInteger closeCalls = new java.util.concurrent.atomic.AtomicInteger();
            AutoCloseable trace = SyscallTrace.listen(e -> {
                if (e.syscall().equals("close") && e.fd() == fd) {
                    closeCalls.incrementAndGet();
                }
            });
            int threads = 8;
            CountDownLatch go = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger closedOk = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            Thread[] ts = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                ts[i] = new Thread(() -> {
                    try {
                        go.await();
                        s.close();
                        closedOk.incrementAndGet();
                    } catch (NetException e) {
                        if (e.getMessage().equals("socket-close: socket closed")) {
                            refused.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                ts[i].start();
            }
            go.countDown();
            for (Thread t : ts) {
                t.join(10_000);
            }
            trace.close();
            assertThat(closedOk.get()).isEqualTo(1);
            assertThat(refused.get()).isEqualTo(threads - 1);
            assertThat(closeCalls.get()).as("close(2) calls on fd %d, all threads", fd).isEqualTo(1);
            assertThat(Fds.target(fd)).isNotEqualTo(socketInode);
        }
    }
}
