package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stalled reader: the sender's send queue grows (SIOCOUTQ) until send would block. */
class KernelQueuesTest {

    @Test
    void should_show_the_send_queue_growing_until_send_would_block() {
        Socket[] pair = Loopback.tcpPair();
        try {
            SocketOptions.set(pair[0], OptionCatalogue.bySymbol("so/sndbuf").orElseThrow(), 16384);
            SocketOptions.set(pair[1], OptionCatalogue.bySymbol("so/rcvbuf").orElseThrow(), 16384);
            int dontwait = Constants.require("msg/dontwait");
            byte[] chunk = new byte[4096];
            List<Integer> sendQueue = new ArrayList<>();
            String stop = null;
            for (int i = 0; i < 10_000 && stop == null; i++) {
                try {
                    pair[0].send(chunk, 0, null, dontwait);
                    sendQueue.add(KernelQueues.of(pair[0]).sendQueued());
                } catch (NetException e) {
                    stop = e.errnoSymbol();
                }
            }
            assertThat(stop).as("send would block").isEqualTo("EAGAIN");
            assertThat(sendQueue).isNotEmpty();
            int last = sendQueue.get(sendQueue.size() - 1);
            assertThat(last).as("bytes waiting in the sender's queue").isPositive();
            assertThat(last).isGreaterThan(sendQueue.get(0));
            KernelQueues receiver = KernelQueues.of(pair[1]);
            assertThat(receiver.receiveQueued()).as("bytes waiting in the receiver's queue").isPositive();
            assertThat(receiver.receiveBuffer()).isPositive();
        } finally {
            Loopback.closeAll(pair);
        }
    }
}
