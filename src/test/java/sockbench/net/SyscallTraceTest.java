package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyscallTraceTest {

    @Test
    void should_report_each_native_call_with_c_style_arguments_and_errno() throws Exception {
        List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
        Socket s = null;
        try (AutoCloseable t = SyscallTrace.listen(events::add)) {
            s = Socket.create(Loopback.AF_INET, Loopback.STREAM);
            Socket probe = s;
            try {
                probe.connect(SockAddr.inet("127.0.0.1", closedPort()));
            } catch (NetException expected) {
                assertThat(expected.errnoSymbol()).isEqualTo("ECONNREFUSED");
            }
        } finally {
            if (s != null) {
                s.closeQuietly();
            }
        }
        List<String> names = events.stream().map(TraceEvent::syscall).toList();
        assertThat(names).startsWith("socket");
        assertThat(names).contains("connect");
        TraceEvent connect = events.stream().filter(e -> e.syscall().equals("connect")).findFirst().orElseThrow();
        assertThat(connect.arguments()).contains("AF_INET").contains("inet_addr(\"127.0.0.1\")");
        assertThat(connect.result()).isEqualTo(-1);
        assertThat(connect.errno()).isIn("EINPROGRESS", "ECONNREFUSED");
        assertThat(connect.durationNanos()).isNotNegative();
        assertThat(events.get(0).toString()).startsWith("socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC, 0) = ");
    }

    @Test
    void should_show_data_as_an_escaped_c_string() throws Exception {
        Socket[] pair = Loopback.tcpPair();
        List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable t = SyscallTrace.listen(events::add)) {
            pair[0].send("GET /\r\n".getBytes());
        } finally {
            Loopback.closeAll(pair);
        }
        TraceEvent send = events.stream().filter(e -> e.syscall().equals("send")).findFirst().orElseThrow();
        assertThat(send.toString()).isEqualTo("send(" + pair[0].fileno() + ", \"GET /\\r\\n\", 7, MSG_NOSIGNAL) = 7");
    }

    @Test
    void should_stop_reporting_once_the_listener_is_closed() throws Exception {
        List<TraceEvent> events = Collections.synchronizedList(new ArrayList<>());
        AutoCloseable t = SyscallTrace.listen(events::add);
        t.close();
        Socket s = Socket.create(Loopback.AF_INET, Loopback.STREAM);
        s.close();
        assertThat(events).isEmpty();
    }

    private static int closedPort() {
        Socket s = Socket.create(Loopback.AF_INET, Loopback.STREAM);
        try {
            s.bind(SockAddr.inet("127.0.0.1", 0));
            return s.name().port();
        } finally {
            s.close();
        }
    }
}
