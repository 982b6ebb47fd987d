package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each socket counts the bytes its send and receive calls moved, whichever face made the call: the
 * window shows these counters, so a send typed in the console counts as much as one from a view.
 */
@ExtendWith(FiniteTimeouts.class)
class ByteCountersTest {
    private static final int PEEK = Constants.require("msg/peek");
    private static final int TRUNC = Constants.require("msg/trunc");

    @Test
    void should_count_sends_receives_and_ports_on_a_stream_but_not_peeks() throws java.io.IOException {
        Socket[] p = Loopback.tcpPair();
        try {
            p[0].sendAll(Net.pattern(100_000), 0, null, 0);
            SocketOutputPort out = SocketPorts.open(p[0]).output();
            out.write(Net.bytes("abc"));
            out.flush();
            byte[] buf = new byte[4096];
            assertThat(p[1].receive(buf, 0, 10, PEEK)).isEqualTo(10);
            long got = 0;
            while (got < 100_003) {
                got += p[1].receive(buf, 0, buf.length, 0);
            }
            assertThat(p[0].bytesSent()).isEqualTo(100_003);
            assertThat(p[1].bytesReceived()).as("the peeked 10 bytes once, when received").isEqualTo(100_003);
            assertThat(p[0].bytesReceived()).isZero();
            assertThat(p[1].bytesSent()).isZero();
        } finally {
            Loopback.closeAll(p);
        }
    }

    @Test
    void should_count_a_truncated_datagram_by_its_real_size() {
        Socket a = Net.datagram("127.0.0.1");
        Socket b = Net.datagram("127.0.0.1");
        try {
            b.sendTo(Net.pattern(300), a.name(), 0, null, 0);
            a.receive(new byte[100], 0, 100, TRUNC);
            assertThat(b.bytesSent()).isEqualTo(300);
            assertThat(a.bytesReceived()).as("the whole datagram left the queue").isEqualTo(300);
        } finally {
            Loopback.closeAll(a, b);
        }
    }
}
