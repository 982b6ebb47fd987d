package sockbench.net;

import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.util.List;

/** {@code struct timeval { time_t tv_sec; suseconds_t tv_usec; }}: two C longs. */
public final class TimevalCodec implements StructCodec<Timeval> {
    public static final TimevalCodec INSTANCE = new TimevalCodec();
    private static final int LONG = Native.LONG_SIZE;

    private TimevalCodec() {}

    @Override public String cName() { return "struct timeval"; }
    @Override public int size() { return 2 * LONG; }
    @Override public Class<Timeval> valueType() { return Timeval.class; }

    @Override
    public List<StructField> layout() {
        return List.of(new StructField("tv_sec", "time_t", 0, LONG, false),
                new StructField("tv_usec", "suseconds_t", LONG, LONG, false));
    }

    @Override
    public byte[] encode(Timeval value) {
        byte[] b = new byte[size()];
        ByteBuffer buf = StructCodec.nativeBuffer(b);
        put(buf, value.seconds());
        put(buf, value.microseconds());
        return b;
    }

    @Override
    public Timeval decode(byte[] bytes) {
        StructCodec.checkSize(cName(), bytes, size());
        ByteBuffer buf = StructCodec.nativeBuffer(bytes);
        return new Timeval(get(buf), get(buf));
    }

    private static void put(ByteBuffer b, long v) {
        if (LONG == 8) {
            b.putLong(v);
        } else {
            b.putInt((int) v);
        }
    }

    private static long get(ByteBuffer b) {
        return LONG == 8 ? b.getLong() : b.getInt();
    }
}
