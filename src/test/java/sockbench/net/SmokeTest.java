package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void should_talk_to_a_jdk_server() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Socket s = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
            System.out.println(s);
            s.connect(SockAddr.inet("127.0.0.1", server.getLocalPort()));
            try (java.net.Socket peer = server.accept()) {
                s.sendAll("hello".getBytes());
                InputStream in = peer.getInputStream();
                byte[] b = in.readNBytes(5);
                assertThat(new String(b)).isEqualTo("hello");
                OutputStream out = peer.getOutputStream();
                out.write("world!".getBytes());
                out.flush();
                byte[] r = s.receive(100, 0);
                assertThat(new String(r)).isEqualTo("world!");
                System.out.println(s.name() + " " + s.peerName());
            }
            s.close();
        }
        System.out.println(Resolver.addressInformation("localhost", "http", null, 1, null, 0));
        System.out.println(Resolver.addressInformation("127.0.0.1", 53, null, 2, null, 0));
        System.out.println(Resolver.addressInformation(null, "http", null, 1, null, 1));
        System.out.println(Resolver.addressInformation(null, null, null, 1, null, 0));
        System.out.println(Resolver.nameInformation(SockAddr.inet("127.0.0.1", 80), 0));
        System.out.println(Resolver.nameInformation("::1", 0));
        System.out.println(Resolver.nameInformation(SockAddr.inet("::1", 80), 3));
        System.out.println(SockAddr.inet(null, 80) + " " + SockAddr.inet("fe80::1%lo", 80));
    }
}
