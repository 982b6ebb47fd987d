package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/** The kernel's socket table after close: TIME_WAIT on the side that closed first (RFC 9293 §3.3.2). */
class TcpStatesTest {
    /**
     * The kernel changes state as it processes the segment, which under load may be a moment after the
     * close returned; the table has no notification, so it is asked again, a bounded number of times.
     */
    private static void awaitState(Endpoint local, Endpoint remote, String state) {
        for (int i = 0; i < 10_000 && !state.equals(TcpStates.of(local, remote)); i++) {
            Thread.yield();
        }
    }

    @Test
    void the_side_that_closed_first_is_in_time_wait_and_its_peer_is_gone_by_sock_diag_and_by_proc() throws Exception {
        Socket listener = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        Socket client = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        Socket server = null;
        try {
            listener.bind(SockAddr.inet("127.0.0.1", 0));
            listener.listen(1);
            client.connect(listener.name());
            server = listener.accept();
            Endpoint c = Endpoint.of(client.name());
            Endpoint s = Endpoint.of(server.name());
            assertThat(TcpStates.of(c, s)).isEqualTo("ESTABLISHED");
            client.close(); // FIN from the client: it goes FIN_WAIT1, FIN_WAIT2
            assertThat(server.receive(new byte[1])).isZero(); // the FIN has arrived
            assertThat(TcpStates.of(s, c)).isEqualTo("CLOSE_WAIT");
            server.close(); // the server's FIN: the client acknowledges it and waits
            awaitState(c, s, "TIME_WAIT");
            assertThat(TcpStates.diag()).contains(new TcpStates.Entry(c, s, "TIME_WAIT"));
            assertThat(TcpStates.proc()).contains(new TcpStates.Entry(c, s, "TIME_WAIT"));
            assertThat(TcpStates.of(s, c)).isIn(null, "LAST_ACK");
            assertThat(TcpStates.of(Endpoint.of(listener.name()), null)).isEqualTo("LISTEN");
        } finally {
            client.closeQuietly();
            listener.closeQuietly();
            if (server != null) {
                server.closeQuietly();
            }
        }
    }
}
