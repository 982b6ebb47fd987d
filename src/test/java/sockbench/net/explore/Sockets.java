package sockbench.net.explore;

import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/** Engine sockets on loopback at ports the kernel picks. */
final class Sockets {
    static final int INET = Constants.require("af/inet");
    static final int UNIX = Constants.require("af/unix");
    static final int STREAM = Constants.require("sock/stream");
    static final int DGRAM = Constants.require("sock/dgram");

    private Sockets() {}

    static Socket listener() {
        Socket s = Socket.create(INET, STREAM);
        s.bind(SockAddr.inet("127.0.0.1", 0));
        s.listen(16);
        return s;
    }

    static Socket datagram() {
        Socket s = Socket.create(INET, DGRAM);
        s.bind(SockAddr.inet("127.0.0.1", 0));
        return s;
    }

    static int port(Socket s) {
        return s.name().port();
    }
}
