package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Descriptors come back: many full connection lives leave the process's fd count where it started. */
@ExtendWith(FiniteTimeouts.class)
class FdLeakTest {

    @Test
    void should_leave_the_fd_count_unchanged_after_1000_connect_accept_transfer_close_cycles() {
        Socket listener = Net.listener("127.0.0.1");
        SockAddr at = listener.name();
        byte[] request = Net.bytes("request");
        byte[] buf = new byte[64];
        try {
            cycle(listener, at, request, buf); // load every class first
            Fds.settle();
            Map<Integer, String> before = Fds.snapshot();
            int count = Fds.count();
            for (int i = 0; i < 1000; i++) {
                cycle(listener, at, request, buf);
            }
            Fds.assertNoLeak(before, count);
        } finally {
            listener.close();
        }
    }

    @Test
    void should_leave_the_fd_count_unchanged_after_failed_connects_and_timeouts() {
        int refused = Net.closedPort();
        Socket listener = Net.listener("127.0.0.1");
        try {
            failures(refused, listener);
            Fds.settle();
            Map<Integer, String> before = Fds.snapshot();
            int count = Fds.count();
            for (int i = 0; i < 200; i++) {
                failures(refused, listener);
            }
            Fds.assertNoLeak(before, count);
        } finally {
            listener.close();
        }
    }

    private static void cycle(Socket listener, SockAddr at, byte[] request, byte[] buf) {
        Socket client = Socket.create(Net.INET, Net.STREAM);
        try {
            client.connect(at);
            Socket server = listener.accept();
            try {
                client.sendAll(request);
                int n = 0;
                while (n < request.length) {
                    n += server.receive(buf, n, request.length, 0);
                }
                server.sendAll(buf, 0, n, 0);
                assertThat(Net.receiveExactly(client, n)).isEqualTo(request);
            } finally {
                server.close();
            }
        } finally {
            client.close();
        }
    }

    private static void failures(int refusedPort, Socket listener) {
        try {
            Socket.connectAi(java.util.List.of(new AddrInfo(Net.INET, Net.STREAM, 0,
                    SockAddr.inet("127.0.0.1", refusedPort), null, 0)));
            throw new AssertionError("connected to a closed port");
        } catch (NetException e) {
            assertThat(e.errnoSymbol()).isEqualTo("ECONNREFUSED");
        }
        try (Parameter.Scope t = Parameters.ACCEPT_TIMEOUT.bind(0)) {
            listener.accept();
            throw new AssertionError("accepted a connection nobody made");
        } catch (NetException e) {
            assertThat(e.is("timeout")).isTrue();
        }
    }
}
