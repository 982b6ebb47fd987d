package sockbench.net.wire;

import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * Run in a child process without CAP_NET_RAW: tries to start a capture, prints what the user would read,
 * then shows a loopback TCP connection still works (every other view keeps working).
 */
public final class NoPrivilegeProbe {
    private NoPrivilegeProbe() {}

    public static void main(String[] args) {
        try (Capture c = Capture.start(CaptureOptions.DEFAULT)) {
            System.out.println("capture started");
        } catch (CaptureNotPermitted e) {
            System.out.println("refused: " + e.errnoSymbol());
            System.out.println(e.getMessage());
        }
        Socket listener = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        listener.bind(SockAddr.inet("127.0.0.1", 0));
        listener.listen(1);
        Socket client = Socket.create(Constants.require("af/inet"), Constants.require("sock/stream"));
        client.connect(listener.name());
        Socket server = listener.accept();
        client.send("ok".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        byte[] b = new byte[2];
        int n = server.receive(b);
        System.out.println("tcp still works: " + new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
        client.close();
        server.close();
        listener.close();
    }
}
