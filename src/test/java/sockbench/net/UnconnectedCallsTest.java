package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data call on a stream socket that is not connected answers at once with the kernel's errno, as
 * the egg's recv/send do (recv(2): ENOTCONN), never by waiting for readiness that cannot come.
 */
@ExtendWith(FiniteTimeouts.class)
class UnconnectedCallsTest {

    @Test
    void should_refuse_a_receive_on_a_listening_socket_at_once() {
        Socket listener = Net.listener("127.0.0.1");
        try (Parameter.Scope untimed = Parameters.RECEIVE_TIMEOUT.bind(false)) {
            NetException e = catchThrowableOfType(() -> listener.receive(new byte[16], 0, 16, 0), NetException.class);
            assertThat(e.errnoSymbol()).isEqualTo("ENOTCONN");
        } finally {
            listener.close();
        }
    }

    @Test
    void should_refuse_a_receive_on_a_fresh_stream_socket_at_once() {
        Socket s = Socket.create(Net.INET, Net.STREAM);
        try (Parameter.Scope untimed = Parameters.RECEIVE_TIMEOUT.bind(false)) {
            NetException e = catchThrowableOfType(() -> s.receive(new byte[16], 0, 16, 0), NetException.class);
            assertThat(e.errnoSymbol()).isEqualTo("ENOTCONN");
        } finally {
            s.close();
        }
    }
}
