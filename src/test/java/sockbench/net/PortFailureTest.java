package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A buffered output port whose send-all fails part-way keeps exactly what did not leave: the peer
 * (the JDK's own socket) finally receives every byte written, once, in order — never again what was
 * already on the wire.
 */
@ExtendWith(FiniteTimeouts.class)
class PortFailureTest {

    @Test
    void should_send_each_byte_once_after_a_send_timed_out_part_way() throws Exception {
        try (ServerSocket jdk = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Socket s = Socket.create(Net.INET, Net.STREAM);
            s.connect(SockAddr.inet("127.0.0.1", jdk.getLocalPort()));
            try (java.net.Socket peer = jdk.accept()) {
                SocketPorts ports;
                try (Parameter.Scope size = Parameters.SEND_BUFFER_SIZE.bind(4096);
                     Parameter.Scope timeout = Parameters.SEND_TIMEOUT.bind(200)) {
                    ports = SocketPorts.open(s);
                }
                SocketOutputPort out = ports.output();
                byte[] chunk = Net.pattern(10_000);
                long written = 0;
                NetException failed = null;
                // the peer reads nothing: the kernel's buffers fill, then a send times out part-way
                for (int i = 0; i < 10_000 && failed == null; i++) {
                    written += chunk.length; // write keeps the bytes first, then sends whole blocks
                    try {
                        out.write(chunk, 0, chunk.length);
                    } catch (NetException e) {
                        failed = e;
                    }
                }
                assertThat(failed).as("a send timed out").isNotNull();
                assertThat(failed.is("timeout")).isTrue();
                assertThat(out.buffered()).as("kept: what did not leave").isPositive();

                long expected = written;
                CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(peer));
                try (Parameter.Scope timeout = Parameters.SEND_TIMEOUT.bind(10_000)) {
                    out.close(); // flushes what was kept, then shuts the write side down
                }
                byte[] all = received.get(30, TimeUnit.SECONDS);
                assertThat((long) all.length).as("bytes received, each once").isEqualTo(expected);
                for (int i = 0; i < all.length; i += chunk.length) {
                    int n = Math.min(chunk.length, all.length - i);
                    assertThat(java.util.Arrays.copyOfRange(all, i, i + n)).as("block at %d", i)
                            .isEqualTo(java.util.Arrays.copyOf(chunk, n));
                }
            } finally {
                s.closeQuietly();
            }
        }
    }

    @Test
    void should_keep_the_buffer_when_a_flush_fails() throws Exception {
        Socket[] pair = Loopback.tcpPair();
        try {
            SocketPorts ports;
            try (Parameter.Scope size = Parameters.SEND_BUFFER_SIZE.bind(1 << 20)) {
                ports = SocketPorts.open(pair[0]);
            }
            SocketOutputPort out = ports.output();
            out.write(Net.bytes("kept until sent"), 0, 15);
            pair[1].close(); // the peer is gone: the flush's send fails
            assertThrows(NetException.class, () -> {
                for (int i = 0; i < 100; i++) { // the first send may still succeed; RST comes back, then EPIPE
                    out.flush();
                    out.write(Net.bytes("more"), 0, 4);
                    Thread.sleep(10);
                }
            });
            assertThat(out.buffered()).as("a failed flush loses nothing it kept").isPositive();
        } finally {
            Loopback.closeAll(pair);
        }
    }

    private static byte[] readAll(java.net.Socket peer) {
        try {
            InputStream in = peer.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
            }
            return all.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
