package sockbench.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import sockbench.script.Interpreter;
import sockbench.script.SocketConsole;

/**
 * The console against CPython, the same loops in both, on loopback in one run: a script moving
 * bulk data in 64 KiB {@code socket-send-all}/{@code socket-receive!} calls (Python: {@code sendall}/
 * {@code recv_into}), and a 1-byte ping-pong (Python: {@code send}/{@code recv}); both ends in one
 * process, the receiving or echoing end in a thread. Scheme runs in this JVM after a warm-up;
 * Python in a {@code python3} process that times itself. Rounds alternate the two (each first in
 * half the rounds); the verdict is the median of the paired ratios. Targets: bulk at least 1.0x
 * CPython, round trip at most 1.0x. The round trip is also measured against CPython with a socket
 * timeout, where CPython polls before each recv as the console always does (the console's wait polls
 * the socket beside its wake descriptor, so that close and cancel wake it): that ratio is what the
 * console's own code costs beyond the syscalls the design asks for.
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.args="-cp %classpath sockbench.bench.ConsoleTransferBenchmark"</pre>
 *
 * Optional arguments: bulk MiB (1024), round trips (100000), rounds (5).
 */
public final class ConsoleTransferBenchmark {
    /** The loops as a student writes them; socket-send-size 64 KiB so that one send-all is one send, as sendall is. */
    private static final String SCHEME = """
            (define chunk 65536)
            (define (listener)
              (let ((l (socket af/inet sock/stream)))
                (set! (so-reuse-address? l) #t)
                (socket-bind l (inet-address "127.0.0.1" 0))
                (socket-listen l 1)
                l))
            (define (connect-to l)
              (let ((c (socket af/inet sock/stream)))
                (socket-connect c (inet-address "127.0.0.1" (sockaddr-port (socket-name l))))
                c))
            (define (bulk total)
              (let* ((l (listener))
                     (reader (thread-start! (make-thread (lambda ()
                               (let ((s (socket-accept l)) (buf (make-string chunk)))
                                 (let loop ((got 0))
                                   (if (< got total)
                                       (let ((n (socket-receive! s buf)))
                                         (if (= n 0) got (loop (+ got n))))
                                       (begin (socket-close s) got))))))))
                     (c (connect-to l))
                     (data (make-string chunk #\\x)))
                (let loop ((sent 0))
                  (when (< sent total)
                    (socket-send-all c data)
                    (loop (+ sent chunk))))
                (thread-join! reader)
                (socket-close c)
                (socket-close l)))
            (define (ping-pong rounds)
              (let* ((l (listener))
                     (echo (thread-start! (make-thread (lambda ()
                             (let ((s (socket-accept l)) (buf (make-string 1)))
                               (let loop ((i 0))
                                 (when (< i rounds)
                                   (socket-receive! s buf)
                                   (socket-send s buf)
                                   (loop (+ i 1))))
                               (socket-close s))))))
                     (c (connect-to l))
                     (buf (make-string 1 #\\p)))
                (set! (tcp-no-delay? c) #t)
                (let loop ((i 0))
                  (when (< i rounds)
                    (socket-send c buf)
                    (socket-receive! c buf)
                    (loop (+ i 1))))
                (thread-join! echo)
                (socket-close c)
                (socket-close l)))
            """;

    private static final String PYTHON = """
            import socket, sys, threading, time
            CHUNK = 65536
            def listener():
                l = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                l.bind(("127.0.0.1", 0)); l.listen(1)
                return l
            def connect_to(l):
                c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                c.connect(("127.0.0.1", l.getsockname()[1]))
                return c
            def bulk(total):
                l = listener()
                def reader():
                    s, _ = l.accept(); buf = bytearray(CHUNK); got = 0
                    while got < total:
                        n = s.recv_into(buf)
                        if n == 0: break
                        got += n
                    s.close()
                t = threading.Thread(target=reader); t.start()
                start = time.perf_counter()
                c = connect_to(l); data = b"x" * CHUNK; sent = 0
                while sent < total:
                    c.sendall(data); sent += CHUNK
                t.join(); c.close(); l.close()
                return total / (time.perf_counter() - start) / 1e6
            def ping_pong(rounds):
                l = listener()
                def echo():
                    s, _ = l.accept(); s.settimeout(TIMEOUT)
                    for i in range(rounds):
                        b = s.recv(1); s.send(b)
                    s.close()
                t = threading.Thread(target=echo); t.start()
                start = time.perf_counter()
                c = connect_to(l); c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1); b = b"p"
                c.settimeout(TIMEOUT)
                for i in range(rounds):
                    c.send(b); b = c.recv(1)
                t.join(); c.close(); l.close()
                return (time.perf_counter() - start) / rounds * 1e6
            what, n = sys.argv[1], int(sys.argv[2])
            # a timeout (the egg's default is 60 s) makes CPython poll before each recv, as the console always does
            TIMEOUT = float(sys.argv[3]) if len(sys.argv) > 3 else None
            print(bulk(n) if what == "bulk" else ping_pong(n))
            """;

    private ConsoleTransferBenchmark() {}

    public static void main(String[] args) throws Exception {
        long bulkBytes = (args.length > 0 ? Long.parseLong(args[0]) : 1024L) << 20;
        int roundTrips = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path python = Files.createTempFile("console-bench", ".py");
        Files.writeString(python, PYTHON);
        try {
            Interpreter scheme = SocketConsole.create(new ByteArrayInputStream(new byte[0]), System.out, System.err);
            scheme.eval(SCHEME);
            scheme.eval("(socket-send-size chunk) (socket-receive-timeout #f) (socket-send-timeout #f)");
            System.out.printf(Locale.ROOT, "loopback TCP, %d MiB bulk in 64 KiB calls, %d round trips of 1 byte, %d paired rounds, %s%n",
                    bulkBytes >> 20, roundTrips, rounds, run(python, "--version").trim());
            // warm-up: JIT and kernel buffers
            schemeBulk(scheme, bulkBytes / 8);
            schemePingPong(scheme, roundTrips / 5);

            double[] bulkScheme = new double[rounds];
            double[] bulkPython = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) { // each goes first in half the rounds: no order bias in the pairs
                    bulkScheme[r] = schemeBulk(scheme, bulkBytes);
                    bulkPython[r] = pythonBulk(python, bulkBytes);
                } else {
                    bulkPython[r] = pythonBulk(python, bulkBytes);
                    bulkScheme[r] = schemeBulk(scheme, bulkBytes);
                }
                System.out.printf(Locale.ROOT, "  bulk round %d: console %8.1f MB/s   CPython %8.1f MB/s   ratio %.2fx%n",
                        r + 1, bulkScheme[r], bulkPython[r], bulkScheme[r] / bulkPython[r]);
            }
            double[] rtScheme = new double[rounds];
            double[] rtPython = new double[rounds];
            double[] rtPythonPolling = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    rtScheme[r] = schemePingPong(scheme, roundTrips);
                    rtPython[r] = pythonPingPong(python, roundTrips);
                    rtPythonPolling[r] = pythonPingPong(python, roundTrips, "60");
                } else {
                    rtPythonPolling[r] = pythonPingPong(python, roundTrips, "60");
                    rtPython[r] = pythonPingPong(python, roundTrips);
                    rtScheme[r] = schemePingPong(scheme, roundTrips);
                }
                System.out.printf(Locale.ROOT, "  ping-pong round %d: console %6.2f us   CPython %6.2f us   ratio %.2fx"
                                + "   (CPython with a timeout %6.2f us, ratio %.2fx)%n",
                        r + 1, rtScheme[r], rtPython[r], rtScheme[r] / rtPython[r], rtPythonPolling[r], rtScheme[r] / rtPythonPolling[r]);
            }
            double tput = medianRatio(bulkScheme, bulkPython);
            double rt = medianRatio(rtScheme, rtPython);
            System.out.printf(Locale.ROOT, "bulk ratio (median of paired rounds) %.2fx CPython, target >= 1.00x: %s%n",
                    tput, tput >= 1.0 ? "OK" : "MISSED");
            System.out.printf(Locale.ROOT, "round-trip ratio (median of paired rounds) %.2fx CPython, target <= 1.00x: %s%n",
                    rt, rt <= 1.0 ? "OK" : "MISSED");
            System.out.printf(Locale.ROOT, "round-trip ratio against CPython with settimeout(60), which polls before each recv as the console does: %.2fx%n",
                    medianRatio(rtScheme, rtPythonPolling));
        } finally {
            Files.deleteIfExists(python);
        }
    }

    private static double schemeBulk(Interpreter scheme, long bytes) {
        long start = System.nanoTime();
        scheme.eval("(bulk " + bytes + ")");
        return bytes / ((System.nanoTime() - start) / 1e9) / 1e6;
    }

    private static double schemePingPong(Interpreter scheme, int roundTrips) {
        long start = System.nanoTime();
        scheme.eval("(ping-pong " + roundTrips + ")");
        return (System.nanoTime() - start) / 1e3 / roundTrips;
    }

    private static double pythonBulk(Path python, long bytes) throws IOException, InterruptedException {
        return Double.parseDouble(run(python, "bulk", String.valueOf(bytes)).trim());
    }

    private static double pythonPingPong(Path python, int roundTrips, String... timeout) throws IOException, InterruptedException {
        String[] args = new String[2 + timeout.length];
        args[0] = "ping";
        args[1] = String.valueOf(roundTrips);
        System.arraycopy(timeout, 0, args, 2, timeout.length);
        return Double.parseDouble(run(python, args).trim());
    }

    /** Runs the Python loops; their one line of output is the measurement. */
    private static String run(Path script, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "python3";
        command[1] = script.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        if (args.length == 1) {
            command = new String[] {"python3", args[0]};
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (p.waitFor() != 0) {
            throw new IOException("python3 failed: " + out.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The median of a[i] / b[i]: rounds run back to back, so each pair saw the same machine load. */
    private static double medianRatio(double[] a, double[] b) {
        double[] q = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            q[i] = a[i] / b[i];
        }
        Arrays.sort(q);
        return q.length % 2 == 1 ? q[q.length / 2] : (q[q.length / 2 - 1] + q[q.length / 2]) / 2;
    }
}
