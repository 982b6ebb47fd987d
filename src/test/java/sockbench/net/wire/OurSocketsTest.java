package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/** The capture's port filter: which of our sockets a segment belongs to, while they live and after. */
class OurSocketsTest {
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final int INET = Constants.require("af/inet");
    private static final int STREAM = Constants.require("sock/stream");

    @Test
    void a_connection_is_claimed_by_its_four_tuple_after_its_sockets_close_and_its_ports_are_free_again() {
        try (OurSockets ours = new OurSockets()) {
            Socket listener = Socket.create(INET, STREAM);
            Socket client = Socket.create(INET, STREAM);
            Socket server = null;
            try {
                listener.bind(SockAddr.inet("127.0.0.1", 0));
                listener.listen(4);
                client.connect(listener.name());
                server = listener.accept();
                Endpoint atListener = new Endpoint(LOOPBACK, listener.name().port());
                Endpoint atClient = new Endpoint(LOOPBACK, client.name().port());
                Endpoint stranger = new Endpoint(LOOPBACK, 9);

                assertThat(ours.claims(tcp(atClient, atListener))).isTrue();
                assertThat(ours.senderOf(tcp(atClient, atListener))).isSameAs(client);
                // the accepted socket answers its own peer; the listener is who sends to anyone else
                assertThat(ours.senderOf(tcp(atListener, atClient))).isSameAs(server);
                assertThat(ours.senderOf(tcp(atListener, stranger))).isSameAs(listener);
                assertThat(ours.claims(tcp(stranger, new Endpoint(LOOPBACK, 10)))).isFalse();

                client.close();
                server.close();
                listener.close();

                // FIN_WAIT and TIME_WAIT segments of the closed connection are still ours
                assertThat(ours.claims(tcp(atClient, atListener))).isTrue();
                assertThat(ours.claims(tcp(atListener, atClient))).isTrue();
                assertThat(ours.senderOf(tcp(atClient, atListener))).isSameAs(client);
                assertThat(ours.senderOf(tcp(atListener, atClient))).isSameAs(server);
                // but the ports are anyone's now: another conversation on them is not
                assertThat(ours.claims(tcp(atClient, stranger))).isFalse();
                assertThat(ours.claims(tcp(stranger, atListener))).isFalse();
                assertThat(ours.senderOf(tcp(atListener, stranger))).isNull();
            } finally {
                client.closeQuietly();
                listener.closeQuietly();
                if (server != null) {
                    server.closeQuietly();
                }
            }
        }
    }

    private static Packet tcp(Endpoint from, Endpoint to) {
        return new Packet(4, Packet.TCP, from, to, 40, 1, 1, TcpFlags.ACK, 1024, TcpOptions.NONE, 0, 0, 40);
    }
}
