package sockbench.bench;

import java.net.InetSocketAddress;
import sockbench.net.Constants;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.explore.Reply;
import sockbench.net.explore.Responder;

/**
 * A UDP echo responder under a flood: JDK datagram channels on loopback send 64-byte datagrams at a
 * target rate (default 100,000 per second) from {@code sources} ports for {@code seconds}; a reader
 * drains the echoes. Every second: datagrams sent, what the responder received and answered, the
 * echoes read back, the clients it lists, the heap used after a GC. At the end: the kernel's drops
 * (sent − received by the responder), and whether the heap stayed bounded.
 *
 * <p>Not a test. Run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath -Drate=100000 -Dseconds=20 -Dsources=1000 sockbench.bench.ResponderBenchmark"}.
 */
public final class ResponderBenchmark {
    private ResponderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 100_000);
        int seconds = Integer.getInteger("seconds", 20);
        int sourceCount = Integer.getInteger("sources", 4);
        Socket server = Socket.create(Constants.require("af/inet"), Constants.require("sock/dgram"));
        server.bind(SockAddr.inet("127.0.0.1", 0));
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", server.name().port());
        Responder responder = Responder.start(server, Reply.echo(), 0, Responder.DEFAULT_BUFFER);

        DatagramFlood flood = new DatagramFlood(to, rate, sourceCount);

        Runtime runtime = Runtime.getRuntime();
        long maxHeap = 0;
        long firstHeap = 0;
        System.out.printf("%4s %10s %10s %10s %10s %8s %8s%n", "s", "sent/s", "recv/s", "replies/s", "echoes/s", "clients", "heap MB");
        long lastSent = 0, lastIn = 0, lastOut = 0, lastEcho = 0;
        for (int s = 1; s <= seconds; s++) {
            Thread.sleep(1000); // the benchmark's own reporting period
            long se = flood.sent(), in = responder.blocksIn(), out = responder.replies(), ec = flood.answers();
            System.gc();
            long heap = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
            if (s == 3) {
                firstHeap = heap;
            }
            maxHeap = Math.max(maxHeap, s >= 3 ? heap : 0);
            System.out.printf("%4d %10d %10d %10d %10d %8d %8d%n", s, se - lastSent, in - lastIn, out - lastOut, ec - lastEcho,
                    responder.clients().size(), heap);
            lastSent = se; lastIn = in; lastOut = out; lastEcho = ec;
        }
        flood.close();
        responder.stop();
        boolean ended = responder.await(5000);
        long se = flood.sent();
        System.out.printf("sent %d, responder received %d (%.2f%%), replied %d, echoes read %d; kernel drops %d%n",
                se, responder.blocksIn(), 100.0 * responder.blocksIn() / se, responder.replies(), flood.answers(), se - responder.blocksIn());
        System.out.printf("heap after GC: %d MB at 3 s, at most %d MB after; responder ended on stop: %b, failure: %s%n",
                firstHeap, maxHeap, ended, responder.failure());
        server.close();
    }
}
