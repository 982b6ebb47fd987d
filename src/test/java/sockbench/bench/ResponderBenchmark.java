package sockbench.bench;

import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
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

        List<DatagramChannel> sources = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            DatagramChannel c = DatagramChannel.open();
            c.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 16);
            c.bind(new InetSocketAddress("127.0.0.1", 0));
            c.configureBlocking(false);
            sources.add(c);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        AtomicLong echoed = new AtomicLong();
        Thread sender = new Thread(() -> {
            ByteBuffer b = ByteBuffer.allocate(64);
            long start = System.nanoTime();
            long n = 0;
            try {
                while (running.get()) {
                    long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
                    for (; n < due && running.get(); n++) {
                        b.clear();
                        b.putLong(0, n);
                        sources.get((int) (n % sourceCount)).send(b, to);
                        sent.incrementAndGet();
                    }
                    LockSupport.parkNanos(200_000);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "flood");
        Thread reader = new Thread(() -> {
            ByteBuffer b = ByteBuffer.allocate(2048);
            try {
                while (running.get()) {
                    boolean any = false;
                    for (DatagramChannel c : sources) {
                        b.clear();
                        while (c.receive(b) != null) {
                            echoed.incrementAndGet();
                            any = true;
                            b.clear();
                        }
                    }
                    if (!any) {
                        LockSupport.parkNanos(100_000);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "echo reader");
        sender.start();
        reader.start();

        Runtime runtime = Runtime.getRuntime();
        long maxHeap = 0;
        long firstHeap = 0;
        System.out.printf("%4s %10s %10s %10s %10s %8s %8s%n", "s", "sent/s", "recv/s", "replies/s", "echoes/s", "clients", "heap MB");
        long lastSent = 0, lastIn = 0, lastOut = 0, lastEcho = 0;
        for (int s = 1; s <= seconds; s++) {
            Thread.sleep(1000); // the benchmark's own reporting period
            long se = sent.get(), in = responder.blocksIn(), out = responder.replies(), ec = echoed.get();
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
        running.set(false);
        sender.join();
        reader.join();
        responder.stop();
        boolean ended = responder.await(5000);
        long se = sent.get();
        System.out.printf("sent %d, responder received %d (%.2f%%), replied %d, echoes read %d; kernel drops %d%n",
                se, responder.blocksIn(), 100.0 * responder.blocksIn() / se, responder.replies(), echoed.get(), se - responder.blocksIn());
        System.out.printf("heap after GC: %d MB at 3 s, at most %d MB after; responder ended on stop: %b, failure: %s%n",
                firstHeap, maxHeap, ended, responder.failure());
        for (DatagramChannel c : sources) {
            c.close();
        }
        server.close();
    }
}
