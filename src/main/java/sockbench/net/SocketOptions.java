package sockbench.net;

import com.sun.jna.Memory;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Reading and writing socket options: the typed accessors of the {@link OptionCatalogue} and the
 * egg's low-level {@code get-socket-option} / {@code set-socket-option}. A target is a {@link Socket}
 * or an integer file descriptor, as in the egg.
 */
public final class SocketOptions {
    private static final int MAX_OPTION_BYTES = 65536;
    private static final int STRING_OPTION_BYTES = 64;
    private static final int SOL_SOCKET = Constants.require("sol/socket");
    private static final int SO_ERROR = Constants.require("so/error");

    private SocketOptions() {}

    /** The typed value: Boolean, Integer, String, or the struct's record (Linger, Timeval, TcpInfo). */
    public static Object get(Object target, SocketOption option) {
        if (!option.access().readable()) {
            throw Errors.badArgument(option.accessor(), option.symbol() + " is a write-only option");
        }
        int level = require(option.level());
        int name = require(option.symbol());
        switch (option.type()) {
            case BOOLEAN:
                return readInt(target, level, name, option.accessor()) != 0;
            case INTEGER:
                return readInt(target, level, name, option.accessor());
            case STRING: {
                byte[] b = read(target, level, name, STRING_OPTION_BYTES, option.accessor());
                int n = 0;
                while (n < b.length && b[n] != 0) {
                    n++;
                }
                return new String(b, 0, n, StandardCharsets.ISO_8859_1);
            }
            default: {
                StructCodec<?> codec = option.codec();
                int size = codec instanceof TcpInfoCodec t ? t.readSize() : codec.size();
                return codec.decode(read(target, level, name, size, option.accessor()));
            }
        }
    }

    /** Sets a typed value; a read-only option or a value of the wrong type raises before any call. */
    public static void set(Object target, SocketOption option, Object value) {
        if (!option.access().writable()) {
            throw Errors.network(option.accessor(), option.symbol() + " is a read-only option");
        }
        int level = require(option.level());
        int name = require(option.symbol());
        byte[] bytes = switch (option.type()) {
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    throw Errors.badArgument(option.accessor(), "expected a boolean, got " + value);
                }
                yield intBytes(b ? 1 : 0);
            }
            case INTEGER -> intBytes(checkedInt(option.accessor(), value));
            case STRING -> {
                if (!(value instanceof String s) || s.isEmpty() || s.indexOf('\0') >= 0) {
                    throw Errors.badArgument(option.accessor(), "expected a non-empty string, got " + value);
                }
                yield s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case STRUCT -> encode(option, value);
        };
        write(target, level, name, bytes, option.accessor());
    }

    /**
     * {@code (get-socket-option s level name len)}: with len null, the value as an integer; else
     * exactly the bytes the kernel returned (at most len).
     */
    public static Object getSocketOption(Object target, int level, int name, Integer len) {
        String shown = shownName(level, name);
        if (len == null) {
            return readInt(target, level, name, shown);
        }
        if (len <= 0 || len > MAX_OPTION_BYTES) {
            throw Errors.badArgument("get-socket-option", "length " + len + " is outside 1.." + MAX_OPTION_BYTES);
        }
        return read(target, level, name, len, shown);
    }

    /** {@code (set-socket-option s level name val)}: val an integer, a boolean, bytes, or a string. */
    public static void setSocketOption(Object target, int level, int name, Object value) {
        byte[] bytes;
        if (value instanceof Boolean b) {
            bytes = intBytes(b ? 1 : 0);
        } else if (value instanceof Number) {
            bytes = intBytes(checkedInt("set-socket-option", value));
        } else if (value instanceof byte[] b) {
            bytes = b.clone();
        } else if (value instanceof String s) {
            bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        } else {
            throw Errors.badArgument("set-socket-option", "value must be an integer, boolean, blob or string, got " + value);
        }
        if (bytes.length > MAX_OPTION_BYTES) {
            throw Errors.badArgument("set-socket-option", "value of " + bytes.length + " bytes is too long");
        }
        write(target, level, name, bytes, shownName(level, name));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] encode(SocketOption option, Object value) {
        StructCodec codec = option.codec();
        if (value instanceof byte[] raw) {
            codec.decode(raw);
            return raw.clone();
        }
        if (!codec.valueType().isInstance(value)) {
            throw Errors.badArgument(option.accessor(), "expected a " + codec.cName() + ", got " + value);
        }
        return codec.encode(value);
    }

    private static int readInt(Object target, int level, int name, String shown) {
        byte[] b = read(target, level, name, 4, shown);
        if (b.length == 1) {
            return b[0] & 0xff;
        }
        if (b.length < 4) {
            throw Errors.net("getsockopt " + shown + " returned " + b.length + " bytes, not an integer");
        }
        return StructCodec.nativeBuffer(b).getInt();
    }

    private static byte[] read(Object target, int level, int name, int len, String shown) {
        return onFd(target, shown, fd -> {
            Scratch scratch = Scratch.current();
            Memory m = scratch.option(Math.max(1, len));
            try {
                m.clear(Math.max(1, len));
                int r;
                if (level == SOL_SOCKET && name == SO_ERROR && target instanceof Socket s) {
                    // the read clears the error: a connect waiting on s learns it from here, atomically
                    synchronized (s.pendingErrorLock) {
                        r = Sys.getsockopt(fd, level, name, m, len, shown);
                        if (r >= 4) {
                            s.pendingErrorRead(m.getInt(0));
                        }
                    }
                } else {
                    r = Sys.getsockopt(fd, level, name, m, len, shown);
                }
                if (r < 0) {
                    throw Errors.syscall("getsockopt", -r);
                }
                return m.getByteArray(0, Math.min(r, len));
            } finally {
                scratch.release(m);
            }
        });
    }

    private static void write(Object target, int level, int name, byte[] bytes, String shown) {
        onFd(target, shown, fd -> {
            int r = Sys.setsockopt(fd, level, name, bytes, shown);
            if (r < 0) {
                throw Errors.syscall("setsockopt", -r);
            }
            return null;
        });
    }

    /** Runs on the target's fd: a socket is held open for the call; an integer is used as it is. */
    static <T> T onFd(Object target, String operation, IntFunction<T> call) {
        if (target instanceof Socket s) {
            int fd = s.enter(operation);
            try {
                return call.apply(fd);
            } finally {
                s.leave();
            }
        }
        if (target instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 0) {
            return call.apply(n.intValue());
        }
        throw Errors.badArgument(operation, "expected a socket or a file descriptor, got " + target);
    }

    private static int require(String symbol) {
        return Constants.value(symbol).orElseThrow(() -> Errors.unsupported(symbol));
    }

    private static int checkedInt(String procedure, Object value) {
        if (value instanceof Number n && n.doubleValue() == n.longValue()
                && n.longValue() >= Integer.MIN_VALUE && n.longValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw Errors.badArgument(procedure, "expected an integer (C int), got " + value);
    }

    private static byte[] intBytes(int v) {
        byte[] b = new byte[4];
        StructCodec.nativeBuffer(b).putInt(v);
        return b;
    }

    private static String shownName(int level, int name) {
        return OptionCatalogue.byNumber(level, name).map(SocketOption::cName).orElse(Integer.toString(name));
    }
}
