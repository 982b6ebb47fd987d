package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec's buffering and chunking rules for socket ports, checked against the send calls made. */
class SocketPortsTest {
    private final List<PortEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<TraceEvent> calls = Collections.synchronizedList(new ArrayList<>());
    private AutoCloseable portListener;
    private AutoCloseable trace;
    private Socket[] pair;

    @BeforeEach
    void listen() {
        pair = Loopback.tcpPair();
        portListener = PortEvents.listen(e -> {
            if (e.socket() == pair[0] || e.socket() == pair[1]) {
                events.add(e);
            }
        });
        trace = SyscallTrace.listen(e -> {
            if (e.fd() == pair[0].fileno() && e.syscall().equals("send")) {
                calls.add(e);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        portListener.close();
        trace.close();
        Loopback.closeAll(pair);
    }

    private SocketPorts ports(Integer bufferSize, Integer sendSize, int receiveSize, Socket s) {
        try (Parameter.Scope a = Parameters.SEND_BUFFER_SIZE.bind(bufferSize);
             Parameter.Scope b = Parameters.SEND_SIZE.bind(sendSize);
             Parameter.Scope c = Parameters.RECEIVE_BUFFER_SIZE.bind(receiveSize)) {
            return SocketPorts.open(s);
        }
    }

    private List<Integer> sizes(PortEvent.Kind kind) {
        synchronized (events) {
            return events.stream().filter(e -> e.kind() == kind).map(PortEvent::bytes).collect(Collectors.toList());
        }
    }

    private List<Long> sendCalls() {
        synchronized (calls) {
            return calls.stream().map(TraceEvent::result).collect(Collectors.toList());
        }
    }

    @Test
    void should_send_whole_blocks_and_keep_the_rest_as_the_spec_example_says() {
        SocketPorts p = ports(512, 16384, 4096, pair[0]);
        p.output().write(new byte[500], 0, 500);
        assertThat(sendCalls()).isEmpty();
        assertThat(p.output().buffered()).isEqualTo(500);
        p.output().write(new byte[526], 0, 526);
        assertThat(sizes(PortEvent.Kind.SEND_ALL)).containsExactly(1024);
        assertThat(sendCalls()).containsExactly(1024L);
        assertThat(p.output().buffered()).isEqualTo(2);
        assertThat(receiveExactly(pair[1], 1024)).isEqualTo(1024);
    }

    @Test
    void should_divide_each_send_all_into_chunks_of_the_send_size() {
        SocketPorts p = ports(128, 512, 4096, pair[0]);
        p.output().write(new byte[1000], 0, 1000);
        assertThat(sizes(PortEvent.Kind.SEND_ALL)).containsExactly(896);
        assertThat(sendCalls()).containsExactly(512L, 384L);
        assertThat(p.output().buffered()).isEqualTo(104);
        p.output().flush();
        assertThat(sendCalls()).containsExactly(512L, 384L, 104L);
        assertThat(receiveExactly(pair[1], 1000)).isEqualTo(1000);
    }

    @Test
    void should_send_every_write_at_once_when_unbuffered() {
        SocketPorts p = ports(null, 100, 4096, pair[0]);
        p.output().write(new byte[250], 0, 250);
        p.output().write(7);
        assertThat(sizes(PortEvent.Kind.SEND_ALL)).containsExactly(250, 1);
        assertThat(sendCalls()).containsExactly(100L, 100L, 50L, 1L);
        assertThat(p.output().buffered()).isZero();
    }

    @Test
    void should_send_everything_remaining_in_each_call_when_send_size_is_false() {
        SocketPorts p = ports(1024, null, 4096, pair[0]);
        p.output().write(new byte[5000], 0, 5000);
        assertThat(sendCalls()).containsExactly(4096L);
        assertThat(p.output().buffered()).isEqualTo(904);
    }

    @Test
    void should_capture_parameters_when_the_ports_are_made() {
        SocketPorts p = ports(16, 16384, 4096, pair[0]);
        try (Parameter.Scope later = Parameters.SEND_BUFFER_SIZE.bind(null)) {
            p.output().write(new byte[10], 0, 10);
        }
        assertThat(sendCalls()).isEmpty();
        assertThat(p.output().bufferSize()).isEqualTo(16);
    }

    @Test
    void should_refill_the_input_buffer_with_one_receive_when_empty() throws Exception {
        SocketPorts p = ports(null, 16384, 8, pair[1]);
        pair[0].sendAll("hello, world".getBytes());
        waitUntilReadable(pair[1]);
        byte[] first = new byte[100];
        int n = p.input().read(first, 0, 100);
        assertThat(n).isEqualTo(8);
        assertThat(new String(first, 0, n)).isEqualTo("hello, w");
        assertThat(p.input().available()).isZero();
        assertThat(sizes(PortEvent.Kind.RECEIVE)).containsExactly(8);
        assertThat(p.input().read(first, 0, 2)).isEqualTo(2);
        assertThat(sizes(PortEvent.Kind.RECEIVE)).containsExactly(8, 4);
        assertThat(p.input().available()).isEqualTo(2);
    }

    @Test
    void should_truncate_datagrams_to_the_input_buffer() {
        Socket a = Loopback.udp("127.0.0.1");
        Socket b = Loopback.udp("127.0.0.1");
        try {
            a.connect(b.name());
            b.connect(a.name());
            SocketPorts p = ports(null, 16384, 8, b);
            a.send("0123456789ABCDEFGHIJ".getBytes());
            a.send("second".getBytes());
            byte[] buf = new byte[100];
            int n = p.input().read(buf, 0, 100);
            assertThat(new String(buf, 0, n)).isEqualTo("01234567");
            n = p.input().read(buf, 0, 100);
            assertThat(new String(buf, 0, n)).as("the rest of the first datagram is lost").isEqualTo("second");
        } finally {
            Loopback.closeAll(a, b);
        }
    }

    @Test
    void should_chunk_output_into_datagrams_of_the_send_size() {
        Socket a = Loopback.udp("127.0.0.1");
        Socket b = Loopback.udp("127.0.0.1");
        try {
            a.connect(b.name());
            SocketPorts p = ports(null, 512, 4096, a);
            p.output().write(new byte[1300], 0, 1300);
            int[] seen = new int[3];
            for (int i = 0; i < 3; i++) {
                seen[i] = b.receive(new byte[4096]);
            }
            assertThat(seen).containsExactly(512, 512, 276);
        } finally {
            Loopback.closeAll(a, b);
        }
    }

    @Test
    void should_shut_down_the_write_side_when_the_output_port_closes() {
        SocketPorts p = ports(64, 16384, 4096, pair[0]);
        p.output().write("tail".getBytes(), 0, 4);
        p.output().close();
        assertThat(pair[0].shutdownHow()).isEqualTo(Constants.require("shut/wr"));
        byte[] buf = new byte[16];
        assertThat(pair[1].receive(buf)).isEqualTo(4);
        assertThat(pair[1].receive(buf)).as("end of stream").isZero();
        assertThat(pair[0].isClosed()).isFalse();
    }

    @Test
    void should_skip_the_shutdown_for_an_abandoned_port() {
        SocketPorts p = ports(null, 16384, 4096, pair[0]);
        p.output().abandon();
        p.output().close();
        assertThat(pair[0].shutdownHow()).isEqualTo(-1);
        assertThat(pair[1].isReceiveReady()).isFalse();
        pair[0].sendAll("still open".getBytes());
        assertThat(receiveExactly(pair[1], 10)).isEqualTo(10);
    }

    @Test
    void should_close_the_socket_after_both_ports_close() {
        SocketPorts p = ports(null, 16384, 4096, pair[0]);
        assertThat(p.input().socket()).isSameAs(pair[0]);
        assertThat(p.output().socket()).isSameAs(pair[0]);
        p.input().close();
        assertThat(pair[0].isClosed()).isFalse();
        p.output().abandon();
        p.output().close();
        assertThat(pair[0].isClosed()).isTrue();
        assertThatThrownBy(() -> p.output().write(1)).hasMessageContaining("closed");
    }

    private static int receiveExactly(Socket s, int n) {
        byte[] buf = new byte[n];
        int got = 0;
        try (Parameter.Scope t = Parameters.RECEIVE_TIMEOUT.bind(5000)) {
            while (got < n) {
                int r = s.receive(buf, got, n, 0);
                if (r == 0) {
                    break;
                }
                got += r;
            }
        }
        return got;
    }

    private static void waitUntilReadable(Socket s) throws InterruptedException {
        for (int i = 0; i < 500 && !s.isReceiveReady(); i++) {
            Thread.sleep(10);
        }
    }
}
