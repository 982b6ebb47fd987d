package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A blocked call ends by a real wake-up: close from another thread, or the waiting thread's
 * interrupt (cancellation, the socket left open). No poll slices: the trace of a wait shows one
 * poll, never a poll that timed out.
 */
@ExtendWith(FiniteTimeouts.class)
class WakeAndCancelTest {
    private static final long GENEROUS_SECONDS = 5;

    /** A thread running {@code op} on {@code s} with no timeouts, and what it ends with. */
    private static final class Blocked {
        final CompletableFuture<Object> result = new CompletableFuture<>();
        final Thread thread;

        Blocked(Socket s, Function<Socket, Object> op) throws InterruptedException {
            CountDownLatch started = new CountDownLatch(1);
            thread = new Thread(() -> {
                started.countDown();
                try {
                    result.complete(op.apply(s));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "blocked-on-" + s.fileno());
            try (Parameter.Scope a = Parameters.ACCEPT_TIMEOUT.bind(false);
                 Parameter.Scope c = Parameters.CONNECT_TIMEOUT.bind(false);
                 Parameter.Scope r = Parameters.RECEIVE_TIMEOUT.bind(false);
                 Parameter.Scope w = Parameters.SEND_TIMEOUT.bind(false)) {
                thread.start();
            }
            started.await();
        }

        /** Waits until the thread sleeps in poll (its state is a native wait: RUNNABLE in poll). */
        void awaitPolling() throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS);
            while (System.nanoTime() < end) {
                for (StackTraceElement f : thread.getStackTrace()) {
                    if (f.getMethodName().equals("poll") && f.getClassName().endsWith("LibC")) {
                        Thread.sleep(20); // in the native frame now; a little more to be in the kernel's wait
                        return;
                    }
                }
                Thread.sleep(5);
            }
            throw new AssertionError("the thread never reached poll");
        }

        NetException failure() throws Exception {
            try {
                Object v = result.get(GENEROUS_SECONDS, TimeUnit.SECONDS);
                throw new AssertionError("expected a failure, got " + v);
            } catch (java.util.concurrent.ExecutionException e) {
                thread.join(GENEROUS_SECONDS * 1000);
                assertThat(e.getCause()).isInstanceOf(NetException.class);
                return (NetException) e.getCause();
            }
        }
    }

    @Test
    void should_cancel_a_blocked_accept_by_interrupt_and_leave_the_listener_usable() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        try {
            Blocked b = new Blocked(listener, Socket::accept);
            b.awaitPolling();
            b.thread.interrupt();
            NetException e = b.failure();
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net", "cancelled");
            assertThat(e.location()).isEqualTo("socket-accept");
            assertThat(listener.isClosed()).isFalse();
            Socket client = Net.connectTo(listener);
            Socket server = listener.accept();
            server.close();
            client.close();
        } finally {
            listener.close();
        }
    }

    @Test
    void should_cancel_a_blocked_receive_and_keep_the_bytes_for_the_next_receive() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept();
        try {
            Blocked b = new Blocked(server, s -> s.receive(new byte[16], 0, null, 0));
            b.awaitPolling();
            b.thread.interrupt();
            assertThat(b.failure().is("cancelled")).isTrue();
            client.sendAll(Net.bytes("still here"));
            assertThat(Net.text(Net.receiveExactly(server, 10))).isEqualTo("still here");
        } finally {
            server.close();
            client.close();
            listener.close();
        }
    }

    @Test
    void should_cancel_a_send_blocked_on_a_full_window() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept();
        try {
            byte[] big = new byte[64 << 20]; // far more than both kernel buffers hold
            Blocked b = new Blocked(client, s -> {
                s.sendAll(big);
                return null;
            });
            b.awaitPolling();
            b.thread.interrupt();
            NetException e = b.failure();
            assertThat(e.is("cancelled")).as("%s", e).isTrue();
            assertThat(e.location()).as("the egg's %socket-send names itself").isEqualTo("socket-send");
        } finally {
            server.close();
            client.close();
            listener.close();
        }
    }

    @Test
    void should_cancel_at_once_a_call_entered_with_the_interrupt_already_set() {
        Socket listener = Net.listener("127.0.0.1");
        try {
            Thread.currentThread().interrupt();
            NetException e = org.junit.jupiter.api.Assertions.assertThrows(NetException.class, listener::accept);
            assertThat(e.is("cancelled")).isTrue();
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt status cleared, as InterruptedException does").isFalse();
        } finally {
            Thread.interrupted();
            listener.close();
        }
    }

    @Test
    void should_wake_a_blocked_receive_on_close_with_one_poll_and_give_the_peer_its_eof_at_once() throws Exception {
        try (java.net.ServerSocket jdk = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Socket s = Socket.create(Net.INET, Net.STREAM);
            s.connect(SockAddr.inet("127.0.0.1", jdk.getLocalPort()));
            try (java.net.Socket peer = jdk.accept()) {
                int fd = s.fileno();
                List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
                Blocked b;
                try (AutoCloseable t = SyscallTrace.listen(events::add)) {
                    b = new Blocked(s, x -> x.receive(new byte[16], 0, null, 0));
                    b.awaitPolling();
                    s.close();
                    NetException e = b.failure();
                    assertThat(e.getMessage()).endsWith("socket closed");
                    peer.setSoTimeout((int) TimeUnit.SECONDS.toMillis(GENEROUS_SECONDS));
                    InputStream in = peer.getInputStream();
                    assertThat(in.read()).as("the peer's end of stream").isEqualTo(-1);
                }
                List<TraceEvent> polls = events.stream().filter(e -> e.fd() == fd && e.syscall().equals("poll")).toList();
                assertThat(polls).as("one poll, woken; no slices").hasSize(1);
                assertThat(polls.get(0).result()).isPositive();
                assertThat(events.stream().filter(e -> e.fd() == fd)
                        .sorted(java.util.Comparator.comparingLong(TraceEvent::startNanos)).map(TraceEvent::syscall).toList())
                        .as("the receive's poll, the pre-close that woke it, and the close as it left")
                        .containsExactly("poll", "dup2", "close");
            }
        }
    }

    @Test
    void should_show_a_receive_that_waits_once_as_exactly_poll_then_recv() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        Socket client = Net.connectTo(listener);
        Socket server = listener.accept();
        try {
            Waker.current(); // this thread's wake descriptor exists before the trace starts
            List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
            Thread sender = new Thread(() -> {
                try {
                    Thread.sleep(100);
                    client.sendAll(Net.bytes("x"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            int n;
            try (AutoCloseable t = SyscallTrace.listen(e -> {
                if (e.fd() == server.fileno()) {
                    events.add(e);
                }
            })) {
                sender.start();
                n = server.receive(new byte[8], 0, null, 0);
            }
            sender.join();
            assertThat(n).isEqualTo(1);
            assertThat(events.stream().map(TraceEvent::syscall).toList()).containsExactly("poll", "recv");
        } finally {
            server.close();
            client.close();
            listener.close();
        }
    }

    @Test
    void should_cancel_a_thread_waiting_beside_another_without_waking_the_other() throws Exception {
        Socket a = Net.datagram("127.0.0.1");
        try {
            Blocked first = new Blocked(a, s -> s.receiveFrom(64, 0));
            Blocked second = new Blocked(a, s -> s.receiveFrom(64, 0));
            first.awaitPolling();
            second.awaitPolling();
            first.thread.interrupt();
            assertThat(first.failure().is("cancelled")).isTrue();
            assertThat(second.result).as("the other waiter still waits").isNotDone();
            Socket b = Net.datagram("127.0.0.1");
            b.sendTo(Net.bytes("hi"), a.name(), 0, null, 0);
            Object got = second.result.get(GENEROUS_SECONDS, TimeUnit.SECONDS);
            assertThat(Net.text(((Socket.Datagram) got).data())).isEqualTo("hi");
            b.close();
        } finally {
            a.close();
        }
    }
}
