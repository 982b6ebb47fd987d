package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code msg/trunc} on a datagram socket: recv(2) answers the datagram's real length (udp(7),
 * "MSG_TRUNC: return the real length of the packet or datagram, even when it was longer than the
 * passed buffer"), while only the buffer's range is written — as C and Python's recv_into do.
 */
@ExtendWith(FiniteTimeouts.class)
class TruncationTest {
    private static final int TRUNC = Constants.require("msg/trunc");
    private Socket a;
    private Socket b;

    @BeforeEach
    void pair() {
        a = Net.datagram("127.0.0.1");
        b = Net.datagram("127.0.0.1");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void should_return_the_real_length_and_write_only_the_range() {
        // an earlier, longer datagram on another socket leaves its bytes in this thread's scratch memory
        Socket other = Net.datagram("127.0.0.1");
        b.sendTo(Net.bytes("S".repeat(100)), other.name(), 0, null, 0);
        other.receiveFrom(100, 0);
        other.close();

        byte[] sent = Net.pattern(40);
        b.sendTo(sent, a.name(), 0, null, 0);
        byte[] buf = new byte[16];
        Arrays.fill(buf, (byte) '.');
        int n = a.receive(buf, 2, 6, TRUNC);
        assertThat(n).as("the datagram's real length").isEqualTo(40);
        assertThat(Arrays.copyOfRange(buf, 2, 6)).isEqualTo(Arrays.copyOf(sent, 4));
        assertThat(Net.text(Arrays.copyOfRange(buf, 0, 2)) + Net.text(Arrays.copyOfRange(buf, 6, 16)))
                .as("nothing written outside [2, 6)").isEqualTo(".".repeat(12));
    }

    @Test
    void should_give_len_bytes_of_a_longer_datagram_from_socket_receive() {
        byte[] sent = Net.pattern(2000);
        b.sendTo(sent, a.name(), 0, null, 0);
        byte[] got = a.receive(1024, TRUNC);
        assertThat(got).isEqualTo(Arrays.copyOf(sent, 1024));
    }

    @Test
    void should_give_the_real_length_from_receive_from_and_the_source() {
        byte[] sent = Net.pattern(300);
        b.sendTo(sent, a.name(), 0, null, 0);
        byte[] buf = new byte[10];
        Socket.Received r = a.receiveFrom(buf, 0, null, TRUNC);
        assertThat(r.count()).isEqualTo(300);
        assertThat(buf).isEqualTo(Arrays.copyOf(sent, 10));
        assertThat(r.source()).isEqualTo(b.name());
        b.sendTo(sent, a.name(), 0, null, 0);
        Socket.Datagram d = a.receiveFrom(5, TRUNC);
        assertThat(d.data()).isEqualTo(Arrays.copyOf(sent, 5));
    }
}
