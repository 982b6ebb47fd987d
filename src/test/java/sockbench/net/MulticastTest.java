package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joining a group on the loopback interface: a datagram sent to the group arrives; leaving works. */
class MulticastTest {
    private static final String GROUP = "239.255.77.77";

    @Test
    void should_receive_a_datagram_sent_to_a_joined_group_on_loopback() {
        Socket receiver = Socket.create(Loopback.AF_INET, Loopback.DGRAM);
        Socket sender = Socket.create(Loopback.AF_INET, Loopback.DGRAM);
        try {
            SocketOptions.set(receiver, option("so/reuseaddr"), true);
            receiver.bind(SockAddr.inet("0.0.0.0", 0));
            int port = receiver.name().port();
            MulticastRequest join = new MulticastRequest(GROUP, "127.0.0.1", 0);
            SocketOptions.set(receiver, option("ip/add-membership"), join);

            // Send out of the loopback interface only, and let the datagram loop back to us.
            byte[] loopback = {127, 0, 0, 1};
            SocketOptions.setSocketOption(sender, Constants.require("ipproto/ip"), Constants.require("ip/multicast-if"), loopback);
            SocketOptions.set(sender, option("ip/multicast-loop"), true);
            SocketOptions.set(sender, option("ip/multicast-ttl"), 0);
            sender.sendTo("to the group".getBytes(), SockAddr.inet(GROUP, port), 0, null, 0);

            try (Parameter.Scope t = Parameters.RECEIVE_TIMEOUT.bind(5000)) {
                Socket.Datagram d = receiver.receiveFrom(100, 0);
                assertThat(new String(d.data())).isEqualTo("to the group");
                assertThat(d.source().address()).isEqualTo("127.0.0.1");
            }
            SocketOptions.set(receiver, option("ip/drop-membership"), join);
        } finally {
            Loopback.closeAll(receiver, sender);
        }
    }

    private static SocketOption option(String symbol) {
        return OptionCatalogue.bySymbol(symbol).orElseThrow();
    }
}
