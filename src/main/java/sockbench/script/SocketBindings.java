package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sockbench.net.AddrInfo;
import sockbench.net.Constants;
import sockbench.net.KernelQueues;
import sockbench.net.Parameters;
import sockbench.net.Resolver;
import sockbench.net.SockAddr;
import sockbench.net.Socket;
import sockbench.net.SocketInputPort;
import sockbench.net.SocketOutputPort;
import sockbench.net.SocketPorts;

/**
 * The egg's procedures, constants and parameters in the console, each a thin call of its Java twin
 * in {@code sockbench.net}. Constants come from the engine's table and options from its catalogue,
 * so nothing here is a second list to keep.
 */
public final class SocketBindings {
    private SocketBindings() {}

    /** Registers every egg binding in the interpreter. */
    public static void install(Interpreter interpreter) {
        GlobalEnv g = interpreter.globals();
        NetCondition.register();
        Constants.all().forEach(g::define);
        conversions(g);
        Parameters.all().forEach(p -> g.defineParameter(p.name(), new EngineParameter(p)));
        records(g);
        resolution(g);
        setup(g);
        transfer(g);
        ports(g);
        OptionBindings.install(g);
        SystemBindings.install(g);
        WireBindings.install(g);
        ExplorerBindings.install(g);
    }

    /**
     * The egg's enum conversions (foreigners' {@code define-foreign-enum-type}): an unknown integer
     * gives {@code ()}; a symbol, a keyword or a list of them gives their values or'd together; an
     * unknown symbol is the error "not a member of enum".
     */
    private static void conversions(GlobalEnv g) {
        enumType(g, "address-family", "af", Constants::integerToAddressFamily);
        enumType(g, "socket-type", "sock", Constants::integerToSocketType);
        enumType(g, "protocol-type", "ipproto", Constants::integerToProtocolType);
    }

    private static void enumType(GlobalEnv g, String type, String prefix,
                                 java.util.function.IntFunction<java.util.Optional<String>> fromNative) {
        g.defineProcedure("integer->" + type, 1, 1, a -> {
            java.util.Optional<String> s = fromNative.apply(Args.intValue(a[0]));
            return s.isPresent() ? Symbol.of(s.get()) : Empty.LIST;
        });
        g.defineProcedure(type + "->integer", 1, 1, a -> {
            long sum = 0;
            for (Object o : a[0] instanceof Symbol || a[0] instanceof Keyword ? List.of(a[0]) : Lists.toJava(a[0])) {
                String name = o instanceof Keyword k ? k.name() : o instanceof Symbol ? o.toString() : null;
                java.util.Optional<Integer> v = name != null && name.startsWith(prefix + "/")
                        ? Constants.value(name) : java.util.Optional.empty();
                if (v.isEmpty()) {
                    // foreigners' (error "not a member of enum" val 'type): a plain error, no location
                    throw new SchemeError(Condition.exn(List.of("exn"), "not a member of enum", o, Symbol.of(type)));
                }
                sum |= v.get();
            }
            return sum;
        });
    }

    private static void records(GlobalEnv g) {
        g.defineProcedure("socket", 2, 3, a -> Socket.create(Args.intValue(a[0]), Args.intValue(a[1]),
                Args.intValue(Args.optional(a, 2, 0L))));
        g.defineProcedure("socket?", 1, 1, a -> a[0] instanceof Socket);
        g.defineProcedure("socket-fileno", 1, 1, a -> socket(a[0]).fileno());
        g.defineProcedure("socket-family", 1, 1, a -> socket(a[0]).family());
        g.defineProcedure("socket-type", 1, 1, a -> socket(a[0]).type());
        g.defineProcedure("socket-protocol", 1, 1, a -> socket(a[0]).protocol());

        g.defineProcedure("inet-address", 2, 2, a -> SockAddr.inet(falseToNull(a[0]) == null ? null : text(a[0]),
                a[1] instanceof MString s ? s.toJavaString() : falseToNull(a[1])));
        g.defineProcedure("unix-address", 1, 1, a -> SockAddr.unix(text(a[0])));
        g.defineProcedure("sockaddr?", 1, 1, a -> a[0] instanceof SockAddr);
        g.defineProcedure("sockaddr-family", 1, 1, a -> sockaddr(a[0]).family());
        g.defineProcedure("sockaddr-address", 1, 1, a -> bytes(sockaddr(a[0]).address()));
        g.defineProcedure("sockaddr-port", 1, 1, a -> sockaddr(a[0]).port());
        g.defineProcedure("sockaddr-path", 1, 1, a -> bytes(sockaddr(a[0]).path()));
        g.defineProcedure("sockaddr->string", 1, 1, a -> bytes(sockaddr(a[0]).toEggString()));

        g.defineProcedure("addrinfo?", 1, 1, a -> a[0] instanceof AddrInfo);
        g.defineProcedure("addrinfo-family", 1, 1, a -> addrinfo(a[0]).family());
        g.defineProcedure("addrinfo-socktype", 1, 1, a -> addrinfo(a[0]).socktype());
        g.defineProcedure("addrinfo-protocol", 1, 1, a -> addrinfo(a[0]).protocol());
        g.defineProcedure("addrinfo-address", 1, 1, a -> addrinfo(a[0]).address());
        g.defineProcedure("addrinfo-canonname", 1, 1, a -> {
            String c = addrinfo(a[0]).canonname();
            return c == null ? Boolean.FALSE : bytes(c);
        });
        g.defineProcedure("addrinfo-flags", 1, 1, a -> addrinfo(a[0]).flags());
    }

    private static void resolution(GlobalEnv g) {
        g.defineProcedure("address-information", 2, Primitive.MANY, a -> {
            Map<String, Object> keys = Args.keywords(a, 2);
            for (String k : keys.keySet()) {
                if (!List.of("family", "type", "protocol", "flags").contains(k)) {
                    throw Errors.error("unknown keyword " + k + ": (address-information node service family: type: protocol: flags:)");
                }
            }
            Object service = a[1] instanceof MString s ? s.toJavaString() : falseToNull(a[1]);
            return Resolver.addressInformation(falseToNull(a[0]) == null ? null : text(a[0]), service,
                    // type: #f means any type, as the egg leaves the hint's ai_socktype 0
                    optionalInt(keys.get("family")), keys.containsKey("type") ? optionalInt(keys.get("type"))
                            : (Integer) Constants.require("sock/stream"), optionalInt(keys.get("protocol")),
                    keys.containsKey("flags") ? Args.intValue(keys.get("flags")) : 0);
        });
        g.defineProcedure("name-information", 1, 2, a -> {
            int flags = Args.intValue(Args.optional(a, 1, 0L));
            var info = a[0] instanceof MString s ? Resolver.nameInformation(s.toJavaString(), flags)
                    : Resolver.nameInformation(sockaddr(a[0]), flags);
            Object service = info.service() instanceof String s ? bytes(s) : (Object) ((Integer) info.service()).longValue();
            return new Pair(bytes(info.node()), service);
        });
    }

    private static void setup(GlobalEnv g) {
        g.defineProcedure("socket-connect", 2, 2, a -> { socket(a[0]).connect(sockaddr(a[1])); return null; });
        g.defineProcedure("socket-connect/ai", 1, 1, a -> {
            List<AddrInfo> ais = new ArrayList<>();
            for (Object o : Lists.toJava(a[0])) {
                ais.add(addrinfo(o));
            }
            return Socket.connectAi(ais);
        });
        g.defineProcedure("socket-bind", 2, 2, a -> { socket(a[0]).bind(sockaddr(a[1])); return null; });
        g.defineProcedure("socket-listen", 2, 2, a -> { socket(a[0]).listen(Args.intValue(a[1])); return null; });
        g.defineProcedure("socket-accept", 1, 1, a -> socket(a[0]).accept());
        g.defineProcedure("socket-accept-ready?", 1, 1, a -> socket(a[0]).isAcceptReady());
        g.defineProcedure("socket-shutdown", 2, 2, a -> { socket(a[0]).shutdown(Args.intValue(a[1])); return null; });
        g.defineProcedure("socket-close", 1, 1, a -> { socket(a[0]).close(); return null; });
        g.defineProcedure("socket-close*", 1, 1, a -> { socket(a[0]).closeQuietly(); return null; });
        g.defineProcedure("socket-name", 1, 1, a -> nullToFalse(socket(a[0]).name()));
        g.defineProcedure("socket-peer-name", 1, 1, a -> nullToFalse(socket(a[0]).peerName()));
    }

    private static void transfer(GlobalEnv g) {
        g.defineProcedure("socket-receive!", 2, 5, a -> {
            Buffer b = Buffer.of(a[1], "socket-receive!", Args.index(Args.optional(a, 2, 0L)), end(a, 3));
            int n = socket(a[0]).receive(b.bytes, b.start, b.end, flags(a, 4));
            b.writeBack(n);
            return n;
        });
        g.defineProcedure("socket-receive-ready?", 1, 1, a -> socket(a[0]).isReceiveReady());
        g.defineProcedure("socket-receive", 2, 3, a -> MString.ofBytes(socket(a[0]).receive(Args.index(a[1]), flags(a, 2))));
        g.defineProcedure("socket-receive-from!", 2, 5, a -> {
            Buffer b = Buffer.of(a[1], "socket-receive-from!", Args.index(Args.optional(a, 2, 0L)), end(a, 3));
            Socket.Received r = socket(a[0]).receiveFrom(b.bytes, b.start, b.end, flags(a, 4));
            b.writeBack(r.count());
            return Values.of((long) r.count(), nullToFalse(r.source()));
        });
        g.defineProcedure("socket-receive-from", 2, 3, a -> {
            Socket.Datagram d = socket(a[0]).receiveFrom(Args.index(a[1]), flags(a, 2));
            return Values.of(MString.ofBytes(d.data()), nullToFalse(d.source()));
        });
        g.defineProcedure("socket-send", 2, 5, a -> socket(a[0]).send(sendable(a[1]),
                Args.index(Args.optional(a, 2, 0L)), end(a, 3), flags(a, 4)));
        g.defineProcedure("socket-send-to", 3, 6, a -> socket(a[0]).sendTo(sendable(a[1]), sockaddr(a[2]),
                Args.index(Args.optional(a, 3, 0L)), end(a, 4), flags(a, 5)));
        g.defineProcedure("socket-send-all", 2, 5, a -> {
            socket(a[0]).sendAll(sendable(a[1]), Args.index(Args.optional(a, 2, 0L)), end(a, 3), flags(a, 4));
            return null;
        });
        g.defineProcedure("socket-receive-queue", 1, 1, a -> KernelQueues.of(socket(a[0])).receiveQueued());
        g.defineProcedure("socket-send-queue", 1, 1, a -> KernelQueues.of(socket(a[0])).sendQueued());
    }

    private static void ports(GlobalEnv g) {
        g.defineProcedure("socket-i/o-ports", 1, 1, a -> {
            Socket s = socket(a[0]);
            SocketPorts p = SocketPorts.open(s);
            return Values.of(new InputPort(p.input(), "(socket " + s.fileno() + ")"),
                    new OutputPort(p.output(), "(socket " + s.fileno() + ")"));
        });
        g.defineProcedure("socket-i/o-port->socket", 1, 1, a -> {
            Object stream = portStream(a[0]);
            return stream instanceof SocketInputPort in ? in.socket() : ((SocketOutputPort) stream).socket();
        });
        g.defineProcedure("socket-abandon-port", 1, 1, a -> {
            Object stream = portStream(a[0]);
            if (stream instanceof SocketInputPort in) {
                in.abandon();
            } else {
                ((SocketOutputPort) stream).abandon();
            }
            return null;
        });
    }

    private static Object portStream(Object port) {
        Object stream = port instanceof InputPort in ? in.stream() : port instanceof OutputPort out ? out.stream() : null;
        if (stream instanceof SocketInputPort || stream instanceof SocketOutputPort) {
            return stream;
        }
        throw Errors.wrongType("socket port", port);
    }

    /**
     * A receive buffer: a blob's or a byte string's own bytes, received into in place; for a wide
     * string a scratch array of just the range, whose received bytes are copied into the string
     * after the call — a receive costs the bytes received, not the string's length.
     */
    private static final class Buffer {
        final byte[] bytes;
        final int start;
        final Integer end;
        private final MString string;
        private final int stringStart;

        private Buffer(byte[] bytes, int start, Integer end, MString string, int stringStart) {
            this.bytes = bytes;
            this.start = start;
            this.end = end;
            this.string = string;
            this.stringStart = stringStart;
        }

        static Buffer of(Object x, String procedure, int start, Integer end) {
            if (x instanceof Blob b) {
                return new Buffer(b.bytes(), start, end, null, 0);
            }
            MString s = Args.string(x);
            byte[] own = s.storage();
            if (own != null) {
                return new Buffer(own, start, end, null, 0);
            }
            int e = Socket.range(procedure, s.length(), start, end);
            return new Buffer(new byte[e - start], 0, e - start, s, start);
        }

        /** Copies the {@code received} bytes (at most the range: msg/trunc answers more) into the string. */
        void writeBack(int received) {
            if (string != null) {
                int n = Math.min(received, bytes.length);
                for (int i = 0; i < n; i++) {
                    string.setCharAt(stringStart + i, (char) (bytes[i] & 0xff));
                }
            }
        }
    }

    /** The bytes to send, without a copy: a send only reads them, before it returns. */
    private static byte[] sendable(Object x) {
        if (x instanceof MString s && s.storage() != null) {
            return s.storage();
        }
        return Args.bytes(x);
    }

    static Socket socket(Object x) {
        if (x instanceof Socket s) {
            return s;
        }
        throw Errors.wrongType("socket", x);
    }

    private static SockAddr sockaddr(Object x) {
        if (x instanceof SockAddr s) {
            return s;
        }
        throw Errors.wrongType("sockaddr", x);
    }

    private static AddrInfo addrinfo(Object x) {
        if (x instanceof AddrInfo a) {
            return a;
        }
        throw Errors.wrongType("addrinfo", x);
    }

    private static Integer end(Object[] a, int i) {
        Object v = Args.optional(a, i, Boolean.FALSE);
        return Boolean.FALSE.equals(v) ? null : Args.index(v);
    }

    private static int flags(Object[] a, int i) {
        return Args.intValue(Args.optional(a, i, 0L));
    }

    private static Integer optionalInt(Object v) {
        return v == null || Boolean.FALSE.equals(v) ? null : Args.intValue(v);
    }

    private static Object falseToNull(Object v) {
        return Boolean.FALSE.equals(v) ? null : v;
    }

    private static Object nullToFalse(Object v) {
        return v == null ? Boolean.FALSE : v;
    }

    private static String text(Object x) {
        return Args.string(x).toJavaString();
    }

    /** A Java string of byte values as a console string, byte for byte. */
    static MString bytes(String s) {
        return MString.of(s);
    }

}
