package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Shared vocabulary of the engine tests: constants, loopback listeners, exact receives. */
final class Net {
    static final int INET = Constants.require("af/inet");
    static final int INET6 = Constants.require("af/inet6");
    static final int UNIX = Constants.require("af/unix");
    static final int STREAM = Constants.require("sock/stream");
    static final int DGRAM = Constants.require("sock/dgram");
    static final int TCP = Constants.require("ipproto/tcp");
    static final int UDP = Constants.require("ipproto/udp");
    static final int SHUT_RD = Constants.require("shut/rd");
    static final int SHUT_WR = Constants.require("shut/wr");
    static final int SHUT_RDWR = Constants.require("shut/rdwr");

    private Net() {}

    static int familyOf(String numericHost) {
        return numericHost.contains(":") ? INET6 : INET;
    }

    /** A stream socket listening on {@code host} at a port the kernel picks. */
    static Socket listener(String host) {
        Socket s = Socket.create(familyOf(host), STREAM);
        try {
            s.bind(SockAddr.inet(host, 0));
            s.listen(16);
            return s;
        } catch (RuntimeException e) {
            s.closeQuietly();
            throw e;
        }
    }

    /** A datagram socket bound on {@code host} at a port the kernel picks. */
    static Socket datagram(String host) {
        Socket s = Socket.create(familyOf(host), DGRAM);
        try {
            s.bind(SockAddr.inet(host, 0));
            return s;
        } catch (RuntimeException e) {
            s.closeQuietly();
            throw e;
        }
    }

    /** A client connected to the listener's address. */
    static Socket connectTo(Socket listener) {
        SockAddr where = listener.name();
        Socket c = Socket.create(where.family(), STREAM);
        try {
            c.connect(where);
            return c;
        } catch (RuntimeException e) {
            c.closeQuietly();
            throw e;
        }
    }

    static int port(Socket s) {
        return s.name().port();
    }

    /** A port on 127.0.0.1 where nothing listens (bound and closed at once; the kernel does not hand it out again soon). */
    static int closedPort() {
        Socket s = Socket.create(INET, STREAM);
        try {
            s.bind(SockAddr.inet("127.0.0.1", 0));
            return port(s);
        } finally {
            s.close();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** Every byte value, repeated to {@code n} bytes, so byte-for-byte transfer is visible. */
    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + (i >>> 8));
        }
        return b;
    }

    /** Receives exactly n bytes (fails at end of stream). */
    static byte[] receiveExactly(Socket s, int n) {
        byte[] buf = new byte[n];
        int off = 0;
        while (off < n) {
            int r = s.receive(buf, off, n, 0);
            assertThat(r).as("end of stream after %d of %d bytes", off, n).isPositive();
            off += r;
        }
        return buf;
    }

    /** Receives until the peer's end of stream. */
    static byte[] receiveToEnd(Socket s) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int r;
        while ((r = s.receive(buf)) > 0) {
            all.write(buf, 0, r);
        }
        return all.toByteArray();
    }
}
