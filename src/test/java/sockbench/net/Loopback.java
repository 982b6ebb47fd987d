package sockbench.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers for tests on loopback: families, connected pairs, and the process's fd count. */
final class Loopback {
    static final int AF_INET = Constants.require("af/inet");
    static final int AF_INET6 = Constants.require("af/inet6");
    static final int AF_UNIX = Constants.require("af/unix");
    static final int STREAM = Constants.require("sock/stream");
    static final int DGRAM = Constants.require("sock/dgram");

    private Loopback() {}

    /** A connected TCP pair on 127.0.0.1: [client, accepted server]; the listener is closed. */
    static Socket[] tcpPair() {
        Socket listener = Socket.create(AF_INET, STREAM);
        try {
            listener.bind(SockAddr.inet("127.0.0.1", 0));
            listener.listen(1);
            Socket client = Socket.create(AF_INET, STREAM);
            client.connect(listener.name());
            return new Socket[] {client, listener.accept()};
        } finally {
            listener.closeQuietly();
        }
    }

    static Socket udp(String address) {
        Socket s = Socket.create(address.contains(":") ? AF_INET6 : AF_INET, DGRAM);
        s.bind(SockAddr.inet(address, 0));
        return s;
    }

    static void closeAll(Socket... sockets) {
        for (Socket s : sockets) {
            if (s != null) {
                s.closeQuietly();
            }
        }
    }

    static int openFds() {
        try (var files = Files.list(Path.of("/proc/self/fd"))) {
            return (int) files.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
