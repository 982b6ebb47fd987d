package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** What close does to the peer: an orderly end of stream by default, a reset with linger {on, 0}. */
class LingerResetTest {

    @Test
    void should_give_the_peer_an_orderly_end_of_stream_on_default_close() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket client = Socket.create(Loopback.AF_INET, Loopback.STREAM);
            try (java.net.Socket peer = connect(client, server)) {
                client.sendAll("bye".getBytes());
                client.close();
                InputStream in = peer.getInputStream();
                assertThat(in.readNBytes(3)).isEqualTo("bye".getBytes());
                assertThat(in.read()).isEqualTo(-1);
            } finally {
                client.closeQuietly();
            }
        }
    }

    @Test
    void should_reset_the_connection_when_lingering_on_for_zero_seconds() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket client = Socket.create(Loopback.AF_INET, Loopback.STREAM);
            try (java.net.Socket peer = connect(client, server)) {
                SocketOptions.set(client, OptionCatalogue.bySymbol("so/linger").orElseThrow(), new Linger(true, 0));
                client.close();
                peer.setSoTimeout(5000);
                InputStream in = peer.getInputStream();
                assertThatThrownBy(in::read).isInstanceOf(SocketException.class).hasMessageContaining("reset");
            } finally {
                client.closeQuietly();
            }
        }
    }

    private static java.net.Socket connect(Socket client, ServerSocket server) throws Exception {
        client.connect(SockAddr.inet("127.0.0.1", server.getLocalPort()));
        return server.accept();
    }
}
