package sockbench.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import sockbench.net.Constants;
import sockbench.net.NetException;
import sockbench.net.Parameter;
import sockbench.net.Parameters;
import sockbench.net.SockAddr;
import sockbench.net.Socket;

/**
 * How soon a thread blocked in receive wakes when another thread closes its socket, and when it is
 * interrupted (cancelled): 1,000 trials each, from the call of close/interrupt to the blocked
 * thread holding its exception. Target: wake after close p99 at most 2 ms.
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.WakeBenchmark"</pre>
 */
public final class WakeBenchmark {
    private static final int AF_INET = Constants.require("af/inet");
    private static final int SOCK_STREAM = Constants.require("sock/stream");

    private WakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (Parameter.Scope t = Parameters.RECEIVE_TIMEOUT.bind(false)) {
            report("close", measure(trials / 10, false), null);
            report("close", measure(trials, false), 2.0);
            report("interrupt", measure(trials, true), 2.0);
        }
    }

    private static long[] measure(int trials, boolean interrupt) throws Exception {
        Socket listener = Socket.create(AF_INET, SOCK_STREAM);
        listener.bind(SockAddr.inet("127.0.0.1", 0));
        listener.listen(16);
        long[] nanos = new long[trials];
        try {
            for (int i = 0; i < trials; i++) {
                Socket client = Socket.create(AF_INET, SOCK_STREAM);
                client.connect(listener.name());
                Socket server = listener.accept();
                CountDownLatch waiting = new CountDownLatch(1);
                long[] woke = new long[1];
                Thread blocked = new Thread(() -> {
                    waiting.countDown();
                    try {
                        server.receive(new byte[16]);
                    } catch (NetException e) {
                        woke[0] = System.nanoTime();
                    }
                });
                blocked.start();
                waiting.await();
                while (!inPoll(blocked)) {
                    Thread.onSpinWait();
                }
                Thread.sleep(1); // deep in the kernel's wait
                long t0 = System.nanoTime();
                if (interrupt) {
                    blocked.interrupt();
                } else {
                    server.close();
                }
                blocked.join();
                nanos[i] = woke[0] - t0;
                server.closeQuietly();
                client.close();
            }
        } finally {
            listener.close();
        }
        return nanos;
    }

    private static boolean inPoll(Thread t) {
        for (StackTraceElement f : t.getStackTrace()) {
            if (f.getMethodName().equals("poll") && f.getClassName().endsWith("LibC")) {
                return true;
            }
        }
        return false;
    }

    private static void report(String what, long[] nanos, Double targetP99Millis) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double p50 = s[s.length / 2] / 1e6;
        double p99 = s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6;
        double max = s[s.length - 1] / 1e6;
        if (targetP99Millis == null) {
            System.out.printf(Locale.ROOT, "warm-up %s: %d trials%n", what, s.length);
            return;
        }
        System.out.printf(Locale.ROOT, "wake after %s, %d trials: p50 %.3f ms  p99 %.3f ms  max %.3f ms  (target p99 <= %.1f ms: %s)%n",
                what, s.length, p50, p99, max, targetP99Millis, p99 <= targetP99Millis ? "OK" : "MISSED");
    }
}
