package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** curl fetching from a sockbench listening socket that answers one HTTP request. */
@ExtendWith(FiniteTimeouts.class)
class CurlPeerTest {

    @Test
    void should_serve_one_http_request_to_curl() throws Exception {
        Socket listener = Net.listener("127.0.0.1");
        int port = Net.port(listener);
        String body = "hello from a sockbench socket\n";
        CompletableFuture<String> request = new CompletableFuture<>();
        Thread server = new Thread(() -> {
            try {
                Socket conn = listener.accept();
                try {
                    request.complete(readHead(conn));
                    conn.sendAll(Net.bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                            + body.length() + "\r\nConnection: close\r\n\r\n" + body));
                } finally {
                    conn.close();
                }
            } catch (Throwable e) {
                request.completeExceptionally(e);
            }
        }, "http-once");
        server.start();
        try (Peer curl = Peer.run("curl", "--silent", "--show-error", "--noproxy", "*", "--max-time", "20",
                "http://127.0.0.1:" + port + "/")) {
            StringBuilder out = new StringBuilder();
            out.append(curl.readLine(Duration.ofSeconds(20))).append('\n');
            assertThat(curl.waitFor(Duration.ofSeconds(20))).as(curl.stderr()).isZero();
            assertThat(out.toString()).isEqualTo(body);
            String head = request.get(20, TimeUnit.SECONDS);
            assertThat(head).startsWith("GET / HTTP/1.1\r\n").contains("\r\nHost: 127.0.0.1:" + port + "\r\n")
                    .endsWith("\r\n\r\n");
        } finally {
            server.join(20_000);
            listener.close();
        }
    }

    /** Reads until the blank line that ends an HTTP request head. */
    private static String readHead(Socket s) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        while (!Net.text(head.toByteArray()).contains("\r\n\r\n")) {
            int n = s.receive(buf);
            if (n == 0) {
                throw new AssertionError("end of stream inside the request head: " + head);
            }
            head.write(buf, 0, n);
        }
        return Net.text(head.toByteArray());
    }
}
