package sockbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A paced flood of 64-byte datagrams from JDK channels on loopback, round-robin over {@code sources}
 * ports, each carrying its sequence number; a second thread reads back the answers (waiting in a
 * selector, so it costs the answers, not a spin), so the sources' receive queues never fill. What the responder benchmarks drive a responder with.
 */
final class DatagramFlood implements AutoCloseable {
    private final List<DatagramChannel> sources = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final Thread sender;
    private final Thread reader;

    DatagramFlood(InetSocketAddress to, int rate, int sourceCount) throws IOException {
        for (int i = 0; i < sourceCount; i++) {
            DatagramChannel c = DatagramChannel.open();
            c.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 16);
            c.bind(new InetSocketAddress("127.0.0.1", 0));
            c.configureBlocking(false);
            sources.add(c);
        }
        sender = new Thread(() -> send(to, rate), "flood");
        reader = new Thread(this::readAnswers, "answer reader");
        sender.start();
        reader.start();
    }

    long sent() {
        return sent.get();
    }

    long answers() {
        return answers.get();
    }

    private void send(InetSocketAddress to, int rate) {
        ByteBuffer b = ByteBuffer.allocateDirect(64);
        long start = System.nanoTime();
        long n = 0;
        try {
            while (running.get()) {
                long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
                for (; n < due && running.get(); n++) {
                    b.clear();
                    b.putLong(0, n);
                    sources.get((int) (n % sources.size())).send(b, to);
                    sent.incrementAndGet();
                }
                LockSupport.parkNanos(200_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits in one selector over every source, so reading the answers costs what they are, not a spin. */
    private void readAnswers() {
        ByteBuffer b = ByteBuffer.allocateDirect(2048);
        try (Selector selector = Selector.open()) {
            for (DatagramChannel c : sources) {
                c.register(selector, SelectionKey.OP_READ);
            }
            while (running.get()) {
                selector.select(50);
                for (SelectionKey k : selector.selectedKeys()) {
                    DatagramChannel c = (DatagramChannel) k.channel();
                    b.clear();
                    while (c.receive(b) != null) {
                        answers.incrementAndGet();
                        b.clear();
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops both threads and closes the sources. */
    @Override
    public void close() throws IOException {
        running.set(false);
        try {
            sender.join();
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (DatagramChannel c : sources) {
            c.close();
        }
    }
}
