package sockbench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static sockbench.net.Net.DGRAM;
import static sockbench.net.Net.INET;
import static sockbench.net.Net.STREAM;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Thousands of random bad arguments thrown at the API: each one raises a NetException (never another
 * exception type, never a crash in native code) before any system call, and no descriptor leaks.
 */
class BadArgumentsPropertyTest {
    private static final String HEX_AND_DOTS = "0123456789abcdefABCDEF.:";

    /** One bad call, described for jqwik's report of a falsified sample. */
    record BadCall(String description, Runnable call) {
        @Override
        public String toString() {
            return description;
        }
    }

    private Socket tcp;
    private Socket udp;
    private Socket closed;
    private int fdsBefore;
    private Map<Integer, String> openBefore;

    @BeforeProperty
    void open() {
        // Load every class the calls use first, so the count below is not moved by class loading.
        badCalls().sampleStream().limit(200).forEach(c -> {
            try {
                c.call().run();
            } catch (RuntimeException | AssertionError e) {
                // expected
            }
        });
        Fds.settle();
        openBefore = Fds.snapshot();
        fdsBefore = Fds.count();
        tcp = Socket.create(INET, STREAM);
        udp = Socket.create(INET, DGRAM);
        closed = Socket.create(Net.INET6, STREAM);
        closed.close();
    }

    @AfterProperty
    void closeAndCountDescriptors() {
        tcp.close();
        udp.close();
        Fds.assertNoLeak(openBefore, fdsBefore);
    }

    @Property(tries = 5000)
    void should_raise_a_net_exception_before_any_syscall_for_every_bad_argument(@ForAll("badCalls") BadCall bad) {
        Throwable thrown = null;
        List<TraceEvent> calls;
        try (Calls recorder = Calls.record()) {
            try {
                bad.call().run();
            } catch (Throwable t) {
                thrown = t;
            }
            calls = recorder.events();
        }
        assertThat(thrown).as(bad.description()).isInstanceOf(NetException.class);
        assertThat(thrown.getMessage()).as("a message naming the problem").isNotBlank();
        assertThat(calls).as("system calls for %s", bad.description()).isEmpty();
    }

    @Property(tries = 3000)
    void should_answer_any_address_text_with_an_address_or_a_net_exception(
            @ForAll("anyText") String addr, @ForAll("anyPort") Object port) {
        try {
            SockAddr a = SockAddr.inet(addr, port);
            assertThat(a.isInet()).isTrue();
            assertThat(a.toEggString()).isNotNull();
        } catch (NetException e) {
            assertThat(e.getMessage()).startsWith("inet-address: ");
        }
        try {
            SockAddr u = SockAddr.unix(addr);
            assertThat(u.isUnix()).isTrue();
        } catch (NetException e) {
            assertThat(e.getMessage()).startsWith("unix-address: ");
        }
    }

    // ---- generators

    @Provide
    Arbitrary<BadCall> badCalls() {
        return Arbitraries.oneOf(badPorts(), malformedAddresses(), tooLongUnixPaths(), unixPathsWithNul(),
                outOfRange(), negativeLengths(), wrongFamily(), onClosedSocket(), badShutdownOrBacklog(),
                badParameterValues(), badResolverArguments(), Arbitraries.just(new BadCall("(inet-address #f #f)",
                        () -> SockAddr.inet(null, null))));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(64),
                Arbitraries.strings().withChars(HEX_AND_DOTS + "%lo0\0").ofMaxLength(48),
                Arbitraries.strings().withCharRange('0', '9').withChars('.').ofMaxLength(20));
    }

    @Provide
    Arbitrary<Object> anyPort() {
        return Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.strings().all().ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, Double.NaN, Double.POSITIVE_INFINITY, new Object()));
    }

    private Arbitrary<Object> badPortValues() {
        return Arbitraries.oneOf(
                Arbitraries.integers().filter(p -> p < 0 || p > 65535).map(p -> (Object) p),
                Arbitraries.longs().filter(p -> p < 0 || p > 65535).map(p -> (Object) p),
                Arbitraries.doubles().filter(d -> d != Math.rint(d) || d < 0 || d > 65535).map(d -> (Object) d),
                Arbitraries.integers().between(65536, 999_999_999).map(p -> (Object) Integer.toString(p)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> (Object) s),
                Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY, "", "-0", "1e3", " 80", Boolean.TRUE));
    }

    private Arbitrary<BadCall> badPorts() {
        return badPortValues().flatMap(p -> Arbitraries.of(
                new BadCall("inet-address 127.0.0.1 " + p, () -> SockAddr.inet("127.0.0.1", p)),
                new BadCall("inet-address ::1 " + p, () -> SockAddr.inet("::1", p)),
                new BadCall("inet-address #f " + p, () -> SockAddr.inet(null, p)),
                new BadCall("address-information localhost " + p,
                        () -> Resolver.addressInformation("localhost", p instanceof String ? 70000 : p, null, STREAM, null, 0))));
    }

    private Arbitrary<BadCall> malformedAddresses() {
        Arbitrary<String> bigQuad = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999)).as((a, b, c, d) -> a + "." + b + "." + c + "." + d)
                .filter(s -> java.util.Arrays.stream(s.split("\\.")).anyMatch(x -> Integer.parseInt(x) > 255));
        Arbitrary<String> foreignChar = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)
                .filter(s -> s.indexOf('%') < 0 && s.chars().anyMatch(c -> HEX_AND_DOTS.indexOf(c) < 0));
        Arbitrary<String> withNul = Arbitraries.of("127.0.0.1", "::1", "10.0.0.1", "fe80::1%lo")
                .flatMap(a -> Arbitraries.strings().ofMaxLength(10).map(junk -> a + "\0" + junk));
        Arbitrary<String> tooManyGroups = Arbitraries.integers().between(9, 20)
                .map(n -> String.join(":", java.util.Collections.nCopies(n, "1")));
        return Arbitraries.oneOf(bigQuad, foreignChar, withNul, tooManyGroups)
                .map(a -> new BadCall("inet-address \"" + a + "\"", () -> SockAddr.inet(a, 80)));
    }

    private Arbitrary<BadCall> tooLongUnixPaths() {
        Arbitrary<String> path = Arbitraries.strings().withCharRange('\u0001', '\u00ff').ofMinLength(108).ofMaxLength(400)
                .map(s -> "/" + s.substring(1));
        Arbitrary<String> abstractName = Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMinLength(108)
                .ofMaxLength(400).map(s -> "\0" + s);
        return Arbitraries.oneOf(path, abstractName).map(p -> new BadCall("unix-address of " + p.length() + " chars",
                () -> SockAddr.unix(p)));
    }

    private Arbitrary<BadCall> unixPathsWithNul() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(40)).as((a, b) -> "/" + a + "\0" + b)
                .map(p -> new BadCall("unix-address with a NUL inside", () -> SockAddr.unix(p)));
    }

    private Arbitrary<BadCall> outOfRange() {
        Arbitrary<int[]> bounds = Combinators.combine(Arbitraries.integers().between(0, 64),
                Arbitraries.integers().between(-1000, 1000), Arbitraries.integers().between(-1000, 1000))
                .as((n, s, e) -> new int[] {n, s, e})
                .filter(b -> b[1] < 0 || b[1] > b[0] || b[2] < b[1] || b[2] > b[0]);
        List<String> ops = List.of("receive!", "receive-from!", "send", "send-to", "send-all");
        return Combinators.combine(bounds, Arbitraries.of(ops)).as((b, op) -> {
            byte[] buf = new byte[b[0]];
            Function<Socket, Runnable> call = switch (op) {
                case "receive!" -> s -> () -> s.receive(buf, b[1], b[2], 0);
                case "receive-from!" -> s -> () -> s.receiveFrom(buf, b[1], b[2], 0);
                case "send" -> s -> () -> s.send(buf, b[1], b[2], 0);
                case "send-to" -> s -> () -> s.sendTo(buf, SockAddr.inet("127.0.0.1", 9), b[1], b[2], 0);
                default -> s -> () -> s.sendAll(buf, b[1], b[2], 0);
            };
            return new BadCall("socket-" + op + " buf[" + b[0] + "] " + b[1] + " " + b[2],
                    () -> call.apply(op.equals("send-to") || op.equals("receive-from!") ? udp : tcp).run());
        });
    }

    private Arbitrary<BadCall> negativeLengths() {
        return Arbitraries.integers().lessOrEqual(-1).flatMap(n -> Arbitraries.of(
                new BadCall("socket-receive " + n, () -> tcp.receive(n, 0)),
                new BadCall("socket-receive-from " + n, () -> udp.receiveFrom(n, 0))));
    }

    private Arbitrary<BadCall> wrongFamily() {
        Arbitrary<SockAddr> foreign = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 65535).map(p -> SockAddr.inet("::1", p)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(50).map(p -> SockAddr.unix("/tmp/" + p)));
        return foreign.flatMap(a -> Arbitraries.of(
                new BadCall("socket-connect af/inet to " + a, () -> tcp.connect(a)),
                new BadCall("socket-bind af/inet to " + a, () -> tcp.bind(a)),
                new BadCall("socket-send-to af/inet to " + a, () -> udp.sendTo(new byte[1], a, 0, null, 0))));
    }

    private Arbitrary<BadCall> onClosedSocket() {
        SockAddr a = SockAddr.inet("::1", 80);
        byte[] buf = new byte[8];
        return Arbitraries.of(
                new BadCall("socket-connect on a closed socket", () -> closed.connect(a)),
                new BadCall("socket-bind on a closed socket", () -> closed.bind(a)),
                new BadCall("socket-listen on a closed socket", () -> closed.listen(5)),
                new BadCall("socket-accept on a closed socket", () -> closed.accept()),
                new BadCall("socket-accept-ready? on a closed socket", () -> closed.isAcceptReady()),
                new BadCall("socket-receive-ready? on a closed socket", () -> closed.isReceiveReady()),
                new BadCall("socket-shutdown on a closed socket", () -> closed.shutdown(Net.SHUT_WR)),
                new BadCall("socket-name on a closed socket", () -> closed.name()),
                new BadCall("socket-peer-name on a closed socket", () -> closed.peerName()),
                new BadCall("socket-receive! on a closed socket", () -> closed.receive(buf)),
                new BadCall("socket-receive-from on a closed socket", () -> closed.receiveFrom(8, 0)),
                new BadCall("socket-send on a closed socket", () -> closed.send(buf)),
                new BadCall("socket-send-to on a closed socket", () -> closed.sendTo(buf, a, 0, null, 0)),
                new BadCall("socket-send-all on a closed socket", () -> closed.sendAll(buf)),
                new BadCall("socket-close on a closed socket", () -> closed.close()));
    }

    private Arbitrary<BadCall> badShutdownOrBacklog() {
        return Arbitraries.oneOf(
                Arbitraries.integers().filter(h -> h < 0 || h > 2)
                        .map(h -> new BadCall("socket-shutdown " + h, () -> tcp.shutdown(h))),
                Arbitraries.integers().lessOrEqual(-1)
                        .map(b -> new BadCall("socket-listen " + b, () -> tcp.listen(b))));
    }

    private Arbitrary<BadCall> badParameterValues() {
        // the egg checks a timeout is exact, nothing more: -5 is accepted (it has passed already)
        Arbitrary<Object> badTimeout = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) (d + 0.5)),
                Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s), Arbitraries.of(Boolean.TRUE, Double.NaN, -0.5));
        Arbitrary<Object> badSize = Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1).map(i -> (Object) i),
                Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s), Arbitraries.of(Boolean.TRUE, 1.5, Double.NaN));
        Arbitrary<BadCall> timeouts = Combinators.combine(Arbitraries.of(Parameters.CONNECT_TIMEOUT,
                Parameters.ACCEPT_TIMEOUT, Parameters.RECEIVE_TIMEOUT, Parameters.SEND_TIMEOUT), badTimeout)
                .as((p, v) -> new BadCall("(" + p.name() + " " + v + ")", () -> p.bind(v).close()));
        Arbitrary<BadCall> sizes = Combinators.combine(Arbitraries.of(Parameters.SEND_BUFFER_SIZE,
                Parameters.SEND_SIZE, Parameters.RECEIVE_BUFFER_SIZE), badSize)
                .as((p, v) -> new BadCall("(" + p.name() + " " + v + ")", () -> p.set(v)));
        return Arbitraries.oneOf(timeouts, sizes);
    }

    private Arbitrary<BadCall> badResolverArguments() {
        Arbitrary<String> withNul = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10),
                Arbitraries.strings().ofMaxLength(10)).as((a, b) -> a + "\0" + b);
        return Arbitraries.oneOf(
                withNul.map(n -> new BadCall("address-information node with NUL",
                        () -> Resolver.addressInformation(n, 80, null, STREAM, null, 0))),
                withNul.map(s -> new BadCall("address-information service with NUL",
                        () -> Resolver.addressInformation("localhost", s, null, STREAM, null, 0))),
                badPortValues().filter(p -> !(p instanceof String))
                        .map(p -> new BadCall("address-information service " + p,
                                () -> Resolver.addressInformation("127.0.0.1", p, null, STREAM, null, 0))));
    }
}
