package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spec, "Data transfer" and the parameters it uses, over a connected loopback TCP pair. */
@ExtendWith(FiniteTimeouts.class)
class DataTransferTest {
    private static final Pattern SEND_LENGTH = Pattern.compile(", (\\d+), [A-Z_|0-9]+$");
    private Socket listener;
    private Socket client;
    private Socket server;

    @BeforeEach
    void connect() {
        listener = Net.listener("127.0.0.1");
        client = Net.connectTo(listener);
        server = listener.accept();
    }

    @AfterEach
    void close() {
        server.closeQuietly();
        client.closeQuietly();
        listener.closeQuietly();
    }

    @Test
    void should_receive_into_a_buffer_between_start_and_end() {
        client.sendAll(Net.bytes("hello"));
        byte[] buf = Net.bytes("..........");
        int n = server.receive(buf, 2, 9, 0);
        assertThat(n).isEqualTo(5);
        assertThat(Net.text(buf)).isEqualTo("..hello...");
    }

    @Test
    void should_read_at_most_end_minus_start_bytes() {
        client.sendAll(Net.bytes("abcdefgh"));
        byte[] buf = new byte[8];
        assertThat(eventuallyReady(server)).isTrue();
        int n = server.receive(buf, 0, 3, 0);
        assertThat(n).isEqualTo(3);
        assertThat(Net.text(server.receive(100, 0))).isEqualTo("defgh");
    }

    @Test
    void should_send_from_between_start_and_end() {
        int n = client.send(Net.bytes("xxhelloxx"), 2, 7, 0);
        assertThat(n).isEqualTo(5);
        assertThat(Net.text(Net.receiveExactly(server, 5))).isEqualTo("hello");
    }

    @Test
    void should_receive_a_string_sized_to_fit() {
        // (socket-receive so len): "a string (sized to fit the returned data)"
        client.sendAll(Net.bytes("abc"));
        byte[] got = server.receive(1024, 0);
        assertThat(got).hasSize(3);
        assertThat(Net.text(got)).isEqualTo("abc");
    }

    @Test
    void should_receive_with_a_huge_length_without_allocating_it() {
        client.sendAll(Net.bytes("small"));
        assertThat(Net.text(server.receive(Integer.MAX_VALUE, 0))).isEqualTo("small");
        client.sendAll(Net.bytes("again"));
        assertThat(Net.text(server.receiveFrom(Integer.MAX_VALUE - 1, 0).data())).isEqualTo("again");
    }

    @Test
    void should_carry_every_byte_value_unchanged() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        client.sendAll(all);
        assertThat(Net.receiveExactly(server, 256)).isEqualTo(all);
    }

    @Test
    void should_give_zero_at_end_of_stream() {
        client.close();
        assertThat(server.receive(new byte[10])).isZero();
        assertThat(server.receive(10, 0)).isEmpty();
    }

    @Test
    void should_give_no_source_for_a_receive_from_on_a_connected_stream() {
        client.sendAll(Net.bytes("x"));
        Socket.Received r = server.receiveFrom(new byte[4], 0, null, 0);
        assertThat(r.count()).isEqualTo(1);
        // TCP does not report a source per receive; the peer is socket-peer-name.
        if (r.source() != null) {
            assertThat(r.source()).isEqualTo(client.name());
        }
    }

    @Test
    void should_tell_whether_a_receive_would_block() {
        assertThat(server.isReceiveReady()).isFalse();
        client.sendAll(Net.bytes("ping"));
        assertThat(eventuallyReady(server)).isTrue();
        Net.receiveExactly(server, 4);
        assertThat(server.isReceiveReady()).isFalse();
        client.shutdown(Net.SHUT_WR);
        assertThat(eventuallyReady(server)).as("end of stream is readable").isTrue();
    }

    @Test
    void should_time_out_a_receive_after_the_receive_timeout() {
        try (Parameter.Scope t = Parameters.RECEIVE_TIMEOUT.bind(150)) {
            long t0 = System.nanoTime();
            NetException e = assertThrows(NetException.class, () -> server.receive(10, 0));
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net", "timeout");
            assertThat(e.getMessage()).contains("timed out");
            assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(140_000_000L);
        }
        // the socket still works after a timeout
        client.sendAll(Net.bytes("late"));
        assertThat(Net.text(Net.receiveExactly(server, 4))).isEqualTo("late");
    }

    @Test
    void should_peek_without_consuming() {
        client.sendAll(Net.bytes("peek"));
        assertThat(eventuallyReady(server)).isTrue();
        assertThat(Net.text(server.receive(4, Constants.require("msg/peek")))).isEqualTo("peek");
        assertThat(Net.text(server.receive(4, 0))).isEqualTo("peek");
    }

    @Test
    void should_raise_eagain_instead_of_waiting_when_asked_not_to_wait() {
        NetException e = assertThrows(NetException.class,
                () -> server.receive(4, Constants.require("msg/dontwait")));
        assertThat(e.errnoSymbol()).isEqualTo("EAGAIN");
    }

    @Test
    void should_send_all_in_chunks_of_the_send_size() {
        // "Data is sent in chunks of size (socket-send-size); the last chunk sent may be smaller."
        byte[] data = Net.pattern(3500);
        List<Integer> sizes;
        try (Parameter.Scope s = Parameters.SEND_SIZE.bind(1000); Calls calls = Calls.record()) {
            client.sendAll(data);
            sizes = sendLengths(calls);
        }
        assertThat(sizes).containsExactly(1000, 1000, 1000, 500);
        assertThat(Net.receiveExactly(server, 3500)).isEqualTo(data);
    }

    @Test
    void should_send_all_between_start_and_end_in_chunks() {
        byte[] data = Net.pattern(100);
        List<Integer> sizes;
        try (Parameter.Scope s = Parameters.SEND_SIZE.bind(16); Calls calls = Calls.record()) {
            client.sendAll(data, 10, 50, 0);
            sizes = sendLengths(calls);
        }
        assertThat(sizes).containsExactly(16, 16, 8);
        assertThat(Net.receiveExactly(server, 40)).isEqualTo(java.util.Arrays.copyOfRange(data, 10, 50));
    }

    @Test
    void should_send_everything_each_call_when_the_send_size_is_false() {
        byte[] data = Net.pattern(40_000);
        List<Integer> sizes;
        try (Parameter.Scope s = Parameters.SEND_SIZE.bind(false); Calls calls = Calls.record()) {
            client.sendAll(data);
            sizes = sendLengths(calls);
        }
        assertThat(sizes.get(0)).isEqualTo(40_000);
        assertThat(Net.receiveExactly(server, 40_000)).isEqualTo(data);
    }

    @Test
    void should_use_the_default_send_size_of_16384() {
        assertThat(Parameters.SEND_SIZE.get()).isEqualTo(16384);
        byte[] data = Net.pattern(40_000);
        List<Integer> sizes;
        try (Calls calls = Calls.record()) {
            client.sendAll(data);
            sizes = sendLengths(calls);
        }
        assertThat(sizes).containsExactly(16384, 16384, 7232);
        assertThat(Net.receiveExactly(server, 40_000)).isEqualTo(data);
    }

    @Test
    void should_send_all_of_a_large_buffer_while_the_peer_drains_it_slowly() throws Exception {
        // More than the kernel buffers hold: send-all must wait for room and continue.
        byte[] data = Net.pattern(8 << 20);
        Thread reader = new Thread(() -> {
            byte[] got = Net.receiveExactly(server, data.length);
            if (!java.util.Arrays.equals(got, data)) {
                throw new AssertionError("data differs");
            }
        });
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        reader.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        reader.start();
        client.sendAll(data);
        reader.join(30_000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    @Test
    void should_time_out_a_send_when_the_peer_never_reads() {
        byte[] chunk = new byte[1 << 16];
        try (Parameter.Scope t = Parameters.SEND_TIMEOUT.bind(200)) {
            NetException e = assertThrows(NetException.class, () -> {
                for (int i = 0; i < 100_000; i++) {
                    client.send(chunk);
                }
            });
            assertThat(e.kinds()).containsExactly("exn", "i/o", "net", "timeout");
        }
    }

    @Test
    void should_poll_first_while_receives_keep_waiting_and_not_call_recv_for_eagain() throws Exception {
        // request/response: each receive waits for the peer, so after the first the engine polls
        // before recv instead of making a recv that answers EAGAIN.
        Thread echo = new Thread(() -> {
            byte[] b = new byte[1];
            for (int i = 0; i < 20; i++) {
                if (server.receive(b) != 1) {
                    return;
                }
                server.sendAll(b);
            }
        });
        echo.start();
        byte[] b = {7};
        List<TraceEvent> recvs;
        try (Calls calls = Calls.record()) {
            for (int i = 0; i < 20; i++) {
                client.sendAll(b);
                assertThat(client.receive(b)).isEqualTo(1);
            }
            recvs = calls.of("recv");
        }
        echo.join(10_000);
        long eagain = recvs.stream().filter(e -> "EAGAIN".equals(e.errno())).count();
        assertThat(recvs.size() - eagain).isEqualTo(20);
        assertThat(eagain).as("recv calls that only said EAGAIN").isLessThanOrEqualTo(3);
    }

    @Test
    void should_still_take_waiting_data_with_a_zero_timeout_after_receives_that_waited() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread later = new Thread(() -> {
                sleep(30);
                client.sendAll(Net.bytes("x"));
            });
            later.start();
            assertThat(server.receive(1, 0)).hasSize(1);
            later.join();
        }
        client.sendAll(Net.bytes("now"));
        assertThat(eventuallyReady(server)).isTrue();
        try (Parameter.Scope t = Parameters.RECEIVE_TIMEOUT.bind(0)) {
            assertThat(Net.text(server.receive(10, 0))).isEqualTo("now");
            NetException e = assertThrows(NetException.class, () -> server.receive(10, 0));
            assertThat(e.is("timeout")).isTrue();
        }
        NetException e = assertThrows(NetException.class,
                () -> server.receive(10, Constants.require("msg/dontwait")));
        assertThat(e.errnoSymbol()).as("MSG_DONTWAIT never waits, even after waits").isEqualTo("EAGAIN");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Integer> sendLengths(Calls calls) {
        return calls.of("send").stream().map(e -> {
            Matcher m = SEND_LENGTH.matcher(e.arguments());
            assertThat(m.find()).as(e.arguments()).isTrue();
            assertThat(e.result()).as("the whole chunk went out").isEqualTo(Long.parseLong(m.group(1)));
            return Integer.parseInt(m.group(1));
        }).collect(Collectors.toList());
    }

    private static boolean eventuallyReady(Socket s) {
        try {
            return SetupTeardownTest.eventually(s::isReceiveReady);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
