package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * connect as the kernel has it: a unix connect to a full backlog waits within the connect timeout;
 * after a timeout the kernel goes on with the handshake and the socket says so; a refused socket may
 * connect again; a zero timeout polls once.
 */
@ExtendWith(FiniteTimeouts.class)
class ConnectStateTest {

    /** A TCP listener whose accept queue is full: the kernel drops further SYNs, so a connect waits. */
    private static final class FullListener implements AutoCloseable {
        final Socket listener = Socket.create(Net.INET, Net.STREAM);
        final List<Socket> queued = new ArrayList<>();

        FullListener() {
            listener.bind(SockAddr.inet("127.0.0.1", 0));
            listener.listen(0);
            // fill the queue: connects that complete without an accept, until one has to wait
            for (int i = 0; i < 8; i++) {
                Socket c = Socket.create(Net.INET, Net.STREAM);
                queued.add(c);
                try (Parameter.Scope t = Parameters.CONNECT_TIMEOUT.bind(300)) {
                    c.connect(listener.name());
                } catch (NetException e) {
                    if (e.is("timeout")) {
                        return;
                    }
                    throw e;
                }
            }
            throw new org.opentest4j.TestAbortedException("this kernel accepts every connect to a full backlog");
        }

        @Override
        public void close() {
            queued.forEach(Socket::closeQuietly);
            listener.closeQuietly();
        }
    }

    @Test
    void should_report_connecting_after_a_timeout_and_follow_the_kernel_to_connected() throws Exception {
        try (FullListener full = new FullListener()) {
            Socket s = full.queued.get(full.queued.size() - 1);
            assertThat(s.state()).isEqualTo(SocketState.CONNECT_TIMED_OUT);
            assertThat(s.stateText()).isEqualTo("connecting (timed out)");
            NetException again = assertThrows(NetException.class, () -> s.connect(full.listener.name()));
            assertThat(again.errnoSymbol()).as("what the kernel says of a second connect").isEqualTo("EALREADY");
            // make room: the kernel's next SYN retransmission (1 s, then 3 s) completes the handshake
            for (int i = 0; i < full.queued.size() - 1; i++) {
                full.listener.accept().close();
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (s.peerName() == null && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(s.peerName()).as("the handshake the kernel finished").isEqualTo(full.listener.name());
            assertThat(s.state()).isEqualTo(SocketState.CONNECTED);
        }
    }

    @Test
    void should_poll_once_with_a_zero_timeout() {
        try (FullListener full = new FullListener()) {
            Socket s = Socket.create(Net.INET, Net.STREAM);
            List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
            try (Parameter.Scope t = Parameters.CONNECT_TIMEOUT.bind(0);
                 AutoCloseable trace = SyscallTrace.listen(e -> {
                     if (e.fd() == s.fileno()) {
                         events.add(e);
                     }
                 })) {
                NetException e = assertThrows(NetException.class, () -> s.connect(full.listener.name()));
                assertThat(e.is("timeout")).isTrue();
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                s.close();
            }
            List<TraceEvent> polls = events.stream().filter(e -> e.syscall().equals("poll")).toList();
            assertThat(polls).hasSize(1);
            assertThat(polls.get(0).arguments()).contains("], 2, 0");
        }
    }

    /**
     * Reading SO_ERROR clears it (socket(7)): a window that reads a socket's options while its connect
     * waits takes the refusal the connect was about to read. The connect must still raise ECONNREFUSED,
     * never call the socket connected. The race is made to happen every time: this thread holds the
     * lock the connect reads SO_ERROR under, waits until the connect stands at it (the kernel has
     * answered), and reads SO_ERROR first, as the options panel would.
     */
    @Test
    void should_refuse_a_connect_whose_error_another_thread_read_first() throws Exception {
        int port = Net.closedPort();
        SocketOption soError = OptionCatalogue.bySymbol("so/error").orElseThrow();
        Socket s = Socket.create(Net.INET, Net.STREAM);
        CompletableFuture<NetException> outcome = new CompletableFuture<>();
        Thread connecting = new Thread(() -> {
            try {
                s.connect(SockAddr.inet("127.0.0.1", port));
                outcome.complete(null);
            } catch (NetException e) {
                outcome.complete(e);
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }, "connecting");
        try {
            int taken;
            synchronized (s.pendingErrorLock) {
                connecting.start();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (!waitsForTheLockInConnect(connecting, s)) {
                    assertThat(System.nanoTime()).as("the connect reaching its read of SO_ERROR").isLessThan(until);
                    assertThat(outcome).as("the connect waiting for the lock, not done").isNotDone();
                    Thread.onSpinWait();
                }
                taken = (Integer) SocketOptions.get(s, soError);
            }
            assertThat(Errors.errnoSymbol(taken)).as("the error this thread took from the connect").isEqualTo("ECONNREFUSED");
            NetException e = outcome.get(5, TimeUnit.SECONDS);
            assertThat(e).as("a refused connect must raise, even when another thread read SO_ERROR first").isNotNull();
            assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");
            assertThat(s.state()).isEqualTo(SocketState.CONNECT_FAILED);
        } finally {
            connecting.join(5000);
            s.close();
        }
    }

    /** The connect stands at its read of SO_ERROR: past its start (state connecting), blocked on a monitor in connect itself. */
    private static boolean waitsForTheLockInConnect(Thread t, Socket s) {
        if (t.getState() != Thread.State.BLOCKED || s.state() != SocketState.CONNECTING) {
            return false;
        }
        StackTraceElement[] frames = t.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().equals(Socket.class.getName())
                && frames[0].getMethodName().equals("connect");
    }

    @Test
    void should_let_a_refused_socket_connect_again() {
        int port = Net.closedPort();
        Socket s = Socket.create(Net.INET, Net.STREAM);
        try {
            NetException e = assertThrows(NetException.class, () -> s.connect(SockAddr.inet("127.0.0.1", port)));
            assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");
            assertThat(e.location()).isEqualTo("socket-connect");
            assertThat(s.stateText()).isEqualTo("connect failed (ECONNREFUSED)");
            Socket listener = Net.listener("127.0.0.1");
            try {
                s.connect(listener.name());
                assertThat(s.state()).isEqualTo(SocketState.CONNECTED);
                listener.accept().close();
            } finally {
                listener.close();
            }
        } finally {
            s.close();
        }
    }

    @Test
    void should_wait_for_room_in_a_full_unix_backlog_within_the_connect_timeout() throws Exception {
        Path dir = Files.createTempDirectory("sockbench-backlog");
        SockAddr at = SockAddr.unix(dir.resolve("s").toString());
        Socket listener = Socket.create(Net.UNIX, Net.STREAM);
        List<Socket> clients = new ArrayList<>();
        try {
            listener.bind(at);
            listener.listen(0);
            // fill the backlog until the kernel answers EAGAIN, which (timeout 0) is a timeout at once
            NetException full = null;
            for (int i = 0; i < 16 && full == null; i++) {
                Socket c = Socket.create(Net.UNIX, Net.STREAM);
                clients.add(c);
                try (Parameter.Scope t = Parameters.CONNECT_TIMEOUT.bind(0)) {
                    c.connect(at);
                } catch (NetException e) {
                    full = e;
                }
            }
            assertThat(full).as("the backlog filled").isNotNull();
            assertThat(full.is("timeout")).as("EAGAIN waits like any connect: %s", full).isTrue();

            Socket waiting = Socket.create(Net.UNIX, Net.STREAM);
            clients.add(waiting);
            CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> {
                try (Parameter.Scope t = Parameters.CONNECT_TIMEOUT.bind(10_000)) {
                    waiting.connect(at);
                }
            });
            Thread.sleep(200);
            assertThat(connected).as("waits while the backlog is full").isNotDone();
            listener.accept().close(); // room
            connected.get(10, TimeUnit.SECONDS);
            assertThat(waiting.state()).isEqualTo(SocketState.CONNECTED);
        } finally {
            clients.forEach(Socket::closeQuietly);
            listener.close();
            Files.deleteIfExists(dir.resolve("s"));
            Files.deleteIfExists(dir);
        }
    }
}
